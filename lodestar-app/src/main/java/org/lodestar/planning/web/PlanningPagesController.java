package org.lodestar.planning.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.planning.BaselineView;
import org.lodestar.planning.Baselines;
import org.lodestar.planning.CalendarCommand;
import org.lodestar.planning.CalendarView;
import org.lodestar.planning.Calendars;
import org.lodestar.planning.PlanView;
import org.lodestar.planning.ProjectCalendars;
import org.lodestar.planning.ProjectPlans;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The planning pages beside the plan itself: milestones, baselines and calendars. */
@Controller
class PlanningPagesController {

    private final ProjectPlans plans;
    private final Baselines baselines;
    private final Calendars calendars;
    private final ProjectRegistry projects;
    private final PortfolioRegistry portfolios;
    private final ProjectCalendars projectCalendars;

    PlanningPagesController(ProjectPlans plans, Baselines baselines, Calendars calendars, ProjectRegistry projects,
                            PortfolioRegistry portfolios, ProjectCalendars projectCalendars) {
        this.projectCalendars = projectCalendars;
        this.plans = plans;
        this.baselines = baselines;
        this.calendars = calendars;
        this.projects = projects;
        this.portfolios = portfolios;
    }

    /** What the Planning entry opens: the reader's plans (or all they see), with the planning pages beside them. */
    @GetMapping("/planning")
    String plans(@RequestParam(required = false) Boolean mine, @RequestParam(defaultValue = "0") int page,
                 Model model) {
        model.addAttribute("plans", plans.plans(mine, page));
        return "planning/plans";
    }

    @GetMapping("/projects/{id}/milestones")
    String milestones(@PathVariable long id, Model model) {
        model.addAttribute("milestones", plans.milestones(new ProjectId(id)));
        model.addAttribute("project", projects.get(new ProjectId(id)));
        return "planning/milestones";
    }

    @GetMapping("/milestones")
    String upcoming(@RequestParam(required = false) Long portfolioId, @RequestParam(defaultValue = "30") int days,
                    Model model) {
        int horizon = days == 60 || days == 90 ? days : 30;
        model.addAttribute("milestones", plans.upcomingMilestones(portfolioId, horizon));
        model.addAttribute("portfolios", portfolios.portfolios());
        model.addAttribute("portfolioId", portfolioId);
        model.addAttribute("days", horizon);
        return "planning/upcoming-milestones";
    }

    @GetMapping("/projects/{id}/baselines")
    String baselines(@PathVariable long id, @RequestParam(required = false) Integer compare, Model model) {
        ProjectId project = new ProjectId(id);
        List<BaselineView> saved = baselines.list(project);
        Integer chosen = compare != null ? compare : saved.isEmpty() ? null : saved.get(0).number();
        model.addAttribute("project", projects.get(project));
        model.addAttribute("baselines", saved);
        model.addAttribute("compare", chosen);
        if (chosen != null && saved.stream().anyMatch(baseline -> baseline.number() == chosen)) {
            model.addAttribute("variance", baselines.variance(project, chosen));
        }
        return "planning/baselines";
    }

    @PostMapping("/projects/{id}/baselines")
    String saveBaseline(@PathVariable long id, @RequestParam int number, @RequestParam(required = false) String name) {
        baselines.save(new ProjectId(id), number, name);
        return "redirect:/projects/" + id + "/baselines?compare=" + number;
    }

    @PostMapping("/projects/{id}/baselines/{number}/delete")
    String deleteBaseline(@PathVariable long id, @PathVariable int number) {
        baselines.delete(new ProjectId(id), number);
        return "redirect:/projects/" + id + "/baselines";
    }

    @GetMapping("/calendars")
    String calendars(Model model) {
        model.addAttribute("calendars", calendars.list(null));
        return "planning/calendars";
    }

