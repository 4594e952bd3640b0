package org.lodestar.methodology;

import java.util.List;
import java.util.Optional;
import org.lodestar.portfolio.LifecyclePhase;

/**
 * One version of a lifecycle ({@code number}; {@code currentNumber} is the one new projects start on; {@code
 * version} is the lifecycle's version for optimistic locking), its texts in the reader's language: phases in order, each ended by its gate, with
 * its deliverables and checklist items and the tailoring rule of each.
 */
public record LifecycleView(long id, String code, String name, String description, String entryGate,
                            int number, int currentNumber, long version, List<Phase> phases) {

    public record Phase(int position, String key, String name, String guidance, LifecyclePhase registryPhase,
                        Gate gate, List<Item> deliverables, List<Item> checklist) {
    }

    /** The gate that ends a phase: its code (G1) and name, and the smallest class it is mandatory for. */
    public record Gate(String code, String name, Applicability mandatoryFrom) {
    }

    /** A deliverable or checklist item: its key (unique in the lifecycle version), name and tailoring rule. */
    public record Item(String key, String name, Applicability mandatoryFrom) {
    }

    public Optional<Phase> phase(int position) {
        return position >= 0 && position < phases.size() ? Optional.of(phases.get(position)) : Optional.empty();
    }
}
