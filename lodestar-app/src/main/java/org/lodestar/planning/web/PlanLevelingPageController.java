package org.lodestar.planning.web;

import java.util.Map;
import org.lodestar.planning.LevelingPreview;
import org.lodestar.planning.PlanLeveling;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leveling page of a plan, for its editors: the preview (what moves, by how much and why, the deadlines it
 * misses, the people's load per week before and after), and the forms that apply it or clear leveling.
 */
@Controller
class PlanLevelingPageController implements AuthorisedFirst {

    private final PlanLeveling leveling;
    private final ProjectRegistry projects;
    private final ProjectRights rights;

    PlanLevelingPageController(PlanLeveling leveling, ProjectRegistry projects, ProjectRights rights) {
        this.leveling = leveling;
        this.projects = projects;
        this.rights = rights;
    }

    /** Applying and clearing are the plan's editors', refused before the form is read. */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long project = AuthorisedFirst.id(path, "id");
        if (project != null) rights.require(new ProjectId(project), ProjectRight.EDIT);
    }

    @GetMapping("/projects/{id}/plan/leveling")
    String preview(@PathVariable long id, @RequestParam(required = false) String mode, Model model) {
        // the preview checks the edit right before anything is read
        LevelingPreview preview = leveling.preview(new ProjectId(id), PlanLeveling.mode(mode));
        model.addAttribute("project", projects.get(new ProjectId(id)));
        model.addAttribute("preview", preview);
        model.addAttribute("modes", PlanLeveling.Mode.values());
        return "planning/leveling";
    }

    @PostMapping("/projects/{id}/plan/leveling/apply")
    String apply(@PathVariable long id, @RequestParam(required = false) String mode,
                 @RequestParam(required = false) Long version) {
        leveling.apply(new ProjectId(id), PlanLeveling.mode(mode), PlanLeveling.version(version));
        return "redirect:/projects/" + id + "/plan";
    }

    @PostMapping("/projects/{id}/plan/leveling/clear")
    String clear(@PathVariable long id, @RequestParam(required = false) Long version) {
        leveling.clear(new ProjectId(id), version);
        return "redirect:/projects/" + id + "/plan";
    }
}
