package org.lodestar.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.lodestar.platform.AuditEvent;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.PageResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Validated
@Tag(name = "Audit", description = "The append-only trail of every change")
class AuditApiController {

    private final AuditTrail audit;

    AuditApiController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(operationId = "searchAuditTrail",
            summary = "Audit entries, newest first, optionally for one record type, record or actor (PMO, administrators)")
    PageResult<AuditEvent> search(@RequestParam(required = false) String entityType,
                                  @RequestParam(required = false) Long entityId,
                                  @RequestParam(required = false) String actor,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return audit.browse(entityType, entityId, actor, page, size);
    }
}
