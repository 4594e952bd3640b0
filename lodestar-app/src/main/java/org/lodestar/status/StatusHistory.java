package org.lodestar.status;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.status.internal.HistoryImport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads published reports of the past in bulk (administrators and the PMO): a migration from another tool, the
 * demo organisation's year of history, the benchmark's generated millions. The import is one audit entry.
 */
@Service
public class StatusHistory {

    private final HistoryImport history;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    StatusHistory(HistoryImport history, AuditTrail audit, CurrentUser currentUser) {
        this.history = history;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Transactional
    public void importPublished(List<HistoricReport> reports) {
        OrganisationRights.require(currentUser.actor(), OrganisationAct.IMPORT_STATUS_HISTORY);
        if (reports.isEmpty()) return;
        history.insert(reports);
        TreeSet<Long> projects = new TreeSet<>(reports.stream().map(HistoricReport::project).toList());
        history.refreshLatest(projects);
        audit.created("status-import", 0, Integer.toString(reports.size()),
                Map.of("reports", Integer.toString(reports.size()), "projects", Integer.toString(projects.size())));
    }
}
