package org.lodestar.status.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.status.ComputedHealth;
import org.lodestar.status.CycleScope;
import org.lodestar.status.CycleView;
import org.lodestar.status.Dimension;
import org.lodestar.status.Frequency;
import org.lodestar.status.ReportView;
import org.lodestar.status.ReportingCycles;
import org.lodestar.status.StatusPage;
import org.lodestar.status.StatusReports;
import org.lodestar.status.ThresholdCommand;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Status reporting in the web UI: a project's report history, the report form and its workflow, cycles. */
@Controller
class StatusPagesController implements AuthorisedFirst {

    private final StatusReports reports;
    private final ReportingCycles cycles;
    private final ComputedHealth health;
    private final PortfolioRegistry portfolios;
    private final OrganisationRights rights;
    private final StatusWrites writes;

    StatusPagesController(StatusReports reports, ReportingCycles cycles, ComputedHealth health,
                          PortfolioRegistry portfolios, OrganisationRights rights, StatusWrites writes) {
        this.writes = writes;
        this.reports = reports;
        this.cycles = cycles;
        this.health = health;
        this.portfolios = portfolios;
        this.rights = rights;
    }

    /** Writes are refused before the form is bound to whoever may not take them at all (as through the API). */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long id = AuthorisedFirst.id(path, "id");
        writes.authorise(handler, "start".equals(handler) ? id : null, "start".equals(handler) ? null : id);
    }

    @GetMapping("/projects/{id}/status")
    String history(@PathVariable long id, Model model) {
        StatusPage page = reports.page(id);
        model.addAttribute("history", page.history());
        model.addAttribute("project", page.project());
        model.addAttribute("health", page.health());
        model.addAttribute("currentPeriod", page.currentPeriod());
        model.addAttribute("dimensions", Dimension.values());
        return "status/history";
    }

    @PostMapping("/projects/{id}/status/reports")
    String start(@PathVariable long id) {
        return "redirect:/status/reports/" + reports.start(id, null).id();
    }

    @GetMapping("/status/reports/{id}")
    String report(@PathVariable long id, Model model) {
        ReportView report = reports.get(id);
        if (report.editable()) model.addAttribute("form", ReportForm.of(report).withSpareRows());
        return page(report, model);
    }

    @PostMapping("/status/reports/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") ReportForm form, BindingResult errors,
                @RequestParam(defaultValue = "save") String action, Model model) {
        if (!errors.hasErrors()) {
            try {
                ReportView saved = reports.edit(id, form.toCommand());
                if (action.equals("submit")) {
                    form.setVersion(saved.version());
                    reports.submit(id, saved.version());
                }
                return "redirect:/status/reports/" + id;
            } catch (InvalidInputException invalid) {
                invalid.rejectInto(errors);
            } catch (StaleVersionException stale) {
                model.addAttribute("stale", true);
            }
        }
        form.withSpareRows();
        return page(reports.get(id), model);
    }

    @PostMapping("/status/reports/{id}/return")
    String returnReport(@PathVariable long id, @RequestParam(defaultValue = "") String reviewComment,
                        @RequestParam long version, Model model) {
        return act(id, model, () -> reports.returnWithComments(id, reviewComment, version), reviewComment);
    }

    @PostMapping("/status/reports/{id}/publish")
    String publish(@PathVariable long id, @RequestParam long version, Model model) {
        return act(id, model, () -> reports.publish(id, version), null);
    }

    @PostMapping("/status/reports/{id}/revise")
    String revise(@PathVariable long id) {
        return "redirect:/status/reports/" + reports.revise(id).id();
    }

    private String act(long id, Model model, Supplier<ReportView> action, String reviewComment) {
        try {
            action.get();
            return "redirect:/status/reports/" + id;
        } catch (InvalidInputException invalid) {
            model.addAttribute("reviewProblems", invalid.problems());
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        }
        model.addAttribute("reviewComment", reviewComment);
        return page(reports.get(id), model);
    }

    private String page(ReportView report, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("health", health.forProject(report.project().id()));
        return "status/report";
    }

    @GetMapping("/status/cycles")
    String cycles(Model model) {
        model.addAttribute("cycles", cycles.all());
        model.addAttribute("canEdit", rights.may(OrganisationAct.SET_REPORTING_CYCLES));
        model.addAttribute("thresholds", health.thresholds());
        Map<Integer, String> dayNames = new HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            dayNames.put(day.getValue(), day.getDisplayName(TextStyle.FULL, LocaleContextHolder.getLocale()));
        }
        model.addAttribute("dayNames", dayNames);
        return "status/cycles";
    }

    /** The PMO sets an indicator's thresholds from the cycles page. */
    @PostMapping("/status/thresholds/{indicator}")
    String setThresholds(@PathVariable String indicator, @RequestParam(required = false) Double amberAt,
                         @RequestParam(required = false) Double redAt, @RequestParam long version, Model model) {
        try {
            health.setThresholds(indicator, new ThresholdCommand(amberAt, redAt, version));
            return "redirect:/status/cycles";
        } catch (InvalidInputException invalid) {
            model.addAttribute("thresholdProblems", invalid.problems());
            model.addAttribute("thresholdIndicator", indicator);
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        }
        return cycles(model);
    }

    @GetMapping("/status/cycles/new")
    String newCycle(Model model) {
        requirePmo();
        model.addAttribute("form", new CycleForm());
        return cycleForm(model, null);
    }

    @PostMapping("/status/cycles")
    String createCycle(@ModelAttribute("form") CycleForm form, BindingResult errors, Model model) {
        return saveCycle(form, errors, model, null);
    }

    @GetMapping("/status/cycles/{id}/edit")
    String editCycle(@PathVariable long id, Model model) {
        requirePmo();
        CycleView cycle = cycles.get(id);
        model.addAttribute("form", CycleForm.of(cycle));
        return cycleForm(model, cycle);
    }

    @PostMapping("/status/cycles/{id}")
    String changeCycle(@PathVariable long id, @ModelAttribute("form") CycleForm form, BindingResult errors,
                       Model model) {
        return saveCycle(form, errors, model, cycles.get(id));
    }

    private String saveCycle(CycleForm form, BindingResult errors, Model model, CycleView existing) {
        if (!errors.hasErrors()) {
            try {
                if (existing == null) cycles.create(form.toCommand());
                else cycles.change(existing.id(), form.toCommand());
                return "redirect:/status/cycles";
            } catch (InvalidInputException invalid) {
                invalid.rejectInto(errors);
            } catch (StaleVersionException stale) {
                model.addAttribute("stale", true);
            }
        }
        return cycleForm(model, existing);
    }

    private String cycleForm(Model model, CycleView existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("scopes", CycleScope.values());
        model.addAttribute("portfolios", portfolios.portfolios());
        model.addAttribute("programmes", portfolios.programmes(null));
        return "status/cycle-form";
    }

    private void requirePmo() {
        rights.require(OrganisationAct.SET_REPORTING_CYCLES);
    }
}
