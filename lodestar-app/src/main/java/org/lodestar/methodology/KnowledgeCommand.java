package org.lodestar.methodology;

/** A guidance page as the PMO writes it: for a lifecycle (and one of its phases, by key) or for all; plain text. */
public record KnowledgeCommand(String title, String body, Long lifecycleId, String phaseKey, Long version) {
}
