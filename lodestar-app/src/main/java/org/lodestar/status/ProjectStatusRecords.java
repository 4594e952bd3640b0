package org.lodestar.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.Inbox;
import org.lodestar.portfolio.ProjectDeleted;
import org.lodestar.portfolio.ProjectDependants;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.status.internal.Notifier;
import org.lodestar.status.internal.ProjectStatusStore;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What becomes of a project's status records when the project is deleted. Published reports are governance
 * records: while a project has one it cannot be deleted (the registry refuses with 409; close or cancel it
 * instead). Everything else (drafts, submitted and returned reports, the latest-status row) is deleted with
 * the project, one audit entry per record, and the inbox withdraws the notices about it.
 */
@Component
class ProjectStatusRecords implements ProjectDependants {

    static final String LATEST_AUDIT_TYPE = "status-latest";

    private final ProjectStatusStore store;
    private final AuditTrail audit;
    private final Inbox inbox;

    ProjectStatusRecords(ProjectStatusStore store, AuditTrail audit, Inbox inbox) {
        this.store = store;
        this.audit = audit;
        this.inbox = inbox;
    }

    @Override
    public List<Dependant> keeping(ProjectId project) {
        long published = store.publishedReports(project.value());
        return published == 0 ? List.of() : List.of(new Dependant("status.dependant.publishedReports", published));
    }

    @ApplicationModuleListener
    void on(ProjectDeleted deleted) {
        long project = deleted.project().value();
        String reason = "deleted with project " + deleted.code();
        for (ProjectStatusStore.StoredReport report : store.reports(project)) {
            audit.deleted(StatusReports.AUDIT_TYPE, report.id(), deleted.code() + " " + report.periodEnd(),
                    fields("periodEnd", report.periodEnd().toString(), "revision", Integer.toString(report.revision()),
                            "state", report.state(), "reason", reason));
        }
        if (store.hasLatest(project)) {
            LocalDate period = store.latestPeriod(project);
            audit.deleted(LATEST_AUDIT_TYPE, project, deleted.code(),
                    fields("periodEnd", period == null ? null : period.toString(), "reason", reason));
        }
        inbox.withdrawAbout(Notifier.TOPIC, project, reason);
        store.deleteAll(project);
    }

    private static Map<String, String> fields(String... keysAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) fields.put(keysAndValues[i], keysAndValues[i + 1]);
        return fields;
    }
}
