package org.lodestar.governance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lodestar.governance.Answer;
import org.lodestar.governance.ClosureCommand;
import org.lodestar.governance.ProjectClosures;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.InvalidInputException.FieldProblem;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.platform.Texts;
import org.lodestar.portfolio.ProjectId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A project's closure report in the web UI: the project's editors write it, the gate board accepts it (which closes
 * the project). Each form calls one act of {@link ProjectClosures}; a refusal is shown above the form, which keeps
 * what was typed.
 */
@Controller
class ClosurePagesController implements AuthorisedFirst {

    private final ProjectClosures closures;
    private final GovernanceWrites writes;
    private final MessageSource messages;

    ClosurePagesController(ProjectClosures closures, GovernanceWrites writes, MessageSource messages) {
        this.closures = closures;
        this.writes = writes;
        this.messages = messages;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        writes.authorise(handler, AuthorisedFirst.id(path, "id"));
    }

    @GetMapping("/projects/{id}/closure")
    String closure(@PathVariable long id, Model model) {
        model.addAttribute("closure", closures.get(new ProjectId(id)));
        model.addAttribute("answers", Answer.values());
        return "governance/closure";
    }

    @PostMapping("/projects/{id}/closure")
    String writeClosure(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
        return act(id, model, form, () -> {
            List<FieldProblem> problems = new ArrayList<>();
            Map<String, Answer> checklist = new LinkedHashMap<>();
            form.forEach((name, value) -> {
                if (!name.startsWith("checklist.") || Texts.blankToNull(value) == null) return;
                try {
                    checklist.put(name.substring("checklist.".length()), Answer.valueOf(value));
                } catch (IllegalArgumentException unknown) {
                    problems.add(new FieldProblem(name, "validation.reference.unknown"));
                }
            });
            LocalDate start = date(form.get("finalStart"), "finalStart", problems);
            LocalDate finish = date(form.get("finalFinish"), "finalFinish", problems);
            BigDecimal cost = null;
            String typedCost = Texts.blankToNull(form.get("finalCost"));
            if (typedCost != null) {
                try {
                    cost = new BigDecimal(typedCost.strip());
                } catch (NumberFormatException bad) {
                    problems.add(new FieldProblem("finalCost", "governance.closure.cost"));
                }
            }
            if (!problems.isEmpty()) throw new InvalidInputException(problems);
            String version = Texts.blankToNull(form.get("version"));
            return closures.write(new ProjectId(id), new ClosureCommand.Write(checklist, form.get("objectivesMet"),
                    start, finish, cost, form.get("lessons"), form.get("benefitsOwner"),
                    version == null || !version.matches("[0-9]{1,18}") ? null : Long.valueOf(version)));
        });
    }

    @PostMapping("/projects/{id}/closure/acceptance")
    String acceptClosure(@PathVariable long id, @RequestParam(required = false) Long version, Model model) {
        return act(id, model, null, () -> closures.accept(new ProjectId(id), new ClosureCommand.Accept(version)));
    }

    private static LocalDate date(String typed, String field, List<FieldProblem> problems) {
        String text = Texts.blankToNull(typed);
        if (text == null) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException bad) {
            problems.add(new FieldProblem(field, "validation.type", text));
            return null;
        }
    }

    private String act(long id, Model model, Map<String, String> typed, Supplier<Object> action) {
        try {
            action.get();
            return "redirect:/projects/" + id + "/closure";
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems().stream()
                    .map(problem -> problem.text(messages, LocaleContextHolder.getLocale())).toList());
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        }
        model.addAttribute("typed", typed);
        return closure(id, model);
    }
}
