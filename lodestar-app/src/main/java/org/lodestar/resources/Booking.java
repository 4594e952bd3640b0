package org.lodestar.resources;

/** How firm an allocation is: SOFT (planned, may move) or HARD (committed; leveling must respect it). */
public enum Booking {
    SOFT, HARD
}
