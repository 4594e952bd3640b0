package org.lodestar.pmo.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.pmo.CompetencyAssessmentView;
import org.lodestar.pmo.CompetencyAssessments;
import org.lodestar.pmo.CompetencyCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/pmo/competencies")
@Tag(name = "PM competencies", description = "Project managers' self-assessments against the competency framework and their development goals, personal to the person, their mentors and the PMO")
class CompetencyApiController implements AuthorisedFirst {

    /** An act that only carries the version it was taken from. */
    record Act(Long version) {
    }

    private final CompetencyAssessments assessments;

    CompetencyApiController(CompetencyAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long id = AuthorisedFirst.id(path, "id");
        if (id != null && (handler.equals("setDevelopmentGoal") || handler.equals("completeDevelopmentGoal"))) {
            assessments.authorisePlan(id);
        }
    }

    @GetMapping
    @Operation(operationId = "listCompetencyAssessments", summary = "The reader's competency self-assessments, their mentees' and (the PMO) everyone's, newest first")
    List<CompetencyAssessmentView> listCompetencyAssessments() {
        return assessments.list();
    }

    @PostMapping
    @Operation(operationId = "assessCompetencies", summary = "Assess oneself: every competency of the framework rated from 1 to 5")
    ResponseEntity<CompetencyAssessmentView> assessCompetencies(@RequestBody CompetencyCommand.Assess command) {
        CompetencyAssessmentView assessed = assessments.assess(command);
        return ResponseEntity.created(URI.create("/api/v1/pmo/competencies/" + assessed.id())).body(assessed);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getCompetencyAssessment", summary = "A self-assessment beside the person's previous one, with its development goals")
    CompetencyAssessmentView getCompetencyAssessment(@PathVariable long id) {
        return assessments.get(id);
    }

    @PostMapping("/{id}/goals")
    @Operation(operationId = "setDevelopmentGoal", summary = "Set a development goal: a level above the one rated in a competency, by a date")
    CompetencyAssessmentView setDevelopmentGoal(@PathVariable long id, @RequestBody CompetencyCommand.Goal command) {
        return assessments.setGoal(id, command);
    }

    @PostMapping("/{id}/goals/{index}/done")
    @Operation(operationId = "completeDevelopmentGoal", summary = "Mark a development goal reached")
    CompetencyAssessmentView completeDevelopmentGoal(@PathVariable long id, @PathVariable int index,
                                                     @RequestBody(required = false) Act act) {
        return assessments.goalDone(id, index, act == null ? null : act.version());
    }
}
