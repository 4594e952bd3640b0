package org.lodestar.status.internal;

import org.lodestar.status.RegisterLine;
import org.springframework.data.relational.core.mapping.Table;

/** A key risk or issue frozen into a report at its publication. */
@Table("status_report_register")
public record ReportRegisterLine(String kind, String title, String rating, String owner) {

    static ReportRegisterLine of(RegisterLine line) {
        return new ReportRegisterLine(line.kind(), line.title(), line.rating(), line.owner());
    }

    public RegisterLine line() {
        return new RegisterLine(kind, title, rating, owner);
    }
}
