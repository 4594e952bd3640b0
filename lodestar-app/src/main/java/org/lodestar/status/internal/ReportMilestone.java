package org.lodestar.status.internal;

import java.time.LocalDate;
import org.lodestar.status.MilestoneLine;
import org.springframework.data.relational.core.mapping.Table;

/** A line of a report's milestone table. */
@Table("status_report_milestone")
public record ReportMilestone(String name, LocalDate due, LocalDate forecast, boolean done) {

    static ReportMilestone of(MilestoneLine line) {
        return new ReportMilestone(line.name().strip(), line.due(), line.forecast(), line.done());
    }

    public MilestoneLine line() {
        return new MilestoneLine(name, due, forecast, done);
    }
}
