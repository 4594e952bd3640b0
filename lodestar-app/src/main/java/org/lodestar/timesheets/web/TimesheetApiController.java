package org.lodestar.timesheets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.timesheets.ApprovedHours;
import org.lodestar.timesheets.PeriodView;
import org.lodestar.timesheets.TimesheetCommand;
import org.lodestar.timesheets.TimesheetDecision;
import org.lodestar.timesheets.TimesheetRights;
import org.lodestar.timesheets.TimesheetView;
import org.lodestar.timesheets.Timesheets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Timesheets", description = "Weekly timesheets: hours per task and day, submitted, approved (locked, feeding the tasks' progress) or returned; months closed by the PMO; approved hours exported")
class TimesheetApiController implements AuthorisedFirst {

    private final Timesheets timesheets;
    private final TimesheetRights rights;

    TimesheetApiController(Timesheets timesheets, TimesheetRights rights) {
        this.timesheets = timesheets;
        this.rights = rights;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long id = AuthorisedFirst.id(path, "id");
        switch (handler) {
            case "saveTimesheet", "getMyTimesheetWeek", "listTimesheetApprovals", "listTimesheetPeriods",
                 "listApprovedHours", "exportApprovedHours" -> rights.requireKeeper();
            case "submitTimesheet" -> {
                if (id != null) timesheets.authorise(id, "submit", null);
            }
            case "approveTimesheet" -> {
                if (id != null) timesheets.authorise(id, "approve", null);
            }
            case "returnTimesheet" -> {
                if (id != null) timesheets.authorise(id, "return", null);
            }
            case "approveTimesheetProject" -> {
                Long project = AuthorisedFirst.id(path, "projectId");
                if (id != null && project != null) timesheets.authorise(id, "approveProject", project);
            }
            case "closeTimesheetPeriod" -> rights.requireClosePeriods();
            default -> { }
        }
    }

    @GetMapping("/timesheets/week")
    @Operation(operationId = "getMyTimesheetWeek", summary = "The caller's timesheet of the week holding a day (this week by default), with the tasks they may log on")
    Timesheets.Week getMyTimesheetWeek(@RequestParam(required = false) LocalDate day) {
        return timesheets.week(day);
    }

    @PutMapping("/timesheets/week")
    @Operation(operationId = "saveTimesheet", summary = "Write the caller's timesheet of a week (weekStart, a Monday): a draft or a returned sheet",
            description = "400 names the cell (lines[2].hours[3]) for negative hours or a day over 24 hours summed over its lines, and the line's projectId or taskId for a project the caller does not work on or a task not in its plan; 409 for a stale version, a sheet submitted or approved, or hours in a closed month.")
    TimesheetView saveTimesheet(@RequestBody TimesheetCommand command) {
        return timesheets.save(command);
    }

    @GetMapping("/timesheets/{id}")
    @Operation(operationId = "getTimesheet", summary = "One timesheet (its person and whoever may approve it)")
    TimesheetView getTimesheet(@PathVariable long id) {
        return timesheets.get(id);
    }

    @PostMapping("/timesheets/{id}/submit")
    @Operation(operationId = "submitTimesheet", summary = "Submit a draft or returned timesheet (its person)")
    TimesheetView submitTimesheet(@PathVariable long id, @RequestBody TimesheetDecision act) {
        return timesheets.submit(id, act.version());
    }

    @PostMapping("/timesheets/{id}/approve")
    @Operation(operationId = "approveTimesheet", summary = "Approve every project of a submitted timesheet not approved yet: it locks and its hours become actual work on the tasks",
            description = "The caller must be able to approve every project not approved yet; 409 when the sheet is not submitted.")
    TimesheetView approveTimesheet(@PathVariable long id, @RequestBody TimesheetDecision decision) {
        return timesheets.approve(id, decision);
    }

    @PostMapping("/timesheets/{id}/projects/{projectId}/approve")
    @Operation(operationId = "approveTimesheetProject", summary = "Approve one project's hours of a submitted timesheet (that project's approvers)",
            description = "Those lines lock and become actual work on the tasks; the sheet is APPROVED once every project on it is. 400 naming projectId when the sheet has no hours on the project; 409 when they are approved already or the sheet is not submitted.")
    TimesheetView approveTimesheetProject(@PathVariable long id, @PathVariable long projectId,
                                          @RequestBody TimesheetDecision decision) {
        return timesheets.approveProject(id, projectId, decision);
    }

    @PostMapping("/timesheets/{id}/return")
    @Operation(operationId = "returnTimesheet", summary = "Return a submitted timesheet to its person, with a reason (an approver of a project on it not approved yet; approved projects stay approved and locked)")
    TimesheetView returnTimesheet(@PathVariable long id, @RequestBody TimesheetDecision decision) {
        return timesheets.giveBack(id, decision);
    }

    @GetMapping("/timesheets/approvals")
    @Operation(operationId = "listTimesheetApprovals", summary = "The submitted timesheets the caller may approve, oldest week first")
    List<TimesheetView> listTimesheetApprovals() {
        return timesheets.queue();
    }

    @GetMapping("/timesheet-periods")
    @Operation(operationId = "listTimesheetPeriods", summary = "The months closed to timesheets, newest first")
    List<PeriodView> listTimesheetPeriods() {
        return timesheets.closedPeriods();
    }

    @PostMapping("/timesheet-periods/{month}/close")
    @Operation(operationId = "closeTimesheetPeriod", summary = "Close a month (yyyy-MM) to timesheets (the PMO)")
    List<PeriodView> closeTimesheetPeriod(@PathVariable YearMonth month) {
        return timesheets.closePeriod(month);
    }

    @GetMapping("/timesheets/approved-hours")
    @Operation(operationId = "listApprovedHours", summary = "Approved hours of a month (yyyy-MM), optionally of one project, on the projects whose timesheets the caller may approve")
    List<ApprovedHours> listApprovedHours(@RequestParam(required = false) YearMonth month, @RequestParam(required = false) Long projectId) {
        return timesheets.approvedHours(month, projectId);
    }

    @GetMapping("/timesheets/approved-hours.csv")
    @Operation(operationId = "exportApprovedHours", summary = "The same as CSV",
            responses = @ApiResponse(responseCode = "200", description = "CSV",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<String> exportApprovedHours(@RequestParam(required = false) YearMonth month,
                                               @RequestParam(required = false) Long projectId) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"approved-hours-" + month
                        + (projectId == null ? "" : "-" + projectId) + ".csv\"")
                .body(timesheets.approvedHoursCsv(month, projectId));
    }
}
