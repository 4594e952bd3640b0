package org.lodestar.interchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.interchange.ImportPreview;
import org.lodestar.interchange.ImportRefusedException;
import org.lodestar.interchange.NewProjectImport;
import org.lodestar.interchange.PlanImports;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.ETags;
import org.lodestar.planning.PlanView;
import org.lodestar.platform.IndexedParameters;
import org.lodestar.portfolio.PortfolioAct;
import org.lodestar.portfolio.PortfolioRights;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports of Microsoft Project and Primavera files into a project's plan: upload for a preview, then confirm it.
 * A refused file is an RFC 9457 problem whose {@code errors} name the field {@code file}: 400 for an empty,
 * corrupt, password-protected or hostile file, 413 over the upload limit; 503 with Retry-After when the imports
 * allowed at a time are running. Only the project's plan editors may import (403 for others). A new project may
 * also be made from a file, in one go, by those who may create projects in the portfolio.
 */
@RestController
@Tag(name = "Imports", description = "Microsoft Project and Primavera P6 files into a project's plan")
class ImportApiController implements AuthorisedFirst {

    private static final URI FILE_PROBLEM = URI.create("https://lodestar.dev/problems/import-file");
    private static final String PROJECT_IMPORTS = "/api/v1/projects/{projectId}/imports";

    private final PlanImports imports;
    private final ProjectRights rights;
    private final PortfolioRights portfolioRights;
    private final MessageSource messages;

    ImportApiController(PlanImports imports, ProjectRights rights, PortfolioRights portfolioRights,
                        MessageSource messages) {
        this.imports = imports;
        this.rights = rights;
        this.portfolioRights = portfolioRights;
        this.messages = messages;
    }

    /**
     * Imports change the plan: its editors only; a new project from a file, those who may create projects in the
     * portfolio. Refused before the upload is looked at.
     */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        if ("importNewProject".equals(handler)) {
            Long portfolio = AuthorisedFirst.id(path, "id");
            if (portfolio != null) portfolioRights.require(portfolio, PortfolioAct.CREATE_PROJECTS);
            return;
        }
        Long project = AuthorisedFirst.id(path, "projectId");
        if (project != null) rights.require(new ProjectId(project), ProjectRight.EDIT);
    }

    @PostMapping(PROJECT_IMPORTS)
    @Operation(operationId = "previewImport",
            summary = "Upload a project file (.mpp, .xml, .mpx, .xer, .pmxml, ...) and preview its import",
            description = "Nothing is written. The answer counts the tasks added, changed, removed and unchanged, "
                    + "lists each changed task's fields before and after, every warning, and what Lodestar does "
                    + "not store. Tasks are matched to the plan's by the source tool's unique id. A file with "
                    + "several projects lists them; project (from 0) picks one. The file's custom task fields are "
                    + "listed with the Lodestar task field each goes to: by default the one of the same label; "
                    + "fields[TEXT1]=key chooses (blank: not imported), and then only the fields named are imported. "
                    + "Confirm the preview by its id.")
    ImportPreview preview(@PathVariable long projectId, @RequestParam(name = "file", required = false) MultipartFile file,
                          @RequestParam(required = false) Integer project,
                          @io.swagger.v3.oas.annotations.Parameter(hidden = true) @RequestParam Map<String, String> parameters)
            throws IOException {
        requireFile(file);
        return imports.preview(new ProjectId(projectId), file.getOriginalFilename(), file.getInputStream(), project,
                fieldMap(parameters));
    }

    /** The {@code fields[id]} parameters, by file field id (blank values kept: not imported); null when none. */
    static Map<String, String> fieldMap(Map<String, String> parameters) {
        Map<String, String> fields = IndexedParameters.of(parameters, "fields");
        return fields.isEmpty() ? null : fields;
    }

    @PostMapping("/api/v1/portfolios/{id}/project-imports")
    @Operation(operationId = "importNewProject",
            summary = "Create a project in the portfolio from a project file (.mpp, .xml, .mpx, .xer, .pmxml, ...)",
            description = "The project (named name, else after the file's project or the file; PROPOSED, managed "
                    + "by the caller, in currency or the reporting currency, planned over the file's dates) and its "
                    + "plan imported from the file are written in one transaction, or nothing is: no preview, as "
                    + "the new plan has nothing to differ from. project (from 0) picks a project of a multi-project "
                    + "file. Custom fields go as customFields[key] parameters (the required ones are required). "
                    + "The answer lists the warnings and what Lodestar does not store; a project the "
                    + "registry refuses is 400 naming its field (portfolioId, name, currency, plannedStart ...).")
    ResponseEntity<NewProjectImport> importNewProject(@PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String name, @RequestParam(required = false) String currency,
            @RequestParam(required = false) Integer project,
            @io.swagger.v3.oas.annotations.Parameter(hidden = true) @RequestParam Map<String, String> parameters)
            throws IOException {
        requireFile(file);
        NewProjectImport made = imports.importIntoNewProject(id, name, currency, customFields(parameters),
                file.getOriginalFilename(), file.getInputStream(), project);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + made.projectId())).body(made);
    }

    /** The {@code customFields[key]} parameters, by key. */
    static Map<String, String> customFields(Map<String, String> parameters) {
        Map<String, String> fields = IndexedParameters.of(parameters, "customFields");
        fields.values().removeIf(String::isBlank);
        return fields;
    }


    /** A file was sent, within the upload limit (400 naming {@code file}, else 413). */
    private void requireFile(MultipartFile file) {
        if (file == null) throw new ImportRefusedException(400, "interchange.import.file.missing");
        if (file.getSize() > imports.maxUploadBytes()) {
            throw new ImportRefusedException(413, "interchange.import.file.tooLarge",
                    imports.maxUploadBytes() / (1024 * 1024));
        }
    }

    @PostMapping(PROJECT_IMPORTS + "/{previewId}/confirm")
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
