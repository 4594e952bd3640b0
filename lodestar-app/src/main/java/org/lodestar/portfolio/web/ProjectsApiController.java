package org.lodestar.portfolio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.AuditEvent;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.ETags;
import org.lodestar.platform.PageResult;
import org.lodestar.platform.UserId;
import org.lodestar.portfolio.PortfolioId;
import org.lodestar.portfolio.ProgrammeId;
import org.lodestar.portfolio.ProjectAct;
import org.lodestar.portfolio.ProjectCommand;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectHealthReadings;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectView;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Projects over JSON. Every answer that carries a project has its version as ETag; a change may give the version
 * it was made from in the body or as {@code If-Match}; a stale one gets 409.
 */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "The central registry of projects")
class ProjectsApiController implements AuthorisedFirst {

    private final ProjectRegistry projects;
    private final ProjectHealthReadings withHealth;
    private final RegistryWrites writes;

    ProjectsApiController(ProjectRegistry projects, ProjectHealthReadings withHealth, RegistryWrites writes) {
        this.projects = projects;
        this.withHealth = withHealth;
        this.writes = writes;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        writes.authorise(handler, path);
    }

    @GetMapping
    @Operation(operationId = "listProjects", summary = "Projects matching the filters, one page at a time",
            description = "text searches name, code, description and custom field values. Requesters get public "
                    + "summaries: budget, currency and computedHealth are null. reportedHealth is the overall rating "
                    + "of the latest published status report, computedHealth the health computed from the data; "
                    + "the health filter and sort use reported health.")
    PageResult<ProjectRow> search(@ParameterObject @ModelAttribute ProjectQuery query) {
        return withHealth.list(query);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getProject", summary = "One project with everything known about it",
            description = "reportedHealth and computedHealth come from status; neither is part of a change.")
    ResponseEntity<ProjectView> get(@PathVariable long id) {
        return withETag(ResponseEntity.ok(), withHealth.detail(new ProjectId(id)));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "createProject", summary = "Create a project; without a code it gets the next PRJ-nnnn")
    ResponseEntity<ProjectView> create(@RequestBody ProjectCommand command) {
        ProjectView created = projects.create(command);
        return withETag(ResponseEntity.created(URI.create("/api/v1/projects/" + created.id())), created);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateProject", summary = "Change a project as a whole; 409 when the version is stale",
            description = "Health is not edited: status owns it. A health, reportedHealth or computedHealth sent "
                    + "in the body (as in a view sent back from GET) is ignored.")
    ResponseEntity<ProjectView> change(@PathVariable long id, @RequestBody ProjectCommand command,
                                       @Parameter(description = "the version, as an ETag, the change was made from")
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long from = ETags.from(ifMatch, command.version());
        ProjectCommand versioned = from == null ? command : command.withVersion(from);
        return withETag(ResponseEntity.ok(), projects.change(new ProjectId(id), versioned));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteProject", summary = "Delete a project (PMO); 409 when the version is stale")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
                                @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        projects.delete(new ProjectId(id), ETags.required(ifMatch, version));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/audit")
    @Operation(operationId = "getProjectHistory",
            summary = "The project's history: every change with old and new values, newest first")
    List<AuditEvent> history(@PathVariable long id) {
        return projects.history(new ProjectId(id));
    }

    record MemberCommand(long personId, boolean canEdit, long version) {
    }

    @PostMapping("/{id}/members")
    @Operation(operationId = "addProjectMember",
            summary = "Add a person to the project team, or change their edit right")
    ResponseEntity<ProjectView> addMember(@PathVariable long id, @RequestBody MemberCommand member) {
        return withETag(ResponseEntity.ok(), projects.addMember(new ProjectId(id), new UserId(member.personId()),
                member.canEdit(), member.version()));
    }

    @DeleteMapping("/{id}/members/{personId}")
    @Operation(operationId = "removeProjectMember", summary = "Remove a person from the project team")
    ResponseEntity<ProjectView> removeMember(@PathVariable long id, @PathVariable long personId,
                                             @RequestParam long version) {
        return withETag(ResponseEntity.ok(), projects.removeMember(new ProjectId(id), new UserId(personId), version));
    }

    /** The version a lifecycle act was taken from (or {@code If-Match}). */
    record ActCommand(Long version) {
    }

    @PostMapping("/{id}/propose")
    @Operation(operationId = "proposeProject",
            summary = "Propose a cancelled project again; 409 when its state does not allow it or the version is stale")
    ResponseEntity<ProjectView> propose(@PathVariable long id, @RequestBody(required = false) ActCommand command,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return take(id, ProjectAct.PROPOSE, command, ifMatch);
    }

    @PostMapping("/{id}/activate")
    @Operation(operationId = "activateProject",
            summary = "Activate a proposed project; 409 when its state does not allow it or the version is stale")
    ResponseEntity<ProjectView> activate(@PathVariable long id, @RequestBody(required = false) ActCommand command,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return take(id, ProjectAct.ACTIVATE, command, ifMatch);
    }

    @PostMapping("/{id}/put-on-hold")
    @Operation(operationId = "putProjectOnHold",
            summary = "Put an active project on hold; 409 when its state does not allow it or the version is stale")
    ResponseEntity<ProjectView> putOnHold(@PathVariable long id, @RequestBody(required = false) ActCommand command,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return take(id, ProjectAct.PUT_ON_HOLD, command, ifMatch);
    }

    @PostMapping("/{id}/resume")
    @Operation(operationId = "resumeProject",
            summary = "Resume a project on hold; 409 when its state does not allow it or the version is stale")
    ResponseEntity<ProjectView> resume(@PathVariable long id, @RequestBody(required = false) ActCommand command,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return take(id, ProjectAct.RESUME, command, ifMatch);
    }

    @PostMapping("/{id}/close")
    @Operation(operationId = "closeProject",
            summary = "Close an active or held project; 409 when its state does not allow it or the version is stale")
    ResponseEntity<ProjectView> close(@PathVariable long id, @RequestBody(required = false) ActCommand command,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return take(id, ProjectAct.CLOSE, command, ifMatch);
    }

    @PostMapping("/{id}/cancel")
    @Operation(operationId = "cancelProject",
            summary = "Cancel a project that is not closed; 409 when its state does not allow it or the version is stale")
    ResponseEntity<ProjectView> cancel(@PathVariable long id, @RequestBody(required = false) ActCommand command,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return take(id, ProjectAct.CANCEL, command, ifMatch);
    }

    /** Where a project moves: a portfolio, and a programme of it or none. */
    record MoveCommand(Long portfolioId, Long programmeId, Long version) {
    }

    @PostMapping("/{id}/move")
    @Operation(operationId = "moveProject",
            summary = "Move a project to another portfolio or programme; 409 when it is closed or cancelled")
    ResponseEntity<ProjectView> move(@PathVariable long id, @RequestBody MoveCommand command,
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long version = ETags.from(ifMatch, command.version());
        return withETag(ResponseEntity.ok(), projects.moveTo(new ProjectId(id),
                command.portfolioId() == null ? null : new PortfolioId(command.portfolioId()),
                command.programmeId() == null ? null : new ProgrammeId(command.programmeId()), version));
    }

    private ResponseEntity<ProjectView> take(long id, ProjectAct act, ActCommand command, String ifMatch) {
        Long version = ETags.from(ifMatch, command == null ? null : command.version());
        return withETag(ResponseEntity.ok(), projects.take(new ProjectId(id), act, version));
    }

    private static ResponseEntity<ProjectView> withETag(ResponseEntity.BodyBuilder builder, ProjectView project) {
        return ETags.tagged(builder, project, project.version());
    }
}
