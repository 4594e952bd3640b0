package org.lodestar.raid.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.raid.AssessmentCommand;
import org.lodestar.raid.IssueCommand;
import org.lodestar.raid.IssueLog;
import org.lodestar.raid.IssuePriority;
import org.lodestar.raid.IssueQuery;
import org.lodestar.raid.IssueResolution;
import org.lodestar.raid.IssueState;
import org.lodestar.raid.IssueView;
import org.lodestar.raid.RaidRights;
import org.lodestar.raid.RiskActCommand;
import org.lodestar.raid.RiskActionCommand;
import org.lodestar.raid.RiskCommand;
import org.lodestar.raid.RiskMatrix;
import org.lodestar.raid.RiskRegister;
import org.lodestar.raid.RiskView;
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
@Tag(name = "RAID", description = "Each project's RAID logs: the risk register with its 5x5 matrix and top risks, issues, assumptions and decisions")
class RaidApiController implements AuthorisedFirst {

    private final RiskRegister register;
    private final IssueLog issues;
    private final RaidRights rights;

    RaidApiController(RiskRegister register, IssueLog issues, RaidRights rights) {
        this.register = register;
        this.issues = issues;
        this.rights = rights;
    }

    /** Writes are refused (403) before their body is read to whoever may not write the project's RAID logs. */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long project = AuthorisedFirst.id(path, "projectId");
        Long risk = AuthorisedFirst.id(path, "id");
        switch (handler) {
            case "raise", "logIssue" -> {
                if (project != null) rights.requireWrite(project);
            }
            case "changeIssue", "resolveIssue", "reopenIssue", "addIssueAction", "completeIssueAction" -> {
                if (risk != null) issues.authoriseWrite(risk);
            }
            default -> {
                if (risk != null) register.authoriseWrite(risk);
            }
        }
    }

    @GetMapping("/projects/{projectId}/risks")
    @Operation(operationId = "listRisks", summary = "The project's risks, open and closed, highest score first")
    List<RiskView> list(@PathVariable long projectId) {
        return register.list(projectId);
    }

    @PostMapping("/projects/{projectId}/risks")
    @Operation(operationId = "raiseRisk", summary = "Raise a risk on the project (its writers)",
            description = "kind THREAT or OPPORTUNITY; probability and impact 1-5 (score = probability x impact); "
                    + "strategy AVOID, REDUCE, TRANSFER or ACCEPT for threats, EXPLOIT, ENHANCE, SHARE or ACCEPT for "
                    + "opportunities.")
    ResponseEntity<RiskView> raise(@PathVariable long projectId, @RequestBody RiskCommand command) {
        RiskView risk = register.raise(projectId, command);
        return ResponseEntity.created(URI.create("/api/v1/risks/" + risk.id())).body(risk);
    }

    @GetMapping("/projects/{projectId}/risk-matrix")
    @Operation(operationId = "getProjectRiskMatrix",
            summary = "The project's 5x5 matrix of open risks (counts[probability-1][impact-1]) and its top risks")
    RiskMatrix matrix(@PathVariable long projectId, @RequestParam(defaultValue = "10") int top) {
        return register.matrix(projectId, top);
    }

    @GetMapping("/portfolios/{id}/risk-matrix")
    @Operation(operationId = "getPortfolioRiskMatrix", summary = "The 5x5 matrix and top risks of the open risks of "
            + "the portfolio's projects that the caller may read")
    RiskMatrix portfolioMatrix(@PathVariable long id, @RequestParam(defaultValue = "10") int top) {
        return register.portfolioMatrix(id, top);
    }

    @GetMapping("/risks/{id}")
    @Operation(operationId = "getRisk", summary = "One risk with its score history and response actions")
    RiskView get(@PathVariable long id) {
        return register.get(id);
    }

    @PutMapping("/risks/{id}")
    @Operation(operationId = "describeRisk",
            summary = "Change a risk's description and response (not its score); 409 when the version is stale")
    RiskView describe(@PathVariable long id, @RequestBody RiskCommand command) {
        return register.describe(id, command);
    }

    @PostMapping("/risks/{id}/reassess")
    @Operation(operationId = "reassessRisk", summary = "Reassess a risk's probability and impact (kept in its history)")
    RiskView reassess(@PathVariable long id, @RequestBody AssessmentCommand command) {
        return register.reassess(id, command);
    }

    @PostMapping("/risks/{id}/close")
    @Operation(operationId = "closeRisk", summary = "Close an open risk")
    RiskView close(@PathVariable long id, @RequestBody RiskActCommand command) {
        return register.close(id, command.version());
    }

    @PostMapping("/risks/{id}/reopen")
    @Operation(operationId = "reopenRisk", summary = "Reopen a closed risk")
    RiskView reopen(@PathVariable long id, @RequestBody RiskActCommand command) {
        return register.reopen(id, command.version());
    }

    @PostMapping("/risks/{id}/actions")
    @Operation(operationId = "addRiskAction", summary = "Add a response action (what, owner, due date) to an open risk")
    RiskView addAction(@PathVariable long id, @RequestBody RiskActionCommand command) {
        return register.addAction(id, command);
    }

    @PostMapping("/risks/{id}/actions/{index}/complete")
    @Operation(operationId = "completeRiskAction", summary = "Mark a risk's response action done")
    RiskView completeAction(@PathVariable long id, @PathVariable int index, @RequestBody RiskActCommand command) {
        return register.completeAction(id, index, command.version());
    }

    @GetMapping("/projects/{projectId}/issues")
    @Operation(operationId = "listIssues", summary = "The project's issues log, filtered and sorted",
            description = "Filters state (OPEN, RESOLVED), priority (LOW, MEDIUM, HIGH, CRITICAL), ownerId; sort due "
                    + "(default), priority, title, state or created; descending.")
    List<IssueView> listIssues(@PathVariable long projectId, @RequestParam(required = false) IssueState state,
                               @RequestParam(required = false) IssuePriority priority,
                               @RequestParam(required = false) Long ownerId,
                               @RequestParam(required = false) String sort,
                               @RequestParam(required = false) Boolean descending) {
        return issues.list(projectId, new IssueQuery(state, priority, ownerId, sort, descending));
    }

    @GetMapping("/projects/{projectId}/issues.csv")
    @Operation(operationId = "exportIssues", summary = "The project's issues log as CSV (cells neutralised against "
            + "formula injection), with the list's filters and order",
            responses = @ApiResponse(responseCode = "200", description = "The log as CSV (UTF-8 with a byte order mark)",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<String> exportIssues(@PathVariable long projectId,
                                        @RequestParam(required = false) IssueState state,
                                        @RequestParam(required = false) IssuePriority priority,
                                        @RequestParam(required = false) Long ownerId,
                                        @RequestParam(required = false) String sort,
                                        @RequestParam(required = false) Boolean descending) {
        String csv = issues.csv(projectId, new IssueQuery(state, priority, ownerId, sort, descending));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"issues-" + projectId + ".csv\"")
                .body(csv);
    }

    @PostMapping("/projects/{projectId}/issues")
    @Operation(operationId = "logIssue", summary = "Log an issue on the project (its writers)")
    ResponseEntity<IssueView> logIssue(@PathVariable long projectId, @RequestBody IssueCommand command) {
        IssueView issue = issues.log(projectId, command);
        return ResponseEntity.created(URI.create("/api/v1/issues/" + issue.id())).body(issue);
    }

    @GetMapping("/issues/{id}")
    @Operation(operationId = "getIssue", summary = "One issue with its actions")
    IssueView getIssue(@PathVariable long id) {
        return issues.get(id);
    }

    @PutMapping("/issues/{id}")
    @Operation(operationId = "changeIssue", summary = "Change an open issue; 409 when the version is stale")
    IssueView changeIssue(@PathVariable long id, @RequestBody IssueCommand command) {
        return issues.change(id, command);
    }

    @PostMapping("/issues/{id}/resolve")
    @Operation(operationId = "resolveIssue", summary = "Resolve an open issue, saying how")
    IssueView resolveIssue(@PathVariable long id, @RequestBody IssueResolution command) {
        return issues.resolve(id, command);
    }

    @PostMapping("/issues/{id}/reopen")
    @Operation(operationId = "reopenIssue", summary = "Reopen a resolved issue")
    IssueView reopenIssue(@PathVariable long id, @RequestBody RiskActCommand command) {
        return issues.reopen(id, command.version());
    }

    @PostMapping("/issues/{id}/actions")
    @Operation(operationId = "addIssueAction", summary = "Add an action (what, owner, due date) to an open issue")
    IssueView addIssueAction(@PathVariable long id, @RequestBody RiskActionCommand command) {
        return issues.addAction(id, command);
    }

    @PostMapping("/issues/{id}/actions/{index}/complete")
    @Operation(operationId = "completeIssueAction", summary = "Mark an issue's action done")
    IssueView completeIssueAction(@PathVariable long id, @PathVariable int index,
                                  @RequestBody RiskActCommand command) {
        return issues.completeAction(id, index, command.version());
    }
}
