package org.lodestar.governance.web;

import org.lodestar.governance.ProjectClosures;
import org.lodestar.portfolio.ProjectId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A project's closure report in the web UI (read only: it is written and accepted through the API). */
@Controller
class ClosurePagesController {

    private final ProjectClosures closures;

    ClosurePagesController(ProjectClosures closures) {
        this.closures = closures;
    }

    @GetMapping("/projects/{id}/closure")
    String closure(@PathVariable long id, Model model) {
        model.addAttribute("closure", closures.get(new ProjectId(id)));
        return "governance/closure";
    }
}
