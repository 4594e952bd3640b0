package org.lodestar.quality.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.quality.FindingCommand;
import org.lodestar.quality.LessonCommand;
import org.lodestar.quality.LessonView;
import org.lodestar.quality.LessonsLearned;
import org.lodestar.quality.QualityReviewCommand;
import org.lodestar.quality.QualityReviewView;
import org.lodestar.quality.QualityReviews;
import org.lodestar.quality.QualityRights;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Quality", description = "The PMO's quality reviews of ongoing projects (criteria, findings, corrective actions) and lessons learned, searchable across projects")
class QualityApiController implements AuthorisedFirst {

    /** An act that only carries the version it was taken from. */
    record Act(Long version) {
    }

    private final QualityReviews reviews;
    private final LessonsLearned lessons;
    private final QualityRights rights;

    QualityApiController(QualityReviews reviews, LessonsLearned lessons, QualityRights rights) {
        this.reviews = reviews;
        this.lessons = lessons;
        this.rights = rights;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long project = AuthorisedFirst.id(path, "projectId");
        Long id = AuthorisedFirst.id(path, "id");
        switch (handler) {
            case "holdQualityReview" -> {
                if (project != null) rights.requireReview(project);
            }
            case "recordLesson" -> {
                if (project != null) rights.requireWrite(project);
            }
            case "addQualityFinding", "closeQualityFinding", "closeQualityReview" -> {
                if (id != null) reviews.authoriseReview(id);
            }
            case "completeQualityAction" -> {
                if (id != null) reviews.authoriseWrite(id);
            }
            default -> { }
        }
    }

    @GetMapping("/projects/{projectId}/quality-reviews")
    @Operation(operationId = "listQualityReviews", summary = "The project's quality reviews, newest first")
    List<QualityReviewView> listQualityReviews(@PathVariable long projectId) {
        return reviews.list(projectId);
    }

    @PostMapping("/projects/{projectId}/quality-reviews")
    @Operation(operationId = "holdQualityReview", summary = "Hold a quality review of the project (the PMO): criteria scored 0-5 with weights 1-10")
    ResponseEntity<QualityReviewView> holdQualityReview(@PathVariable long projectId,
                                                        @RequestBody QualityReviewCommand command) {
        QualityReviewView held = reviews.hold(projectId, command);
        return ResponseEntity.created(URI.create("/api/v1/quality-reviews/" + held.id())).body(held);
    }

    @GetMapping("/quality-reviews/{id}")
    @Operation(operationId = "getQualityReview", summary = "One quality review")
    QualityReviewView getQualityReview(@PathVariable long id) {
        return reviews.get(id);
    }

    @PostMapping("/quality-reviews/{id}/findings")
    @Operation(operationId = "addQualityFinding", summary = "Record a finding and its corrective action (the PMO)")
    QualityReviewView addQualityFinding(@PathVariable long id, @RequestBody FindingCommand command) {
        return reviews.addFinding(id, command);
    }

    @PostMapping("/quality-reviews/{id}/findings/{index}/complete-action")
    @Operation(operationId = "completeQualityAction", summary = "Mark a finding's corrective action done (the project's editors)")
    QualityReviewView completeQualityAction(@PathVariable long id, @PathVariable int index, @RequestBody Act act) {
        return reviews.completeAction(id, index, act.version());
    }

    @PostMapping("/quality-reviews/{id}/findings/{index}/close")
    @Operation(operationId = "closeQualityFinding", summary = "Close a finding whose corrective action is done (the PMO); 409 before")
    QualityReviewView closeQualityFinding(@PathVariable long id, @PathVariable int index, @RequestBody Act act) {
        return reviews.closeFinding(id, index, act.version());
    }

    @PostMapping("/quality-reviews/{id}/close")
    @Operation(operationId = "closeQualityReview", summary = "Close a quality review whose findings are all closed (the PMO); 409 before")
    QualityReviewView closeQualityReview(@PathVariable long id, @RequestBody Act act) {
        return reviews.close(id, act.version());
    }

    @GetMapping("/projects/{projectId}/lessons")
    @Operation(operationId = "listLessons", summary = "The project's lessons learned, newest first")
    List<LessonView> listLessons(@PathVariable long projectId) {
        return lessons.list(projectId);
    }

    @PostMapping("/projects/{projectId}/lessons")
    @Operation(operationId = "recordLesson", summary = "Record a lesson learned on the project (its editors)")
    ResponseEntity<LessonView> recordLesson(@PathVariable long projectId, @RequestBody LessonCommand command) {
        LessonView recorded = lessons.record(projectId, command);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/lessons")).body(recorded);
    }

    @GetMapping("/lessons")
    @Operation(operationId = "searchLessons", summary = "Lessons learned across the projects the reader reads",
            description = "text: contained in what happened, the recommendation, the category or the phase (ignoring case); category: exactly (ignoring case). Newest first, at most 200.")
    List<LessonView> searchLessons(@RequestParam(required = false) String text,
                                   @RequestParam(required = false) String category) {
        return lessons.search(text, category);
    }
}
