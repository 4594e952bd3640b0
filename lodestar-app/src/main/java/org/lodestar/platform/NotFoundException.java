package org.lodestar.platform;

/** The record asked for does not exist, or the actor may not know that it does (answered 404 either way). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
