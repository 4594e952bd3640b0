package org.lodestar.status.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.ETags;
import org.lodestar.status.ComputedHealth;
import org.lodestar.status.CycleCommand;
import org.lodestar.status.CycleView;
import org.lodestar.status.DashboardFilter;
import org.lodestar.status.DashboardView;
import org.lodestar.status.ProjectHealth;
import org.lodestar.status.ReportCommand;
import org.lodestar.status.ReportSummary;
import org.lodestar.status.ReportView;
import org.lodestar.status.ReportingCycles;
import org.lodestar.status.StatusDashboard;
import org.lodestar.status.StatusReminders;
import org.lodestar.status.StatusReports;
import org.lodestar.status.ThresholdCommand;
import org.lodestar.status.ThresholdView;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1")
@Tag(name = "Status reporting", description = "Reporting cycles, status reports and their workflow, computed health")
class StatusApiController implements AuthorisedFirst {

    private final ReportingCycles cycles;
    private final StatusReports reports;
    private final ComputedHealth health;
    private final StatusReminders reminders;
    private final StatusDashboard dashboard;
    private final StatusWrites writes;

    StatusApiController(ReportingCycles cycles, StatusReports reports, ComputedHealth health,
                        StatusReminders reminders, StatusDashboard dashboard, StatusWrites writes) {
        this.writes = writes;
        this.dashboard = dashboard;
        this.reminders = reminders;
        this.cycles = cycles;
        this.reports = reports;
        this.health = health;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        writes.authorise(handler, AuthorisedFirst.id(path, "projectId"), AuthorisedFirst.id(path, "id"));
    }

    @GetMapping("/status/cycles")
    @Operation(operationId = "listReportingCycles", summary = "The reporting cycles")
    List<CycleView> cycles() {
        return cycles.all();
    }

