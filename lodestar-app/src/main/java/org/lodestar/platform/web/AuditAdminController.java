package org.lodestar.platform.web;

import org.lodestar.platform.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The whole audit trail for administrators, newest first, narrowed by record type or person. */
@Controller
class AuditAdminController {

    private static final int PAGE_SIZE = 50;

    private final AuditTrail audit;

    AuditAdminController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String trail(@RequestParam(required = false) String entityType, @RequestParam(required = false) String actor,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        String type = StringUtils.hasText(entityType) ? entityType.strip() : null;
        String who = StringUtils.hasText(actor) ? actor.strip() : null;
        model.addAttribute("events", audit.browse(type, null, who, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("entityType", type);
        model.addAttribute("actorFilter", who);
        return "admin/audit";
    }
}
