package org.lodestar.status;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A line of a report's milestone table: the promised (baseline) date, the forecast, and whether it is done. */
public record MilestoneLine(@NotBlank @Size(max = 200) String name, LocalDate due, LocalDate forecast, boolean done) {

    /** Not done and forecast (or due) before the day. */
    public boolean overdueOn(LocalDate day) {
        LocalDate date = forecast != null ? forecast : due;
        return !done && date != null && date.isBefore(day);
    }

    /** The date that counts: the forecast when there is one. */
    public LocalDate expected() {
        return forecast != null ? forecast : due;
    }
}