    @GetMapping("/status/cycles/{id}")
    @Operation(operationId = "getReportingCycle", summary = "One reporting cycle")
    ResponseEntity<CycleView> cycle(@PathVariable long id) {
        CycleView cycle = cycles.get(id);
        return ETags.tagged(ResponseEntity.ok(), cycle, cycle.version());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/status/cycles")
    @Operation(operationId = "createReportingCycle", summary = "Create a reporting cycle (PMO)")
    ResponseEntity<CycleView> createCycle(@RequestBody CycleCommand command) {
        CycleView created = cycles.create(command);
        return ETags.tagged(ResponseEntity.created(URI.create("/api/v1/status/cycles/" + created.id())), created,
                created.version());
    }

    @PutMapping("/status/cycles/{id}")
    @Operation(operationId = "updateReportingCycle",
            summary = "Change a reporting cycle (PMO); 409 when the version is stale")
    ResponseEntity<CycleView> changeCycle(@PathVariable long id, @RequestBody CycleCommand command,
                                    @Parameter(description = "the version, as an ETag, the change was made from")
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long from = ETags.from(ifMatch, command.version());
        CycleView changed = cycles.change(id, from == null ? command : command.withVersion(from));
        return ETags.tagged(ResponseEntity.ok(), changed, changed.version());
    }

    /** Which period to open; empty means the current period of the project's cycle. */
    record StartReport(LocalDate periodEnd) {
    }

    @GetMapping("/projects/{projectId}/status-reports")
    @Operation(operationId = "listStatusReports", summary = "A project's report history, newest period first")
    List<ReportSummary> history(@PathVariable long projectId) {
        return reports.history(projectId);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/projects/{projectId}/status-reports")
    @Operation(operationId = "startStatusReport",
            summary = "Open the project's report for a period (pre-filled from the previous one); "
            + "409 when that period's report is published (revise it instead)")
    ResponseEntity<ReportView> start(@PathVariable long projectId, @RequestBody(required = false) StartReport start) {
        ReportView report = reports.start(projectId, start == null ? null : start.periodEnd());
        return ResponseEntity.created(URI.create("/api/v1/status-reports/" + report.id())).body(report);
    }

    @GetMapping("/status-reports/{id}")
    @Operation(operationId = "getStatusReport",
            summary = "One status report, with the computed health and any discrepancy")
    ReportView report(@PathVariable long id) {
        return reports.get(id);
    }

    @PutMapping("/status-reports/{id}")
    @Operation(operationId = "updateStatusReport",
            summary = "Change a draft or returned report; 409 when it is submitted or published, or stale")
    ReportView edit(@PathVariable long id, @RequestBody ReportCommand command) {
        return reports.edit(id, command);
    }

    /** The version the act is done from, and the PMO's comment when returning a report. */
    record Act(Long version, String comment) {
    }

    @PostMapping("/status-reports/{id}/submit")
    @Operation(operationId = "submitStatusReport",
            summary = "Submit to the PMO; 400 naming each unrated dimension or red/amber rating without comment")
    ReportView submit(@PathVariable long id, @RequestBody Act act) {
        return reports.submit(id, act.version());
    }

    @PostMapping("/status-reports/{id}/return")
    @Operation(operationId = "returnStatusReport",
            summary = "Return a submitted report to the project with a comment (PMO)")
    ReportView returnReport(@PathVariable long id, @RequestBody Act act) {
        return reports.returnWithComments(id, act.comment(), act.version());
    }

    @PostMapping("/status-reports/{id}/publish")
    @Operation(operationId = "publishStatusReport",
            summary = "Publish a submitted report (PMO); it is locked from then on")
    ReportView publish(@PathVariable long id, @RequestBody Act act) {
        return reports.publish(id, act.version());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/status-reports/{id}/revise")
    @Operation(operationId = "reviseStatusReport",
            summary = "Open a correction of a published report: a new draft revision")
    ResponseEntity<ReportView> revise(@PathVariable long id) {
        ReportView revision = reports.revise(id);
        return ResponseEntity.created(URI.create("/api/v1/status-reports/" + revision.id())).body(revision);
    }

    record Reminders(int sent) {
    }

    @PostMapping("/status/reminders")
    @Operation(operationId = "sendReportReminders",
            summary = "Send the due and overdue reminders now (PMO); each goes out once per project and period")
    Reminders remind() {
        return new Reminders(reminders.remindNow());
    }

    @GetMapping("/status/dashboard")
    @Operation(operationId = "getDashboard",
            summary = "The dashboard data of a filter: counts, one page of the heatmap (page from 0, 50 rows unless "
            + "size says otherwise), trend, late and missing reports, top risks, milestones due in 30 days, money "
            + "totals and roll-ups, all of every row")
    DashboardView dashboard(@ParameterObject @ModelAttribute DashboardFilter filter,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "" + HEATMAP_PAGE) @Min(1) @Max(MAX_HEATMAP_PAGE) int size) {
        return dashboard.assemble(filter, page, size);
    }

    /** Heatmap rows per page of the dashboard unless the client asks for another size, and the most it may. */
    static final int HEATMAP_PAGE = 50;
    static final int MAX_HEATMAP_PAGE = 1000;

    @GetMapping("/projects/{projectId}/health")
    @Operation(operationId = "getProjectHealth",
            summary = "A project's computed health: each indicator with its thresholds and inputs")
    ProjectHealth projectHealth(@PathVariable long projectId) {
        return health.forProject(projectId);
    }

    @GetMapping("/status/thresholds")
    @Operation(operationId = "listThresholds", summary = "Every health indicator with the thresholds in force")
    List<ThresholdView> thresholds() {
        return health.thresholds();
    }

    @PutMapping("/status/thresholds/{indicator}")
    @Operation(operationId = "updateThresholds",
            summary = "Set an indicator's thresholds (PMO); version 0 while the defaults are in force")
    ThresholdView setThresholds(@PathVariable String indicator, @RequestBody ThresholdCommand command) {
        return health.setThresholds(indicator, command);
    }
}
