package org.lodestar.interchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.interchange.ImportPreview;
import org.lodestar.interchange.ImportRefusedException;
import org.lodestar.interchange.PlanImports;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.ETags;
import org.lodestar.planning.PlanView;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports of Microsoft Project and Primavera files into a project's plan: upload for a preview, then confirm it.
 * A refused file is an RFC 9457 problem whose {@code errors} name the field {@code file}: 400 for an empty,
 * corrupt, password-protected or hostile file, 413 over the upload limit; 503 with Retry-After when the imports
 * allowed at a time are running. Only the project's plan editors may import (403 for others).
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/imports")
@Tag(name = "Imports", description = "Microsoft Project and Primavera P6 files into a project's plan")
class ImportApiController implements AuthorisedFirst {

    private static final URI FILE_PROBLEM = URI.create("https://lodestar.dev/problems/import-file");

    private final PlanImports imports;
    private final ProjectRights rights;
    private final MessageSource messages;

    ImportApiController(PlanImports imports, ProjectRights rights, MessageSource messages) {
        this.imports = imports;
        this.rights = rights;
        this.messages = messages;
    }

    /** Imports change the plan: its editors only, refused before the upload is looked at. */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long project = AuthorisedFirst.id(path, "projectId");
        if (project != null) rights.require(new ProjectId(project), ProjectRight.EDIT);
    }

    @PostMapping
    @Operation(operationId = "previewImport",
            summary = "Upload a project file (.mpp, .xml, .mpx, .xer, .pmxml, ...) and preview its import",
            description = "Nothing is written. The answer counts the tasks added, changed, removed and unchanged, "
                    + "lists each changed task's fields before and after, every warning, and what Lodestar does "
                    + "not store. Tasks are matched to the plan's by the source tool's unique id. A file with "
                    + "several projects lists them; project (from 0) picks one. Confirm the preview by its id.")
    ImportPreview preview(@PathVariable long projectId, @RequestParam(name = "file", required = false) MultipartFile file,
                          @RequestParam(required = false) Integer project) throws IOException {
        if (file == null) throw new ImportRefusedException(400, "interchange.import.file.missing");
        if (file.getSize() > imports.maxUploadBytes()) {
            throw new ImportRefusedException(413, "interchange.import.file.tooLarge",
                    imports.maxUploadBytes() / (1024 * 1024));
        }
        return imports.preview(new ProjectId(projectId), file.getOriginalFilename(), file.getInputStream(), project);
    }

    @PostMapping("/{previewId}/confirm")
    @Operation(operationId = "confirmImport",
            summary = "Write a previewed import into the plan, all or nothing",
            description = "deleteRemoved=true deletes the plan's tasks the file does not have; false (default) "
                    + "keeps them after the file's tasks. A plan changed since the preview is 409; an expired or "
                    + "unknown preview 410.")
    ResponseEntity<PlanView> confirm(@PathVariable long projectId, @PathVariable String previewId,
                                     @RequestParam(defaultValue = "false") boolean deleteRemoved) {
        PlanView plan = imports.confirm(new ProjectId(projectId), previewId, deleteRemoved);
        return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(plan);
    }

    /** One field error on {@code file} (or the parameter refused), with the status the refusal carries. */
    @ExceptionHandler(ImportRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ImportRefusedException refused) {
        HttpStatus status = HttpStatus.valueOf(refused.status());
        String text = messages.getMessage(refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text);
        problem.setType(FILE_PROBLEM);
        problem.setProperty("errors", List.of(Map.of("field", refused.field(), "message", text)));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) answer.header(HttpHeaders.RETRY_AFTER, "30");
        return answer.body(problem);
    }
}
