package org.lodestar.resources.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.resources.AbsenceCommand;
import org.lodestar.resources.CapacityCommand;
import org.lodestar.resources.RateCommand;
import org.lodestar.resources.ResourceCommand;
import org.lodestar.resources.ResourcePool;
import org.lodestar.resources.ResourceRights;
import org.lodestar.resources.ResourceView;
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
@Tag(name = "Resources", description = "The resource pool: people, generic roles, material and cost resources, their capacity, absences and cost rates")
class ResourceApiController implements AuthorisedFirst {

    /** A retirement names only the version it was made from. */
    record VersionBody(Long version) {
    }

    private final ResourcePool pool;
    private final ResourceRights rights;

    ResourceApiController(ResourcePool pool, ResourceRights rights) {
        this.pool = pool;
        this.rights = rights;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        switch (handler) {
            case "registerResource", "describeResource", "changeResourceCapacity", "setResourceRate",
                 "recordResourceAbsence", "retireResource" -> rights.requireKeep();
            default -> { }
        }
    }

    @GetMapping("/resources")
    @Operation(operationId = "listResources", summary = "The resource pool, by name (retired ones with retired=true)")
    List<ResourceView> listResources(@RequestParam(defaultValue = "false") boolean retired) {
        return pool.list(retired);
    }

    @PostMapping("/resources")
    @Operation(operationId = "registerResource", summary = "Register a person, generic role, material or cost resource (resource managers, the PMO)")
    ResponseEntity<ResourceView> registerResource(@RequestBody ResourceCommand command) {
        ResourceView created = pool.register(command);
        return ResponseEntity.created(URI.create("/api/v1/resources/" + created.id())).body(created);
    }

    @GetMapping("/resources/{id}")
    @Operation(operationId = "getResource", summary = "One resource of the pool")
    ResourceView getResource(@PathVariable long id) {
        return pool.get(id);
    }

    @PutMapping("/resources/{id}")
    @Operation(operationId = "describeResource", summary = "Change a resource's name, business unit, roles and skills")
    ResourceView describeResource(@PathVariable long id, @RequestBody ResourceCommand command) {
        return pool.describe(id, command);
    }

    @PostMapping("/resources/{id}/capacity")
    @Operation(operationId = "changeResourceCapacity", summary = "Change a resource's capacity: hours a day or FTE of the organisation calendar's day")
    ResourceView changeResourceCapacity(@PathVariable long id, @RequestBody CapacityCommand command) {
        return pool.changeCapacity(id, command);
    }

    @PostMapping("/resources/{id}/rates")
    @Operation(operationId = "setResourceRate", summary = "Set a cost rate per hour in force from a date")
    ResourceView setResourceRate(@PathVariable long id, @RequestBody RateCommand command) {
        return pool.setRate(id, command);
    }

    @PostMapping("/resources/{id}/absences")
    @Operation(operationId = "recordResourceAbsence", summary = "Record days off, from the first to the last day")
    ResourceView recordResourceAbsence(@PathVariable long id, @RequestBody AbsenceCommand command) {
        return pool.recordAbsence(id, command);
    }

    @PostMapping("/resources/{id}/retire")
    @Operation(operationId = "retireResource", summary = "Retire a resource: it keeps its history and takes no more acts")
    ResourceView retireResource(@PathVariable long id, @RequestBody VersionBody body) {
        return pool.retire(id, body.version());
    }
}
