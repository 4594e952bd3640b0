package org.lodestar.resources.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.resources.AllocationCommand;
import org.lodestar.resources.AllocationView;
import org.lodestar.resources.PersonWeekDemand;
import org.lodestar.resources.PersonWeeks;
import org.lodestar.resources.ResourceAllocations;
import org.lodestar.resources.ResourceRights;
import org.lodestar.resources.RoleHeatmap;
import org.lodestar.resources.StaffCommand;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Resource allocations", description = "Each project's role allocations by month, their staffing by named people, and the role × month capacity heatmap")
class AllocationApiController implements AuthorisedFirst {

    private final ResourceAllocations allocations;
    private final ResourceRights rights;

    AllocationApiController(ResourceAllocations allocations, ResourceRights rights) {
        this.allocations = allocations;
        this.rights = rights;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long project = AuthorisedFirst.id(path, "projectId");
        Long id = AuthorisedFirst.id(path, "id");
        switch (handler) {
            case "allocateRole" -> {
                if (project != null) allocations.requireWrite(project);
            }
            case "reviseAllocation", "staffAllocation" -> {
                if (id != null) allocations.authoriseWrite(id);
            }
            case "roleHeatmap", "roleHeatmapCauses", "personWeeks", "personWeekDemand" -> rights.requireRead();
            default -> { }
        }
    }

    @GetMapping("/projects/{projectId}/allocations")
    @Operation(operationId = "listAllocations", summary = "The project's role allocations by month")
    List<AllocationView> listAllocations(@PathVariable long projectId) {
        return allocations.list(projectId);
    }

    @PostMapping("/projects/{projectId}/allocations")
    @Operation(operationId = "allocateRole", summary = "Allocate a role or a named person to the project for a month (its editors, resource managers)")
    ResponseEntity<AllocationView> allocateRole(@PathVariable long projectId, @RequestBody AllocationCommand command) {
        AllocationView created = allocations.allocate(projectId, command);
        return ResponseEntity.created(URI.create("/api/v1/allocations/" + created.id())).body(created);
    }

    @PutMapping("/allocations/{id}")
    @Operation(operationId = "reviseAllocation", summary = "Change an allocation's FTE and booking")
    AllocationView reviseAllocation(@PathVariable long id, @RequestBody AllocationCommand command) {
        return allocations.revise(id, command);
    }

    @PostMapping("/allocations/{id}/staff")
    @Operation(operationId = "staffAllocation", summary = "Replace a role allocation by a named person")
    AllocationView staffAllocation(@PathVariable long id, @RequestBody StaffCommand command) {
        return allocations.staff(id, command);
    }

    @GetMapping("/capacity/roles")
    @Operation(operationId = "roleHeatmap", summary = "The role × month heatmap: demand against capacity, utilisation, over-allocation",
            description = "from and to are months (YYYY-MM, by default the coming 12, at most 36; to before from is 400 naming to); "
                    + "portfolioId and programmeId narrow the demand, businessUnit the capacity; scenarioId adds the what-if of "
                    + "that intake scenario's selected requests (its readers only).")
    RoleHeatmap roleHeatmap(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
                            @RequestParam(required = false) Long portfolioId,
                            @RequestParam(required = false) Long programmeId,
                            @RequestParam(required = false) String businessUnit,
                            @RequestParam(required = false) Long scenarioId) {
        return allocations.roleHeatmap(from, to, portfolioId, programmeId, businessUnit, scenarioId);
    }

    @GetMapping("/capacity/people")
    @Operation(operationId = "personWeeks", summary = "The person × week view: named allocations' hours against each person's weekly capacity",
            description = "from and to are days (YYYY-MM-DD) whose weeks, Monday to Sunday, are shown (by default the coming 12 weeks, "
                    + "at most 36 months; to before from is 400 naming to); portfolioId and programmeId narrow the allocations, "
                    + "businessUnit the people.")
    PersonWeeks personWeeks(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @RequestParam(required = false) Long portfolioId,
                            @RequestParam(required = false) Long programmeId,
                            @RequestParam(required = false) String businessUnit) {
        return allocations.personWeeks(from, to, portfolioId, programmeId, businessUnit);
    }

    @GetMapping("/resources/{id}/demand")
    @Operation(operationId = "personWeekDemand", summary = "The projects and tasks behind one cell of the person × week view",
            description = "week is any day (YYYY-MM-DD) of the week, Monday to Sunday (this week by default); portfolioId and "
                    + "programmeId as in the person × week view. Each line is a task (basis ASSIGNMENT) or a project's "
                    + "allocation (basis ALLOCATION) of a project the reader reads; otherProjectsHours sums the others. "
                    + "Lines and other projects add up to demandHours, the cell's figure. A resource that is not a person "
                    + "is 400 naming resourceId.")
    PersonWeekDemand personWeekDemand(@PathVariable long id,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                                      @RequestParam(required = false) Long portfolioId,
                                      @RequestParam(required = false) Long programmeId) {
        return allocations.personWeekDemand(id, week, portfolioId, programmeId);
    }

    @GetMapping("/capacity/roles/causes")
    @Operation(operationId = "roleHeatmapCauses", summary = "The projects behind one cell of the heatmap, largest demand first")
    List<RoleHeatmap.Cause> roleHeatmapCauses(@RequestParam(required = false) String role,
                                              @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                                              @RequestParam(required = false) Long portfolioId,
                                              @RequestParam(required = false) Long programmeId) {
        return allocations.causes(role, month, portfolioId, programmeId);
    }
}
