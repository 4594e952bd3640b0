package org.lodestar.portfolio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.portfolio.AlignmentView;
import org.lodestar.portfolio.KeyResultCommand;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.lodestar.portfolio.ProjectView;
import org.lodestar.portfolio.StrategicAlignment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Strategic alignment", description = "Objectives' key results, how much each project serves each objective, coverage and contribution")
class AlignmentApiController implements AuthorisedFirst {

    /** How much a project serves one of its objectives, from 1 to 5, from the project's version read. */
    record Weight(Integer weight, Long version) {
    }

    private final StrategicAlignment alignment;
    private final ProjectRegistry projects;
    private final ProjectRights projectRights;
    private final OrganisationRights rights;

    AlignmentApiController(StrategicAlignment alignment, ProjectRegistry projects, ProjectRights projectRights,
                           OrganisationRights rights) {
        this.alignment = alignment;
        this.projects = projects;
        this.projectRights = projectRights;
        this.rights = rights;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        switch (handler) {
            case "addKeyResult", "defineKeyResult", "reportKeyResult" -> rights.require(OrganisationAct.SET_OBJECTIVES);
            case "weighProjectObjective" -> {
                Long id = AuthorisedFirst.id(path, "id");
                if (id != null) projectRights.require(new ProjectId(id), ProjectRight.EDIT);
            }
            default -> { }
        }
    }

    @GetMapping("/alignment")
    @Operation(operationId = "getAlignment", summary = "Each objective with its key results, the projects serving it and their budget's share; objectives no live project serves; live projects serving none")
    AlignmentView getAlignment() {
        return alignment.alignment();
    }

    @PostMapping("/objectives/{id}/key-results")
    @Operation(operationId = "addKeyResult", summary = "Add a key result to an objective")
    ResponseEntity<AlignmentView.KeyResultView> addKeyResult(@PathVariable long id,
                                                             @RequestBody KeyResultCommand.Define command) {
        AlignmentView.KeyResultView added = alignment.add(id, command);
        return ResponseEntity.created(URI.create("/api/v1/key-results/" + added.id())).body(added);
    }

    @PutMapping("/key-results/{id}")
    @Operation(operationId = "defineKeyResult", summary = "Change a key result's definition")
    AlignmentView.KeyResultView defineKeyResult(@PathVariable long id, @RequestBody KeyResultCommand.Define command) {
        return alignment.define(id, command);
    }

    @PostMapping("/key-results/{id}/report")
    @Operation(operationId = "reportKeyResult", summary = "Report where a key result stands now")
    AlignmentView.KeyResultView reportKeyResult(@PathVariable long id, @RequestBody KeyResultCommand.Report command) {
        return alignment.report(id, command);
    }

    @PutMapping("/projects/{id}/objectives/{objectiveId}")
    @Operation(operationId = "weighProjectObjective", summary = "Set how much the project serves one of its objectives (1 to 5)")
    ProjectView weighProjectObjective(@PathVariable long id, @PathVariable long objectiveId, @RequestBody Weight weight) {
        return projects.weighObjective(new ProjectId(id), objectiveId, weight.weight(), weight.version());
    }
}
