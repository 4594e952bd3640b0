package org.lodestar.methodology;

/**
 * What a knowledge search found: a guidance page ({@code id}), or the guidance of a lifecycle's phase
 * ({@code id} null), with the words around the first match.
 */
public record KnowledgeHit(Long id, String title, Long lifecycleId, String lifecycleName, String phaseKey,
                           String phaseName, String excerpt) {
}