    /** The calendar a project's plan uses; its editors may give the project a calendar of its own. */
    @GetMapping("/projects/{id}/calendar")
    String projectCalendar(@PathVariable long id, Model model) {
        PlanView plan = plans.plan(new ProjectId(id));
        CalendarView calendar = calendars.get(plan.calendarId());
        if (calendar.projectId() != null) return "redirect:/calendars/" + calendar.id();
        return calendarPage(calendar, CalendarForm.of(calendar), projects.get(new ProjectId(id)), model);
    }

    @PostMapping("/projects/{id}/calendar")
    String createProjectCalendar(@PathVariable long id) {
        try {
            return "redirect:/calendars/" + projectCalendars.giveOwnCalendar(new ProjectId(id)).id();
        } catch (org.lodestar.platform.UnprocessableException alreadyOwn) {
            // the form sent again (or from a stale page): show the calendar the project has, and say so
            return "redirect:/calendars/" + alreadyOwn.properties().get("calendarId") + "?alreadyOwn";
        }
    }

    @GetMapping("/calendars/{id}")
    String calendar(@PathVariable long id, Model model) {
        CalendarView calendar = calendars.get(id);
        return calendarPage(calendar, CalendarForm.of(calendar), owner(calendar), model);
    }

    @PostMapping("/calendars/{id}")
    String changeCalendar(@PathVariable long id, @ModelAttribute("form") CalendarForm form, BindingResult errors,
                          Model model) {
        CalendarView calendar = calendars.get(id);
        try {
            calendars.change(id, form.toCommand(calendar.exceptions()));
            return "redirect:/calendars/" + id;
        } catch (InvalidInputException invalid) {
            invalid.rejectInto(errors);
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        }
        return calendarPage(calendar, form, owner(calendar), model);
    }

    @PostMapping("/calendars/{id}/exceptions")
    String addException(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String name,
                        @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                        @RequestParam(required = false) String hours, Model model) {
        CalendarView calendar = calendars.get(id);
        List<CalendarView.Exception> exceptions = new ArrayList<>(calendar.exceptions());
        exceptions.add(new CalendarView.Exception(name, from, to == null ? from : to, CalendarForm.periods(hours)));
        return changeExceptions(calendar, exceptions, version, model);
    }

    @PostMapping("/calendars/{id}/exceptions/{index}/remove")
    String removeException(@PathVariable long id, @PathVariable int index, @RequestParam long version, Model model) {
        CalendarView calendar = calendars.get(id);
        List<CalendarView.Exception> exceptions = new ArrayList<>(calendar.exceptions());
        if (index >= 0 && index < exceptions.size()) exceptions.remove(index);
        return changeExceptions(calendar, exceptions, version, model);
    }

    private String changeExceptions(CalendarView calendar, List<CalendarView.Exception> exceptions, long version,
                                    Model model) {
        CalendarCommand command = new CalendarCommand(calendar.name(), null, calendar.minutesPerDay(),
                calendar.minutesPerWeek(), calendar.daysPerMonth(), calendar.week(), exceptions, version);
        try {
            calendars.change(calendar.id(), command);
            return "redirect:/calendars/" + calendar.id();
        } catch (InvalidInputException invalid) {
            model.addAttribute("exceptionProblems", invalid.problems());
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        }
        return calendarPage(calendar, CalendarForm.of(calendar), owner(calendar), model);
    }

    private ProjectView owner(CalendarView calendar) {
        return calendar.projectId() == null ? null : projects.get(new ProjectId(calendar.projectId()));
    }

    private String calendarPage(CalendarView calendar, CalendarForm form, ProjectView project, Model model) {
        model.addAttribute("calendar", calendar);
        model.addAttribute("form", form);
        model.addAttribute("project", project);
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        List<String> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) days.add(day.getDisplayName(TextStyle.FULL, locale));
        model.addAttribute("dayNames", days);
        model.addAttribute("hoursText", calendar.exceptions().stream().map(e -> CalendarForm.text(e.hours())).toList());
        return "planning/calendar";
    }
}
