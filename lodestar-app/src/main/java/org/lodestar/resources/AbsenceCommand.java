package org.lodestar.resources;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Days off of a person, from {@code firstDay} to {@code lastDay}, both included. */
public record AbsenceCommand(
        @NotNull LocalDate firstDay,
        @NotNull LocalDate lastDay,
        @Size(max = 200) String reason,
        Long version) {
}
