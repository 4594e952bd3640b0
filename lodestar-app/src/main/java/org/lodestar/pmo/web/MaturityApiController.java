package org.lodestar.pmo.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.pmo.MaturityAssessmentView;
import org.lodestar.pmo.MaturityAssessments;
import org.lodestar.pmo.MaturityCommand;
import org.lodestar.pmo.MaturityDomain;
import org.lodestar.pmo.MaturitySummary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/pmo/maturity")
@Tag(name = "PMO maturity", description = "Maturity self-assessments of the PMO and of business units: the questionnaire, answers on five levels, scores by domain beside the previous assessment, improvement plans")
class MaturityApiController implements AuthorisedFirst {

    /** An act that only carries the version it was taken from. */
    record Act(Long version) {
    }

    /** The questionnaire in the reader's language. */
    record Questionnaire(String version, List<Level> levels, List<Domain> domains) {
    }

    record Level(int level, String name, String description) {
    }

    record Domain(MaturityDomain domain, String name, List<Question> questions) {
    }

    record Question(String key, String text) {
    }

    private final MaturityAssessments assessments;
    private final OrganisationRights rights;
    private final MessageSource messages;

    MaturityApiController(MaturityAssessments assessments, OrganisationRights rights, MessageSource messages) {
        this.assessments = assessments;
        this.rights = rights;
        this.messages = messages;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        switch (handler) {
            case "startMaturityAssessment", "answerMaturityAssessment", "completeMaturityAssessment",
                 "planMaturityAction", "completeMaturityAction" -> rights.require(OrganisationAct.ASSESS_MATURITY);
            default -> { }
        }
    }

    @GetMapping("/questionnaire")
    @Operation(operationId = "maturityQuestionnaire", summary = "The maturity questionnaire (seven domains, three questions each, five levels) in the reader's language")
    Questionnaire maturityQuestionnaire() {
        rights.require(OrganisationAct.READ_MATURITY);
        List<Level> levels = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            levels.add(new Level(level, text("pmo.maturity.level." + level), text("pmo.maturity.level." + level + ".hint")));
        }
        List<Domain> domains = new ArrayList<>();
        for (MaturityDomain domain : MaturityDomain.values()) {
            domains.add(new Domain(domain, text(domain.messageKey()), domain.questions().stream()
                    .map(q -> new Question(q, text("pmo.maturity.question." + q))).toList()));
        }
        return new Questionnaire(MaturityDomain.QUESTIONNAIRE, levels, domains);
    }

    @GetMapping("/assessments")
    @Operation(operationId = "listMaturityAssessments", summary = "Every maturity assessment, newest first, with its overall score")
    List<MaturitySummary> listMaturityAssessments() {
        return assessments.list();
    }

    @PostMapping("/assessments")
    @Operation(operationId = "startMaturityAssessment", summary = "Start an assessment of the PMO or of a business unit (a draft)")
    ResponseEntity<MaturityAssessmentView> startMaturityAssessment(@RequestBody MaturityCommand.Start command) {
        MaturityAssessmentView started = assessments.start(command);
        return ResponseEntity.created(URI.create("/api/v1/pmo/maturity/assessments/" + started.id())).body(started);
    }

    @GetMapping("/assessments/{id}")
    @Operation(operationId = "getMaturityAssessment", summary = "An assessment: answers, scores by domain beside the previous assessment of the same subject, improvement plan")
    MaturityAssessmentView getMaturityAssessment(@PathVariable long id) {
        return assessments.get(id);
    }

    @PutMapping("/assessments/{id}/answers")
    @Operation(operationId = "answerMaturityAssessment", summary = "Answer questions of a draft (levels 1 to 5; answers given replace those stored)")
    MaturityAssessmentView answerMaturityAssessment(@PathVariable long id, @RequestBody MaturityCommand.Answers command) {
        return assessments.answer(id, command);
    }

    @PostMapping("/assessments/{id}/complete")
    @Operation(operationId = "completeMaturityAssessment", summary = "Complete a draft whose every question is answered")
    MaturityAssessmentView completeMaturityAssessment(@PathVariable long id, @RequestBody(required = false) Act act) {
        return assessments.complete(id, act == null ? null : act.version());
    }

    @PostMapping("/assessments/{id}/actions")
    @Operation(operationId = "planMaturityAction", summary = "Add an action to the assessment's improvement plan")
    MaturityAssessmentView planMaturityAction(@PathVariable long id, @RequestBody MaturityCommand.Action command) {
        return assessments.planAction(id, command);
    }

    @PostMapping("/assessments/{id}/actions/{index}/done")
    @Operation(operationId = "completeMaturityAction", summary = "Mark an action of the improvement plan done")
    MaturityAssessmentView completeMaturityAction(@PathVariable long id, @PathVariable int index,
                                                  @RequestBody(required = false) Act act) {
        return assessments.actionDone(id, index, act == null ? null : act.version());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
