package org.lodestar.portfolio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.lodestar.portfolio.CustomFieldCommand;
import org.lodestar.portfolio.CustomFieldView;
import org.lodestar.portfolio.CustomFields;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/custom-fields")
@Tag(name = "Custom fields", description = "Fields administrators add to every project")
class CustomFieldsApiController {

    private final CustomFields customFields;

    CustomFieldsApiController(CustomFields customFields) {
        this.customFields = customFields;
    }

    @GetMapping
    @Operation(operationId = "listCustomFields", summary = "All custom field definitions, in form order")
    List<CustomFieldView> all() {
        return customFields.all();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getCustomField", summary = "One custom field definition")
    CustomFieldView one(@PathVariable long id) {
        return customFields.get(id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "createCustomField", summary = "Define a custom field (administrators)")
    ResponseEntity<CustomFieldView> define(@RequestBody CustomFieldCommand command) {
        CustomFieldView created = customFields.define(command);
        return ResponseEntity.created(URI.create("/api/v1/custom-fields/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateCustomField",
            summary = "Change a custom field's label, choices, required flag or position (administrators)")
    CustomFieldView change(@PathVariable long id, @RequestBody CustomFieldCommand command) {
        return customFields.change(id, command);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteCustomField",
            summary = "Delete a custom field and its values on every project (administrators)")
    void delete(@PathVariable long id) {
        customFields.delete(id);
    }
}
