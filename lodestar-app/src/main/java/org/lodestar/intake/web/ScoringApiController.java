package org.lodestar.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.intake.AhpResult;
import org.lodestar.intake.Ranking;
import org.lodestar.intake.ScorecardCommand;
import org.lodestar.intake.Scoring;
import org.lodestar.intake.ScoringModelCommand;
import org.lodestar.intake.ScoringModelView;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/scoring-models")
@Tag(name = "Scoring", description = "Scoring models, AHP weights, scorecards and the ranked list")
class ScoringApiController extends IntakeApi implements AuthorisedFirst {

    private final Scoring scoring;

    private final OrganisationRights rights;

    ScoringApiController(Scoring scoring, MessageSource messages, OrganisationRights rights) {
        super(messages);
        this.rights = rights;
        this.scoring = scoring;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        switch (handler) {
            case "create", "change", "applyAhp" -> rights.require(OrganisationAct.DEFINE_SCORING_MODELS);
            case "derive", "score" -> rights.require(OrganisationAct.SCORE_REQUESTS);
            default -> { }
        }
    }

    @GetMapping
    @Operation(operationId = "listScoringModels", summary = "Every scoring model (evaluators)")
    List<ScoringModelView> all() {
        return scoring.all();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getScoringModel", summary = "One scoring model")
    ScoringModelView get(@PathVariable long id) {
        return scoring.get(id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "createScoringModel",
            summary = "Define a scoring model (PMO); weights must sum to 100 (400 with the sum otherwise)")
    ResponseEntity<ScoringModelView> create(@RequestBody ScoringModelCommand command) {
        ScoringModelView created = scoring.create(command);
        return ResponseEntity.created(URI.create("/api/v1/scoring-models/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateScoringModel",
            summary = "Change a scoring model as a whole (PMO); 409 when the version is stale")
    ScoringModelView change(@PathVariable long id, @RequestBody ScoringModelCommand command) {
        return scoring.change(id, command);
    }

    /** A pairwise comparison: matrix[i][j] is how much more criterion i matters than j (1/9 to 9). */
    record Pairwise(double[][] matrix, Long version) {
        double[][] required() {
            if (matrix == null) {
                throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("matrix",
                        "intake.validation.ahp.matrix")));
            }
            return matrix;
        }
    }

    @PostMapping("/ahp")
    @Operation(operationId = "deriveAhpWeights",
            summary = "Weights from a pairwise comparison, with the consistency ratio (nothing is stored)")
    AhpResult derive(@RequestBody Pairwise pairwise) {
        return scoring.derive(pairwise.required());
    }

    @PostMapping("/{id}/ahp")
    @Operation(operationId = "applyAhpWeights",
            summary = "Give the model the weights of a pairwise comparison; 400 with the ratio when it is above 0.1")
    ScoringModelView applyAhp(@PathVariable long id, @RequestBody Pairwise pairwise) {
        if (pairwise.version() == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("version",
                    "validation.version.required")));
        }
        return scoring.applyAhp(id, pairwise.required(), pairwise.version());
    }

    @GetMapping("/{id}/scorecards/{requestId}")
    @Operation(operationId = "getScorecard",
            summary = "The caller's own entries for a request, one per criterion (null: not scored)")
    List<BigDecimal> myScorecard(@PathVariable long id, @PathVariable long requestId) {
        return scoring.myScorecard(id, requestId);
    }

    @PutMapping("/{id}/scorecards/{requestId}")
    @Operation(operationId = "saveScorecard",
            summary = "Store the caller's scorecard for a request; an entry outside its scale is 400")
    ResponseEntity<Void> score(@PathVariable long id, @PathVariable long requestId, @RequestBody ScorecardCommand command) {
        scoring.score(id, requestId, command);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/ranking")
    @Operation(operationId = "getRanking",
            summary = "Requests in evaluation, deferred or approved ranked by mean score, with spread, "
            + "per-criterion means and the rank change when each weight moves 10 points")
    Ranking ranking(@PathVariable long id) {
        return scoring.rank(id);
    }
}
