package org.lodestar.methodology;

import java.util.Map;

/**
 * A new version of a lifecycle, made by the PMO from the current one: new guidance for phases (by phase key, plain
 * text) and new tailoring rules for deliverables, checklist items (by item key) and gates (by gate code). What is
 * not named stays as it was. Projects already on the lifecycle keep their version.
 *
 * @param version the lifecycle's version (optimistic locking) the revision was made from
 */
public record LifecycleRevision(Long version, Map<String, String> guidance, Map<String, Applicability> rules) {

    public LifecycleRevision {
        guidance = guidance == null ? Map.of() : guidance;
        rules = rules == null ? Map.of() : rules;
    }
}
