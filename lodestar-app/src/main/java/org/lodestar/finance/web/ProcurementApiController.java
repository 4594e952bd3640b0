package org.lodestar.finance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.lodestar.finance.Procurement;
import org.lodestar.finance.Procurement.CommitmentsView;
import org.lodestar.finance.Procurement.ContractActCommand;
import org.lodestar.finance.Procurement.ContractCommand;
import org.lodestar.finance.Procurement.ContractView;
import org.lodestar.finance.Procurement.PurchaseOrderCommand;
import org.lodestar.finance.Procurement.PurchaseOrderView;
import org.lodestar.finance.Procurement.SupplierSpendView;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Procurement", description = "Suppliers' contracts and purchase orders of projects (the committed cost), "
        + "what invoices matched to them leave committed, and the spend by supplier across projects")
class ProcurementApiController implements AuthorisedFirst {

    private final Procurement procurement;
    private final ProjectRights projectRights;

    ProcurementApiController(Procurement procurement, ProjectRights projectRights) {
        this.procurement = procurement;
        this.projectRights = projectRights;
    }

    @Override
    public void authorise(String handler, Map<String, String> pathVariables) {
        switch (handler) {
            case "addContract", "activateContract", "closeContract", "issuePurchaseOrder" -> {
                Long project = AuthorisedFirst.id(pathVariables, "id");
                if (project != null) projectRights.require(new ProjectId(project), ProjectRight.EDIT);
            }
            default -> { }
        }
    }

    @GetMapping("/projects/{id}/commitments")
    @Operation(operationId = "getCommitments", summary = "A project's contracts and purchase orders with what is "
            + "committed, invoiced against them and still committed, in the project's currency")
    CommitmentsView commitments(@PathVariable long id) {
        return procurement.commitments(id);
    }

    @GetMapping("/projects/{id}/contracts")
    @Operation(operationId = "listContracts", summary = "A project's contracts with suppliers")
    List<ContractView> contracts(@PathVariable long id) {
        return procurement.contracts(id);
    }

    @PostMapping("/projects/{id}/contracts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createContract",
            summary = "Draft a supplier's contract with the project: reference, value, dates (the project's editors)")
    ContractView addContract(@PathVariable long id, @RequestBody ContractCommand command) {
        return procurement.addContract(id, command);
    }

    @PostMapping("/projects/{id}/contracts/{contractId}/activate")
    @Operation(operationId = "activateContract",
            summary = "A draft contract is signed and takes purchase orders (the project's editors)")
    ContractView activateContract(@PathVariable long id, @PathVariable long contractId,
                                  @RequestBody ContractActCommand command) {
        return procurement.activate(id, contractId, command);
    }

    @PostMapping("/projects/{id}/contracts/{contractId}/close")
    @Operation(operationId = "closeContract", summary = "An active contract ends: no new purchase orders, and what "
            + "its orders still commit is released (the project's editors)")
    ContractView closeContract(@PathVariable long id, @PathVariable long contractId,
                               @RequestBody ContractActCommand command) {
        return procurement.close(id, contractId, command);
    }

    @GetMapping("/projects/{id}/purchase-orders")
    @Operation(operationId = "listPurchaseOrders",
            summary = "A project's purchase orders with the invoices matched to them and what they still commit")
    List<PurchaseOrderView> purchaseOrders(@PathVariable long id) {
        return procurement.purchaseOrders(id);
    }

    @PostMapping("/projects/{id}/purchase-orders")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createPurchaseOrder", summary = "Issue a purchase order under an active contract or "
            + "direct to a supplier, against a cost category (the project's editors)")
    PurchaseOrderView issuePurchaseOrder(@PathVariable long id, @RequestBody PurchaseOrderCommand command) {
        return procurement.issue(id, command);
    }

    @GetMapping("/finance/supplier-spend")
    @Operation(operationId = "getSpendBySupplier", summary = "Per supplier, over the projects whose money the "
            + "reader reads (of one portfolio or all): committed, invoiced and remaining, converted to 'currency' at "
            + "the rate in force for 'month' (YYYY-MM, this month by default)")
    SupplierSpendView supplierSpend(@RequestParam(required = false) Long portfolioId,
                                    @RequestParam(required = false) String currency,
                                    @RequestParam(required = false) String month) {
        return procurement.supplierSpend(portfolioId, currency, month);
    }
}
