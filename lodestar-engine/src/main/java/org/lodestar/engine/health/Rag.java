package org.lodestar.engine.health;

/** Red-amber-green health, ordered from best to worst so that {@code compareTo} ranks severity. */
public enum Rag {
    GREEN, AMBER, RED;

    /** The worse of two ratings; {@code null} stands for "not rated" and loses to any rating. */
    public static Rag worse(Rag a, Rag b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.compareTo(b) >= 0 ? a : b;
    }
}
