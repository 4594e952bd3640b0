package org.lodestar.timesheets.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.RuleException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.timesheets.TimesheetCommand;
import org.lodestar.timesheets.TimesheetDecision;
import org.lodestar.timesheets.TimesheetRights;
import org.lodestar.timesheets.TimesheetView;
import org.lodestar.timesheets.Timesheets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Timesheets in the web UI: "My timesheet" (the weekly grid of the tasks of the projects the person works on,
 * totals per day and line, save and submit), the approval queue (approve, return with a reason), closing a month
 * (PMO) and the CSV export of approved hours.
 */
@Controller
class TimesheetPagesController implements AuthorisedFirst {

    private final Timesheets timesheets;
    private final TimesheetRights rights;
    private final CurrentUser currentUser;
    private final Clock clock;

    TimesheetPagesController(Timesheets timesheets, TimesheetRights rights, CurrentUser currentUser, Clock clock) {
        this.timesheets = timesheets;
        this.rights = rights;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A row of the grid: a task, its hours as shown (typed text after a refusal), its total, and whether its
     * project's hours are approved (then read-only).
     */
    record GridRow(long projectId, String projectCode, long taskId, String taskName, List<String> hours,
                   BigDecimal total, boolean approved) {
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long id = AuthorisedFirst.id(path, "id");
        switch (handler) {
            case "week", "save", "approvals", "export" -> rights.requireKeeper();
            case "approve" -> {
                if (id != null) timesheets.authorise(id, "approve", null);
            }
            case "giveBack" -> {
                if (id != null) timesheets.authorise(id, "return", null);
            }
            case "approveProject" -> {
                Long project = AuthorisedFirst.id(path, "projectId");
                if (id != null && project != null) timesheets.authorise(id, "approveProject", project);
            }
            case "close" -> rights.requireClosePeriods();
            default -> { }
        }
    }

    @GetMapping("/timesheets")
    String week(@RequestParam(required = false) String week, Model model) {
        return page(day(week), model);
    }

    /** Saves the grid (rows without hours left out) and, with {@code submit}, submits it. */
    @PostMapping("/timesheets")
    String save(@ModelAttribute("form") TimesheetForm form, @RequestParam(required = false) String submit,
                Model model) {
        LocalDate weekStart = day(form.getWeekStart());
        InvalidInputException.Collector typed = new InvalidInputException.Collector();
        List<TimesheetCommand.Line> lines = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < form.getLines().size(); r++) {
            TimesheetForm.Row row = form.getLines().get(r);
            if (row == null) continue;
            List<BigDecimal> hours = new ArrayList<>();
            boolean any = false;
            for (int d = 0; d < row.getHours().size(); d++) {
                String text = row.getHours().get(d) == null ? "" : row.getHours().get(d).strip().replace(',', '.');
                if (text.isEmpty()) {
                    hours.add(null);
                    continue;
                }
                try {
                    BigDecimal value = new BigDecimal(text);
                    hours.add(value);
                    any |= value.signum() != 0;
                } catch (NumberFormatException notANumber) {
                    typed.add("lines[" + r + "].hours[" + d + "]", "timesheet.validation.number", text);
                    hours.add(null);
                }
            }
            if (!any) continue;
            rows.add(r);
            lines.add(new TimesheetCommand.Line(row.getProjectId(), row.getTaskId(), hours));
        }
        try {
            typed.throwIfAny();
            TimesheetView saved = timesheets.save(new TimesheetCommand(weekStart, lines, form.getVersion()));
            if (submit != null) timesheets.submit(saved.id(), saved.version());
            return "redirect:/timesheets?week=" + weekStart;
        } catch (InvalidInputException invalid) {
            // the service names the lines it was sent; the page names its rows
            List<InvalidInputException.FieldProblem> problems = invalid.problems().stream()
                    .map(problem -> new InvalidInputException.FieldProblem(row(problem.field(), rows),
                            problem.messageKey(), problem.arguments(), problem.message())).toList();
            model.addAttribute("problems", problems);
            Set<String> fields = new HashSet<>();
            problems.forEach(problem -> fields.add(problem.field()));
            model.addAttribute("problemFields", fields);
            model.addAttribute("typed", form);
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        } catch (RuleException refused) {
            model.addAttribute("refused", refused);
        }
        return page(weekStart, model);
    }

    @GetMapping("/timesheets/approvals")
    String approvals(Model model) {
        model.addAttribute("sheets", timesheets.queue());
        model.addAttribute("periods", timesheets.closedPeriods());
        model.addAttribute("closesPeriods", OrganisationAct.CLOSE_TIMESHEET_PERIODS.allows(currentUser.actor()));
        model.addAttribute("lastMonth", YearMonth.now(clock).minusMonths(1).toString());
        return "timesheets/approvals";
    }

