package org.lodestar.intake.internal;

import org.springframework.data.relational.core.mapping.Table;

@Table("scenario_rule")
public record StoredRule(int position, String kind, long firstRequest, Long otherRequest, Integer fromQuarter,
                         Integer toQuarter) {
}
