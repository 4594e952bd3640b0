package org.lodestar.methodology;

/**
 * What a knowledge search found: a guidance page ({@code pageId}), or the guidance of a lifecycle's phase
 * ({@code pageId} null), with the words around the first match.
 */
public record KnowledgeHit(Long pageId, String title, Long lifecycleId, String lifecycleName, String phaseKey,
                           String phaseName, String excerpt) {
}
