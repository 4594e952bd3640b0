package org.lodestar.portfolio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.AuditEvent;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.PageResult;
import org.lodestar.platform.UserId;
import org.lodestar.portfolio.ProjectCommand;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectView;
import org.springdoc.core.annotations.ParameterObject;
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
    private final RegistryWrites writes;

    ProjectsApiController(ProjectRegistry projects, RegistryWrites writes) {
        this.projects = projects;
        this.writes = writes;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        writes.authorise(handler, path);
    }

    @GetMapping
    @Operation(summary = "Projects matching the filters, one page at a time",
            description = "text searches name, code, description and custom field values. Requesters get public "
                    + "summaries: budget and currency are null.")
    PageResult<ProjectRow> search(@ParameterObject @ModelAttribute ProjectQuery query) {
        return projects.search(query);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One project with everything known about it")
    ResponseEntity<ProjectView> get(@PathVariable long id) {
        return withETag(ResponseEntity.ok(), projects.get(new ProjectId(id)));
    }

    @PostMapping
    @Operation(summary = "Create a project; without a code it gets the next PRJ-nnnn")
    ResponseEntity<ProjectView> create(@RequestBody ProjectCommand command) {
        ProjectView created = projects.create(command);
        return withETag(ResponseEntity.created(URI.create("/api/v1/projects/" + created.id())), created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a project as a whole; 409 when the version is stale")
    ResponseEntity<ProjectView> change(@PathVariable long id, @RequestBody ProjectCommand command,
                                       @Parameter(description = "the version, as an ETag, the change was made from")
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        // If-Match: * asks for no particular version: the body's version decides
        boolean given = ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*");
        ProjectCommand versioned = given ? command.withVersion(ETags.version(ifMatch)) : command;
        return withETag(ResponseEntity.ok(), projects.change(new ProjectId(id), versioned));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a project (PMO); 409 when the version is stale")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
                                @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long from = ifMatch != null && !ifMatch.strip().equals("*") ? Long.valueOf(ETags.version(ifMatch)) : version;
        if (from == null) throw ETags.versionRequired();
        projects.delete(new ProjectId(id), from);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/audit")
    @Operation(summary = "The project's history: every change with old and new values, newest first")
    List<AuditEvent> history(@PathVariable long id) {
        return projects.history(new ProjectId(id));
    }

    record MemberCommand(long personId, boolean canEdit, long version) {
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Add a person to the project team, or change their edit right")
    ResponseEntity<ProjectView> addMember(@PathVariable long id, @RequestBody MemberCommand member) {
        return withETag(ResponseEntity.ok(), projects.addMember(new ProjectId(id), new UserId(member.personId()),
                member.canEdit(), member.version()));
    }

    @DeleteMapping("/{id}/members/{personId}")
    @Operation(summary = "Remove a person from the project team")
    ResponseEntity<ProjectView> removeMember(@PathVariable long id, @PathVariable long personId,
                                             @RequestParam long version) {
        return withETag(ResponseEntity.ok(), projects.removeMember(new ProjectId(id), new UserId(personId), version));
    }

    private static ResponseEntity<ProjectView> withETag(ResponseEntity.BodyBuilder builder, ProjectView project) {
        return builder.eTag(ETags.of(project.version())).body(project);
    }
}
