package org.lodestar.platform;

/**
 * A 64-bit digest of numbers (versions, ids, counts) that changes whenever one of them or their order does, save
 * for a chance of one in 2^64: what stored results derived from other records keep, to tell whether those records
 * changed since (compare the stamp of the records now with the stamp kept).
 */
public final class Stamp {

    private long value = 0x243F6A8885A308D3L;

    /** Adds a number to the digest. */
    public Stamp add(long part) {
        value = mix(Long.rotateLeft(value, 23) ^ mix(part + 0x9E3779B97F4A7C15L));
        return this;
    }

    /** Adds another digest. */
    public Stamp add(Stamp other) {
        return add(other.value);
    }

    public long value() {
        return value;
    }

    /** SplitMix64's finaliser: every input bit moves about half the output bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
