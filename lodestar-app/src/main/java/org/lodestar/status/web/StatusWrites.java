package org.lodestar.status.web;

import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRights;
import org.lodestar.status.ReportAct;
import org.lodestar.status.StatusReports;
import org.springframework.stereotype.Component;

/**
 * The act of each write of the status pages and API, asked of the rights policies and the report workflow table
 * before anything sent is read ({@link AuthorisedFirst}).
 */
@Component
class StatusWrites {

    private final StatusReports reports;
    private final ProjectRights projectRights;
    private final OrganisationRights organisationRights;

    StatusWrites(StatusReports reports, ProjectRights projectRights, OrganisationRights organisationRights) {
        this.reports = reports;
        this.projectRights = projectRights;
        this.organisationRights = organisationRights;
    }

    /**
     * @param project the project a report is started for (null for other acts)
     * @param report the report acted on (null for other acts)
     */
    void authorise(String handler, Long project, Long report) {
        switch (handler) {
            case "createCycle", "changeCycle" -> organisationRights.require(OrganisationAct.SET_REPORTING_CYCLES);
            case "remind" -> organisationRights.require(OrganisationAct.SEND_REMINDERS);
            case "setThresholds" -> organisationRights.require(OrganisationAct.SET_HEALTH_THRESHOLDS);
            case "start" -> {
                if (project != null) projectRights.require(new ProjectId(project), ProjectRight.EDIT);
            }
            case "edit", "save" -> requireReportAct(report, ReportAct.EDIT);
            case "submit" -> requireReportAct(report, ReportAct.SUBMIT);
            case "returnReport" -> requireReportAct(report, ReportAct.RETURN);
            case "publish" -> requireReportAct(report, ReportAct.PUBLISH);
            case "revise" -> requireReportAct(report, ReportAct.REVISE);
            default -> { }
        }
    }

    private void requireReportAct(Long report, ReportAct act) {
        if (report != null) reports.authorise(report, act);
    }
}
