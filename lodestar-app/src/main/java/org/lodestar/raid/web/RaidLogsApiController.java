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
import org.lodestar.raid.AssumptionCommand;
import org.lodestar.raid.AssumptionState;
import org.lodestar.raid.AssumptionVerdict;
import org.lodestar.raid.AssumptionView;
import org.lodestar.raid.RaidDecisionCommand;
import org.lodestar.raid.DecisionView;
import org.lodestar.raid.RaidLogs;
import org.lodestar.raid.RaidRights;
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
class RaidLogsApiController implements AuthorisedFirst {

    private final RaidLogs logs;
    private final RaidRights rights;

    RaidLogsApiController(RaidLogs logs, RaidRights rights) {
        this.logs = logs;
        this.rights = rights;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long project = AuthorisedFirst.id(path, "projectId");
        Long id = AuthorisedFirst.id(path, "id");
        switch (handler) {
            case "recordAssumption", "recordDecision" -> {
                if (project != null) rights.requireWrite(project);
            }
            case "changeAssumption", "validateAssumption", "invalidateAssumption" -> {
                if (id != null) logs.authoriseAssumption(id);
            }
            case "correctDecision" -> {
                if (id != null) logs.authoriseDecision(id);
            }
            default -> { }
        }
    }

    static ResponseEntity<String> csv(String body, String name) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"").body(body);
    }

    @GetMapping("/projects/{projectId}/assumptions")
    @Operation(operationId = "listAssumptions", summary = "The project's assumptions, by validate-by date",
            description = "Filter state (OPEN, VALIDATED, INVALIDATED); sort validateBy (default) or title; descending.")
    List<AssumptionView> listAssumptions(@PathVariable long projectId,
                                         @RequestParam(required = false) AssumptionState state,
                                         @RequestParam(required = false) String sort,
                                         @RequestParam(defaultValue = "false") boolean descending) {
        return logs.assumptions(projectId, state, sort, descending);
    }

    @GetMapping("/projects/{projectId}/assumptions.csv")
    @Operation(operationId = "exportAssumptions", summary = "The project's assumptions as CSV (cells neutralised)",
            responses = @ApiResponse(responseCode = "200", description = "The log as CSV (UTF-8 with a byte order mark)",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<String> exportAssumptions(@PathVariable long projectId,
                                             @RequestParam(required = false) AssumptionState state,
                                             @RequestParam(required = false) String sort,
                                             @RequestParam(defaultValue = "false") boolean descending) {
        return csv(logs.assumptionsCsv(projectId, state, sort, descending), "assumptions-" + projectId);
    }

    @PostMapping("/projects/{projectId}/assumptions")
    @Operation(operationId = "recordAssumption", summary = "Record an assumption on the project (its writers)")
    ResponseEntity<AssumptionView> recordAssumption(@PathVariable long projectId,
                                                    @RequestBody AssumptionCommand command) {
        AssumptionView created = logs.recordAssumption(projectId, command);
        return ResponseEntity.created(URI.create("/api/v1/assumptions/" + created.id())).body(created);
    }

    @GetMapping("/assumptions/{id}")
    @Operation(operationId = "getAssumption", summary = "One assumption")
    AssumptionView getAssumption(@PathVariable long id) {
        return logs.assumption(id);
    }

    @PutMapping("/assumptions/{id}")
    @Operation(operationId = "changeAssumption", summary = "Change an open assumption; 409 when the version is stale")
    AssumptionView changeAssumption(@PathVariable long id, @RequestBody AssumptionCommand command) {
        return logs.changeAssumption(id, command);
    }

    @PostMapping("/assumptions/{id}/validate")
    @Operation(operationId = "validateAssumption", summary = "Record that an open assumption holds")
    AssumptionView validateAssumption(@PathVariable long id, @RequestBody AssumptionVerdict verdict) {
        return logs.conclude(id, true, verdict);
    }

    @PostMapping("/assumptions/{id}/invalidate")
    @Operation(operationId = "invalidateAssumption", summary = "Record that an open assumption does not hold")
    AssumptionView invalidateAssumption(@PathVariable long id, @RequestBody AssumptionVerdict verdict) {
        return logs.conclude(id, false, verdict);
    }

    @GetMapping("/projects/{projectId}/decisions")
    @Operation(operationId = "listDecisions", summary = "The project's decisions, newest first",
            description = "Filter decidedById; sort decidedOn (default, newest first) or title; ascending reverses.")
    List<DecisionView> listDecisions(@PathVariable long projectId,
                                     @RequestParam(required = false) Long decidedById,
                                     @RequestParam(required = false) String sort,
                                     @RequestParam(defaultValue = "false") boolean ascending) {
        return logs.decisions(projectId, decidedById, sort, ascending);
    }

    @GetMapping("/projects/{projectId}/decisions.csv")
    @Operation(operationId = "exportDecisions", summary = "The project's decisions as CSV (cells neutralised)",
            responses = @ApiResponse(responseCode = "200", description = "The log as CSV (UTF-8 with a byte order mark)",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<String> exportDecisions(@PathVariable long projectId,
                                           @RequestParam(required = false) Long decidedById,
                                           @RequestParam(required = false) String sort,
                                           @RequestParam(defaultValue = "false") boolean ascending) {
        return csv(logs.decisionsCsv(projectId, decidedById, sort, ascending), "decisions-" + projectId);
    }

    @PostMapping("/projects/{projectId}/decisions")
    @Operation(operationId = "recordDecision", summary = "Record a decision: who, when, options considered, chosen")
    ResponseEntity<DecisionView> recordDecision(@PathVariable long projectId, @RequestBody RaidDecisionCommand command) {
        DecisionView created = logs.recordDecision(projectId, command);
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + created.id())).body(created);
    }

    @GetMapping("/decisions/{id}")
    @Operation(operationId = "getDecision", summary = "One decision")
    DecisionView getDecision(@PathVariable long id) {
        return logs.decision(id);
    }

    @PutMapping("/decisions/{id}")
    @Operation(operationId = "correctDecision", summary = "Correct a recorded decision; 409 when the version is stale")
    DecisionView correctDecision(@PathVariable long id, @RequestBody RaidDecisionCommand command) {
        return logs.correctDecision(id, command);
    }
}
