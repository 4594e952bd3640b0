package org.lodestar.platform;

/**
 * A past-tense fact that a module tells the others ({@code ProjectDeleted}, {@code RequestConverted}). Events are
 * registered by the act that made them true, published when that act's transaction commits, and stored in the
 * event publication registry until each listener has completed them, so a listener that fails or a node that
 * stops hears them again at the next start. Implementations are records of ids and values only (serialised as
 * JSON), and each one is listed with its publisher and listeners in {@code docs/architecture.md}.
 */
public interface DomainEvent {
}
