package org.lodestar.finance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lodestar.finance.EarningMethods;
import org.lodestar.finance.EarningMethods.EarningMethodCommand;
import org.lodestar.finance.EarningMethods.MilestoneLine;
import org.lodestar.finance.EarningMethods.MilestonesCommand;
import org.lodestar.finance.EarningMethods.ReachCommand;
import org.lodestar.finance.EarningMethods.UnreachCommand;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The acts of the Finance tab's "How tasks earn" section: choose a task's method, define its milestones, mark one
 * reached or not. Each goes back to the tab (post, redirect, get); a refusal comes back as flash attributes with its
 * messages in the reader's language, naming the task (and the milestone's row), the task's milestones form open.
 */
@Controller
class EarningPagesController implements AuthorisedFirst {

    private static final Pattern ROW = Pattern.compile("milestones\\[(\\d+)]\\..*");

    private final EarningMethods earningMethods;
    private final ProjectRights rights;
    private final MessageSource messages;

    EarningPagesController(EarningMethods earningMethods, ProjectRights rights, MessageSource messages) {
        this.earningMethods = earningMethods;
        this.rights = rights;
        this.messages = messages;
    }

    /** Every act is the project's editors': refused before the form is read to anyone else. */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long id = AuthorisedFirst.id(path, "id");
        if (id != null) rights.require(new ProjectId(id), ProjectRight.EDIT);
    }

    @PostMapping("/projects/{id}/finance/tasks/{taskId}/method")
    String method(@PathVariable long id, @PathVariable long taskId, @RequestParam(required = false) String method,
                  @RequestParam(required = false) String name, RedirectAttributes redirect) {
        return act(id, taskId, name, redirect, List.of(),
                () -> earningMethods.set(id, taskId, new EarningMethodCommand(method)));
    }

    /** The form's rows: a row left wholly empty is dropped, the others are the milestones in order. */
    @PostMapping("/projects/{id}/finance/tasks/{taskId}/milestones")
    String milestones(@PathVariable long id, @PathVariable long taskId,
                      @RequestParam(required = false) String name, HttpServletRequest request,
                      RedirectAttributes redirect) {
        // each row's fields as sent, never split at commas (a name may hold one, a weight may be 1,5)
        List<String> names = values(request, "milestoneName");
        List<String> weights = values(request, "milestoneWeight");
        List<String> reached = values(request, "milestoneReachedOn");
        List<MilestoneLine> lines = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        Locale locale = LocaleContextHolder.getLocale();
        int count = Math.max(size(names), Math.max(size(weights), size(reached)));
        for (int row = 0; row < count; row++) {
            String text = at(names, row), weight = at(weights, row), day = at(reached, row);
            if (text.isEmpty() && weight.isEmpty() && day.isEmpty()) continue;
            BigDecimal number = null;
            LocalDate date = null;
            try {
                number = weight.isEmpty() ? null : new BigDecimal(weight.replace(',', '.'));
            } catch (NumberFormatException notANumber) {
                unreadable.add(row(name, row + 1, messages.getMessage("finance.milestones.weight",
                        new Object[] {EarningMethods.MAX_WEIGHT.toPlainString(), EarningMethods.WEIGHT_DECIMALS}, locale)));
                continue;
            }
            try {
                date = day.isEmpty() ? null : LocalDate.parse(day);
            } catch (DateTimeParseException notADay) {
                unreadable.add(row(name, row + 1, messages.getMessage("finance.milestones.reachedOn",
                        new Object[] {"–"}, locale)));
                continue;
            }
            lines.add(new MilestoneLine(text, number, date));
            rows.add(row + 1);
        }
        if (!unreadable.isEmpty()) {
            redirect.addFlashAttribute("earningProblems", unreadable);
            redirect.addFlashAttribute("earningTask", taskId);
            return back(id);
        }
        return act(id, taskId, name, redirect, rows,
                () -> earningMethods.defineMilestones(id, taskId, new MilestonesCommand(lines)));
    }

    @PostMapping("/projects/{id}/finance/tasks/{taskId}/milestones/reach")
    String reach(@PathVariable long id, @PathVariable long taskId, @RequestParam(required = false) Integer position,
                 @RequestParam(required = false) LocalDate reachedOn, @RequestParam(required = false) String name,
                 RedirectAttributes redirect) {
        return act(id, taskId, name, redirect, List.of(),
                () -> earningMethods.reach(id, taskId, new ReachCommand(position, reachedOn)));
    }

    @PostMapping("/projects/{id}/finance/tasks/{taskId}/milestones/unreach")
    String unreach(@PathVariable long id, @PathVariable long taskId, @RequestParam(required = false) Integer position,
                   @RequestParam(required = false) String name, RedirectAttributes redirect) {
        return act(id, taskId, name, redirect, List.of(),
                () -> earningMethods.unreach(id, taskId, new UnreachCommand(position)));
    }

    /** Takes the act and goes back to the tab; a refusal's messages go with it, each naming the task and row. */
    private String act(long id, long taskId, String name, RedirectAttributes redirect, List<Integer> rows,
                       Supplier<?> act) {
        try {
            act.get();
            redirect.addFlashAttribute("earningSaved", taskId);
        } catch (InvalidInputException invalid) {
            Locale locale = LocaleContextHolder.getLocale();
            List<String> texts = new ArrayList<>();
            for (InvalidInputException.FieldProblem problem : invalid.problems()) {
                String text = problem.text(messages, locale);
                Matcher row = ROW.matcher(problem.field());
                int index = row.matches() ? Integer.parseInt(row.group(1)) : -1;
                texts.add(index >= 0 && index < rows.size() ? row(name, rows.get(index), text)
                        : messages.getMessage("finance.earning.problem", new Object[] {label(name, taskId), text},
                        locale));
            }
            redirect.addFlashAttribute("earningProblems", texts);
            redirect.addFlashAttribute("earningTask", taskId);
        }
        return back(id);
    }

    private String row(String name, int row, String text) {
        return messages.getMessage("finance.earning.problemRow", new Object[] {name == null ? "" : name, row, text},
                LocaleContextHolder.getLocale());
    }

    private static String label(String name, long taskId) {
        return name == null || name.isBlank() ? "#" + taskId : name;
    }

    private static String back(long id) {
        return "redirect:/projects/" + id + "/finance#how-tasks-earn";
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int index) {
        return values == null || index >= values.size() || values.get(index) == null ? "" : values.get(index).strip();
    }
}
