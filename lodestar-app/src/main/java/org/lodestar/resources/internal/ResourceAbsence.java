package org.lodestar.resources.internal;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** Days off of a person, from the first to the last day, both included. */
@Table("resource_absence")
public record ResourceAbsence(LocalDate firstDay, LocalDate lastDay, String reason) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
