package org.lodestar.quality;

/** A quality review is open while its findings are followed, closed once every one is. */
public enum ReviewState {
    OPEN, CLOSED
}
