package org.lodestar.intake;

import java.util.List;

public record ScoringModelView(long id, String name, String description, List<CriterionDefinition> criteria,
                               long version) {
}
