package org.lodestar.interchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.lodestar.interchange.PlanExports;
import org.lodestar.portfolio.ProjectId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A project's plan as a Microsoft Project (MSPDI), Primavera (PMXML) or MPX file, as an attachment: over the API
 * and, for the plan page's buttons, under the project's pages (the API takes no session). Readers of the plan may
 * export it; the service refuses others (403) before it looks at the format (400 naming {@code format}).
 */
@RestController
@Tag(name = "Interchange", description = "Microsoft Project and Primavera P6 files")
class ExportController {

    private final PlanExports exports;

    ExportController(PlanExports exports) {
        this.exports = exports;
    }

    @GetMapping("/api/v1/projects/{projectId}/export")
    @Operation(operationId = "exportPlan", summary = "The plan as an MSPDI, PMXML or MPX file",
            description = "Tasks, outline, durations, dependencies with types and lags, calendars, constraints, "
                    + "deadlines, baseline and actual dates, progress and the status date; each task's Lodestar id "
                    + "is its unique id. Readers of the plan may export it.")
    ResponseEntity<byte[]> export(@PathVariable long projectId,
                                  @Parameter(description = "mspdi, pmxml or mpx") @RequestParam(required = false) String format) {
        return file(exports.export(new ProjectId(projectId), format));
    }

    @GetMapping("/projects/{projectId}/plan/export")
    ResponseEntity<byte[]> download(@PathVariable long projectId, @RequestParam(required = false) String format) {
        return file(exports.export(new ProjectId(projectId), format));
    }

    private static ResponseEntity<byte[]> file(PlanExports.ExportedFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
