package org.lodestar.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A resource of the pool as its readers see it: {@code dailyHours} is its working day's hours (its own, or its FTE of
 * the organisation calendar's day); {@code editable} tells whether the reader keeps the pool.
 */
public record ResourceView(long id, ResourceKind kind, String name, Long userId, String username,
                           String businessUnit, List<String> roles, List<Skill> skills, BigDecimal hoursPerDay,
                           BigDecimal fte, double dailyHours, List<Absence> absences, List<Rate> rates,
                           boolean retired, long version, boolean editable) {

    public record Skill(String name, int level) {
    }

    public record Absence(LocalDate firstDay, LocalDate lastDay, String reason) {
    }

    public record Rate(LocalDate effectiveFrom, BigDecimal amount, String currency) {
    }
}
