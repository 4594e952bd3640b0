package org.lodestar.finance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.lodestar.finance.CostFileMappings;
import org.lodestar.finance.CostFileMappings.MappingCommand;
import org.lodestar.finance.CostFileMappings.MappingView;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The column mappings of ledger cost files each user saves for themselves (listed, used and deleted by them only). */
@RestController
@RequestMapping("/api/v1/finance/cost-file-mappings")
@Tag(name = "Finance", description = FinanceApiController.TAG)
class CostFileMappingsApiController implements AuthorisedFirst {

    private final CostFileMappings mappings;
    private final OrganisationRights rights;

    CostFileMappingsApiController(CostFileMappings mappings, OrganisationRights rights) {
        this.mappings = mappings;
        this.rights = rights;
    }

    @Override
    public void authorise(String handler, Map<String, String> pathVariables) {
        rights.require(OrganisationAct.READ_PROJECT_DETAIL);
    }

    @GetMapping
    @Operation(operationId = "listCostFileMappings", summary = "The reader's own saved column mappings, by name")
    List<MappingView> list() {
        return mappings.mine();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createCostFileMapping",
            summary = "Save a named column mapping of ledger cost files for oneself (names unique per user)")
    MappingView save(@RequestBody MappingCommand command) {
        return mappings.save(command);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteCostFileMapping", summary = "Delete one of one's own saved column mappings")
    void delete(@PathVariable long id) {
        mappings.delete(id);
    }
}
