package org.lodestar.portfolio.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.lodestar.engine.health.Rag;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.People;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.platform.UserId;
import org.lodestar.portfolio.CustomFields;
import org.lodestar.portfolio.LifecyclePhase;
import org.lodestar.portfolio.PortfolioAct;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.PortfolioRights;
import org.lodestar.portfolio.PortfolioView;
import org.lodestar.portfolio.Priority;
import org.lodestar.portfolio.ProjectAct;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectCommand;
import org.lodestar.portfolio.ProjectExport;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectHealthReadings;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRights;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.portfolio.ProjectView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The project list, detail, forms and CSV export of the web UI. */
@Controller
@RequestMapping("/projects")
class ProjectsController implements AuthorisedFirst {

    private final ProjectRegistry projects;
    private final PortfolioRegistry portfolios;
    private final CustomFields customFields;
    private final People people;
    private final ProjectHealthReadings withHealth;
    private final ProjectRights rights;
    private final PortfolioRights portfolioRights;
    private final RegistryWrites writes;

    ProjectsController(ProjectRegistry projects, PortfolioRegistry portfolios, CustomFields customFields,
                       People people, ProjectHealthReadings withHealth, ProjectRights rights,
                       PortfolioRights portfolioRights, RegistryWrites writes) {
        this.writes = writes;
        this.rights = rights;
        this.portfolioRights = portfolioRights;
        this.projects = projects;
        this.withHealth = withHealth;
        this.portfolios = portfolios;
        this.customFields = customFields;
        this.people = people;
    }

    /** Writes are refused before the form is bound to whoever may not take them at all (as through the API). */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        writes.authorise(handler, path);
    }

    @GetMapping
    String list(@ModelAttribute("query") ProjectQuery query, Model model,
                @RequestHeader(name = "HX-Request", required = false) String htmx) {
        model.addAttribute("page", withHealth.list(query));
        model.addAttribute("links", new ListLinks("/projects", query));
        if (htmx != null) return "projects/list :: results";
        List<PortfolioView> visible = portfolios.portfolios();
        model.addAttribute("portfolios", visible);
        model.addAttribute("canCreate", portfolioRights.mayAnywhere(PortfolioAct.CREATE_PROJECTS));
        model.addAttribute("programmes", portfolios.programmes(null));
        model.addAttribute("people", people.all());
        addChoices(model);
        return "projects/list";
    }

    @GetMapping("/export.csv")
    void export(@ModelAttribute ProjectQuery query, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"projects.csv\"");
        try (Writer writer = response.getWriter()) {
            ProjectCsv.write(page -> projects.export(query.withPage(page, ProjectCsv.PAGE)), writer);
        }
    }

    @GetMapping("/new")
    String newProject(@RequestParam(required = false) Long portfolioId,
                      @RequestParam(required = false) Long programmeId, Model model) {
        portfolioRights.require(portfolioId, PortfolioAct.CREATE_PROJECTS);
        model.addAttribute("form", ProjectForm.of(ProjectCommand.blank(portfolioId, programmeId)));
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") ProjectForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) return form(model, null);
        try {
            ProjectView created = projects.create(form.toCommand());
            return "redirect:/projects/" + created.id();
        } catch (InvalidInputException invalid) {
            invalid.rejectInto(errors);
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "overview") String tab, Model model) {
        ProjectView project = withHealth.detail(new ProjectId(id));
        model.addAttribute("project", project);
        model.addAttribute("tab", tab);
        model.addAttribute("canDelete", rights.may(new ProjectId(id), ProjectRight.DELETE));
        model.addAttribute("acts", project.editable() ? ProjectAct.allowedFrom(project.state(), false) : List.of());
        if ("history".equals(tab)) model.addAttribute("history", projects.history(new ProjectId(id)));
        if ("team".equals(tab) && project.editable()) model.addAttribute("people", people.all());
        return "projects/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        rights.require(new ProjectId(id), ProjectRight.EDIT);
        ProjectView project = projects.get(new ProjectId(id));
        model.addAttribute("form", ProjectForm.of(project.toCommand()));
        return form(model, project);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ProjectForm form, BindingResult errors,
                  Model model) {
        ProjectView project = projects.get(new ProjectId(id));
        if (errors.hasErrors()) return form(model, project);
        try {
            projects.change(new ProjectId(id), form.toCommand());
            return "redirect:/projects/" + id;
        } catch (InvalidInputException invalid) {
            invalid.rejectInto(errors);
            return form(model, project);
        } catch (ConflictException refused) {
            // a state the table does not lead to, or a move of a closed project: said beside the field
            String field = "MOVE".equals(refused.properties().get("act")) ? "portfolioId" : "state";
            errors.rejectValue(field, refused.messageKey(), refused.arguments(), refused.getMessage());
            return form(model, project);
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
            return form(model, project);
        }
    }

    /** A lifecycle act from the project page's buttons ({@code activate}, {@code put-on-hold}...). */
    @PostMapping("/{id}/acts/{act}")
    String take(@PathVariable long id, @PathVariable String act, @RequestParam long version) {
        ProjectAct taken = ProjectAct.ofPath(act).filter(found -> found != ProjectAct.MOVE)
                .orElseThrow(() -> new NotFoundException("act " + act));
        projects.take(new ProjectId(id), taken, version);
        return "redirect:/projects/" + id;
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        rights.require(new ProjectId(id), ProjectRight.DELETE);
        model.addAttribute("project", projects.get(new ProjectId(id)));
        return "projects/delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long version, Model model) {
        try {
            projects.delete(new ProjectId(id), version);
            return "redirect:/projects";
        } catch (ConflictException kept) {
            model.addAttribute("project", projects.get(new ProjectId(id)));
            model.addAttribute("dependants", kept.properties().get("dependants"));
            return "projects/delete";
        } catch (StaleVersionException stale) {
            model.addAttribute("project", projects.get(new ProjectId(id)));
            model.addAttribute("stale", true);
            return "projects/delete";
        }
    }

    @PostMapping("/{id}/members")
    String addMember(@PathVariable long id, @RequestParam long personId,
                     @RequestParam(defaultValue = "false") boolean canEdit, @RequestParam long version) {
        projects.addMember(new ProjectId(id), new UserId(personId), canEdit, version);
        return "redirect:/projects/" + id + "?tab=team";
    }

    @PostMapping("/{id}/members/{personId}/remove")
    String removeMember(@PathVariable long id, @PathVariable long personId, @RequestParam long version) {
        projects.removeMember(new ProjectId(id), new UserId(personId), version);
        return "redirect:/projects/" + id + "?tab=team";
    }

    private String form(Model model, ProjectView project) {
        model.addAttribute("project", project);
        // the portfolios the user may put the project in, and the one it is in
        model.addAttribute("portfolios", portfolios.portfolios().stream()
                .filter(p -> p.editable() || (project != null && p.id() == project.portfolio().id())).toList());
        model.addAttribute("programmes", portfolios.programmes(null));
        model.addAttribute("people", people.all());
        model.addAttribute("objectives", portfolios.objectives());
        model.addAttribute("customFieldDefinitions", customFields.forProjects());
        addChoices(model);
        return "projects/form";
    }

    private static void addChoices(Model model) {
        model.addAttribute("states", ProjectState.values());
        model.addAttribute("phases", LifecyclePhase.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("healths", Rag.values());
    }
}