    @PostMapping("/timesheets/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) Long version, Model model) {
        return act(model, () -> timesheets.approve(id, new TimesheetDecision(null, version)));
    }

    @PostMapping("/timesheets/{id}/projects/{projectId}/approve")
    String approveProject(@PathVariable long id, @PathVariable long projectId,
                          @RequestParam(required = false) Long version, Model model) {
        return act(model, () -> timesheets.approveProject(id, projectId, new TimesheetDecision(null, version)));
    }

    @PostMapping("/timesheets/{id}/return")
    String giveBack(@PathVariable long id, @RequestParam(required = false) Long version,
                    @RequestParam(required = false) String reason, Model model) {
        return act(model, () -> timesheets.giveBack(id, new TimesheetDecision(reason, version)));
    }

    @PostMapping("/timesheets/periods")
    String close(@RequestParam(required = false) String month, Model model) {
        return act(model, () -> {
            try {
                timesheets.closePeriod(month == null || month.isBlank() ? null : YearMonth.parse(month.strip()));
            } catch (DateTimeParseException notAMonth) {
                throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("month",
                        "timesheet.validation.month", month)));
            }
            return null;
        });
    }

    @GetMapping("/timesheets/approved-hours.csv")
    ResponseEntity<String> export(@RequestParam(required = false) String month,
                                  @RequestParam(required = false) Long projectId) {
        YearMonth period = month == null || !month.strip().matches("\\d{4}-(0[1-9]|1[0-2])") ? null
                : YearMonth.parse(month.strip());
        String csv;
        try {
            csv = timesheets.approvedHoursCsv(period, projectId);
        } catch (InvalidInputException missingMonth) {
            // a download link always carries its month: a request without one is malformed, after the rights check
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"approved-hours-" + period + ".csv\"")
                .body(csv);
    }

    /** Takes the act and goes back to the queue; a refusal is shown there. */
    private String act(Model model, Supplier<TimesheetView> act) {
        try {
            act.get();
            return "redirect:/timesheets/approvals";
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        } catch (RuleException refused) {
            model.addAttribute("refused", refused);
        }
        return approvals(model);
    }

    private String page(LocalDate day, Model model) {
        Timesheets.Week week = timesheets.week(day);
        model.addAttribute("week", week);
        model.addAttribute("sheet", week.sheet());
        TimesheetForm typed = (TimesheetForm) model.getAttribute("typed");
        List<GridRow> grid = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (TimesheetView.LineView line : week.sheet().lines()) {
            shown.add(line.projectId() + ":" + line.taskId());
            grid.add(new GridRow(line.projectId(), line.projectCode(), line.taskId(), line.taskName(),
                    line.hours().stream().map(TimesheetPagesController::text).toList(), line.total(), line.approved()));
        }
        if (week.sheet().editable()) {
            for (Timesheets.TimesheetTask task : week.tasks()) {
                if (!shown.add(task.projectId() + ":" + task.taskId())) continue;
                grid.add(new GridRow(task.projectId(), task.projectCode(), task.taskId(),
                        task.wbs() + " " + task.name(), List.of("", "", "", "", "", "", ""), BigDecimal.ZERO, false));
            }
        }
        if (typed != null) {
            // after a refusal the grid shows what was typed, row by row as posted
            for (int r = 0; r < grid.size() && r < typed.getLines().size(); r++) {
                GridRow row = grid.get(r);
                TimesheetForm.Row posted = typed.getLines().get(r);
                if (posted == null) continue;
                List<String> hours = new ArrayList<>(posted.getHours());
                while (hours.size() < 7) hours.add("");
                grid.set(r, new GridRow(row.projectId(), row.projectCode(), row.taskId(), row.taskName(),
                        hours.subList(0, 7), row.total(), row.approved()));
            }
        }
        model.addAttribute("grid", grid);
        if (!model.containsAttribute("problemFields")) model.addAttribute("problemFields", Set.of());
        return "timesheets/week";
    }

    private static String text(BigDecimal hours) {
        return hours.signum() == 0 ? "" : hours.stripTrailingZeros().toPlainString();
    }

    private static String row(String field, List<Integer> rows) {
        if (field == null || !field.startsWith("lines[")) return field;
        int end = field.indexOf(']');
        int index = Integer.parseInt(field.substring(6, end));
        return index < rows.size() ? "lines[" + rows.get(index) + "]" + field.substring(end + 1) : field;
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return Timesheets.monday(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
