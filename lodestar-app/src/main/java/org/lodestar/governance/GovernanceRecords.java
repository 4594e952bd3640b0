package org.lodestar.governance;

import org.lodestar.platform.AuditTrail;
import org.lodestar.portfolio.ProjectDeleted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Deletes a deleted project's governance (its lifecycle, deliverables, overrides, gate reviews and their actions,
 * stakeholders, communication plan, closure report), one audit entry
 * for each record that goes.
 */
@Component
class GovernanceRecords {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    GovernanceRecords(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(ProjectDeleted deleted) {
        long project = deleted.project().value();
        for (Long review : jdbc.sql("select id from gate_review where project = :p").param("p", project)
                .query(Long.class).list()) {
            audit.deleted(Governance.AUDIT_REVIEW, review, deleted.code(), java.util.Map.of());
        }
        jdbc.sql("delete from gate_review where project = :p").param("p", project).update();
        for (Long stakeholder : jdbc.sql("select id from project_stakeholder where project = :p").param("p", project)
                .query(Long.class).list()) {
            audit.deleted(StakeholderRegister.AUDIT_TYPE, stakeholder, deleted.code(), java.util.Map.of());
        }
        jdbc.sql("delete from project_stakeholder where project = :p").param("p", project).update();
        for (Long item : jdbc.sql("select id from project_communication where project = :p").param("p", project)
                .query(Long.class).list()) {
            audit.deleted(CommunicationPlan.AUDIT_TYPE, item, deleted.code(), java.util.Map.of());
        }
        jdbc.sql("delete from project_communication where project = :p").param("p", project).update();
        if (jdbc.sql("delete from project_closure where project = :p").param("p", project).update() > 0) {
            audit.deleted(ProjectClosures.AUDIT_TYPE, project, deleted.code(), java.util.Map.of());
        }
        if (jdbc.sql("delete from project_governance where project = :p").param("p", project).update() > 0) {
            audit.deleted(Governance.AUDIT_PROJECT, project, deleted.code(), java.util.Map.of());
        }
    }
}
