package org.lodestar.interchange;

import java.util.concurrent.Semaphore;

/**
 * The imports that may run at once: reading a project file takes memory in proportion to it, so beyond
 * {@code permits} a new one is refused at once (503 with Retry-After) rather than queued.
 */
final class ImportSlots {

    private final Semaphore permits;

    ImportSlots(int permits) {
        if (permits < 1) throw new IllegalArgumentException("at least one import must be allowed at a time");
        this.permits = new Semaphore(permits);
    }

    /** Takes a slot, or refuses the import when all are taken; give it back with {@link #leave()}. */
    void enter() {
        if (!permits.tryAcquire()) throw new ImportRefusedException(503, "interchange.import.busy");
    }

    void leave() {
        permits.release();
    }
}
