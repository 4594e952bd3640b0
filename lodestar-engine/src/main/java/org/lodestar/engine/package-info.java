/**
 * Lodestar's algorithms as pure functions over compact data. Depends on the JDK only: no framework, no I/O, no
 * global clock or randomness (callers pass a {@link java.time.Clock} or a seed).
 */
package org.lodestar.engine;
