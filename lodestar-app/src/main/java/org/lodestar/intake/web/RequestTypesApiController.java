package org.lodestar.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.intake.RequestTypeCatalog;
import org.lodestar.intake.RequestTypeCommand;
import org.lodestar.intake.RequestTypeView;
import org.lodestar.platform.AuthorisedFirst;
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
@RequestMapping("/api/v1/request-types")
@Tag(name = "Request types", description = "The kinds of request the PMO accepts and their forms")
class RequestTypesApiController extends IntakeApi implements AuthorisedFirst {

    private final RequestTypeCatalog types;
    private final OrganisationRights rights;

    RequestTypesApiController(RequestTypeCatalog types, MessageSource messages, OrganisationRights rights) {
        super(messages);
        this.types = types;
        this.rights = rights;
    }

    /** Request types are the PMO's, refused before the body is read. */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        rights.require(OrganisationAct.DEFINE_REQUEST_TYPES);
    }

    @GetMapping
    @Operation(operationId = "listRequestTypes",
            summary = "Every request type with its form, texts in the caller's language")
    List<RequestTypeView> all() {
        return types.all();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getRequestType", summary = "One request type with its form")
    RequestTypeView get(@PathVariable long id) {
        return types.get(id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "createRequestType", summary = "Define a request type (PMO)",
            description = "Fields: key, section, label, type (TEXT, LONG_TEXT, NUMBER, MONEY, DATE, CHOICE, MULTI_CHOICE, "
                    + "PERSON, LINK, ATTACHMENT), required, help, choices, min, max, maxLength, pattern.")
    ResponseEntity<RequestTypeView> create(@RequestBody RequestTypeCommand command) {
        RequestTypeView created = types.create(command);
        return ResponseEntity.created(URI.create("/api/v1/request-types/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateRequestType",
            summary = "Change a request type and its form as a whole (PMO); 409 when the version is stale")
    RequestTypeView change(@PathVariable long id, @RequestBody RequestTypeCommand command) {
        return types.change(id, command);
    }
}
