package org.lodestar.methodology;

/** A guidance page; {@code lifecycleName} and {@code phaseName} in the reader's language, null when for all. */
public record KnowledgePage(long id, String title, String body, Long lifecycleId, String lifecycleName,
                            String phaseKey, String phaseName, long version) {
}
