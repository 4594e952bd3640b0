package org.lodestar.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.lodestar.platform.AuditEvent;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.PageResult;
import org.springframework.security.access.AccessDeniedException;
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
    private final CurrentUser currentUser;

    AuditApiController(AuditTrail audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Audit entries, newest first, optionally for one record type, record or actor (PMO, administrators)")
    PageResult<AuditEvent> search(@RequestParam(required = false) String entityType,
                                  @RequestParam(required = false) Long entityId,
                                  @RequestParam(required = false) String actor,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        // the whole trail (people's records included) is for the PMO and administrators; readers of a project
        // find its history with the project
        if (!currentUser.actor().runsTheRegistry()) {
            throw new AccessDeniedException("the audit trail is for the PMO and administrators");
        }
        return audit.search(entityType, entityId, actor, page, size);
    }
}
