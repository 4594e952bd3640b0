package org.lodestar.intake.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lodestar.intake.AhpResult;
import org.lodestar.intake.RequestDesk;
import org.lodestar.intake.ScorecardCommand;
import org.lodestar.intake.Scoring;
import org.lodestar.intake.ScoringModelView;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Scoring pages: models, their form, AHP weights, the ranked list and an evaluator's scorecard. */
@Controller
@RequestMapping("/scoring")
class ScoringController implements AuthorisedFirst {

    /** The values offered for a pairwise comparison, from "much less important" to "much more important". */
    static final List<String> PAIRWISE = List.of("1/9", "1/7", "1/5", "1/3", "1", "3", "5", "7", "9");

    private final Scoring scoring;
    private final RequestDesk desk;
    private final OrganisationRights rights;

    ScoringController(Scoring scoring, RequestDesk desk, OrganisationRights rights) {
        this.rights = rights;
        this.scoring = scoring;
        this.desk = desk;
    }

    /** Writes are refused before the form is bound to whoever may not take them at all (as through the API). */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        switch (handler) {
            case "create", "update" -> rights.require(OrganisationAct.DEFINE_SCORING_MODELS);
            // deriving weights is everyone's who scores; applying them to the model is checked by the service
            case "ahp", "score" -> rights.require(OrganisationAct.SCORE_REQUESTS);
            default -> { }
        }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("models", scoring.all());
        model.addAttribute("canDefine", scoring.canDefine());
        return "scoring/list";
    }

    @GetMapping("/{id}")
    String ranking(@PathVariable long id, Model model) {
        model.addAttribute("ranking", scoring.rank(id));
        model.addAttribute("canDefine", scoring.canDefine());
        return "scoring/ranking";
    }

    @GetMapping("/new")
    String newModel(Model model) {
        rights.require(OrganisationAct.DEFINE_SCORING_MODELS);
        model.addAttribute("form", ScoringModelForm.of(null));
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") ScoringModelForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) return form(model, null);
        try {
            return "redirect:/scoring/" + scoring.create(form.toCommand()).id();
        } catch (InvalidInputException invalid) {
            invalid.rejectInto(errors);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        rights.require(OrganisationAct.DEFINE_SCORING_MODELS);
        ScoringModelView view = scoring.get(id);
        model.addAttribute("form", ScoringModelForm.of(view));
        return form(model, view);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ScoringModelForm form, BindingResult errors,
                  Model model) {
        ScoringModelView view = scoring.get(id);
        if (errors.hasErrors()) return form(model, view);
        try {
            scoring.change(id, form.toCommand());
            return "redirect:/scoring/" + id;
        } catch (InvalidInputException invalid) {
            invalid.rejectInto(errors);
            return form(model, view);
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
            return form(model, view);
        }
    }

    @GetMapping("/{id}/ahp")
    String ahp(@PathVariable long id, Model model) {
        ScoringModelView view = scoring.get(id);
        int n = view.criteria().size();
        String[][] cells = new String[n][n];
        for (String[] row : cells) java.util.Arrays.fill(row, "1");
        return ahpPage(model, view, cells);
    }

    /** Derives the weights (action=derive) or also gives them to the model (action=apply). */
    @PostMapping("/{id}/ahp")
    String ahp(@PathVariable long id, @RequestParam Map<String, String> parameters, @RequestParam long version,
               @RequestParam(defaultValue = "derive") String action, Model model) {
        ScoringModelView view = scoring.get(id);
        int n = view.criteria().size();
        String[][] cells = new String[n][n];
        double[][] matrix = new double[n][n];
        for (int i = 0; i < n; i++) {
            matrix[i][i] = 1;
            cells[i][i] = "1";
            for (int j = i + 1; j < n; j++) {
                String value = parameters.getOrDefault("cell_" + i + "_" + j, "1");
                if (!PAIRWISE.contains(value)) value = "1";
                cells[i][j] = value;
                matrix[i][j] = parse(value);
                matrix[j][i] = 1 / matrix[i][j];
            }
        }
        try {
            AhpResult result = scoring.derive(matrix);
            model.addAttribute("result", result);
            if ("apply".equals(action)) {
                scoring.applyAhp(id, matrix, version);
                return "redirect:/scoring/" + id;
            }
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        }
        return ahpPage(model, view, cells);
    }

    private String ahpPage(Model model, ScoringModelView view, String[][] cells) {
        model.addAttribute("scoringModel", view);
        model.addAttribute("cells", cells);
        model.addAttribute("pairwise", PAIRWISE);
        return "scoring/ahp";
    }

    private static double parse(String value) {
        return value.startsWith("1/") ? 1.0 / Integer.parseInt(value.substring(2)) : Integer.parseInt(value);
    }

    @GetMapping("/{id}/requests/{requestId}")
    String scorecard(@PathVariable long id, @PathVariable long requestId, Model model) {
        model.addAttribute("entries", scoring.myScorecard(id, requestId));
        return scorecardPage(model, id, requestId);
    }

    @PostMapping("/{id}/requests/{requestId}")
    String score(@PathVariable long id, @PathVariable long requestId, @RequestParam Map<String, String> parameters,
                 Model model) {
        ScoringModelView view = scoring.get(id);
        List<BigDecimal> entries = new ArrayList<>();
        List<String> typed = new ArrayList<>();
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        for (int i = 0; i < view.criteria().size(); i++) {
            String value = parameters.getOrDefault("entries[" + i + "]", "").strip();
            typed.add(value);
            try {
                entries.add(value.isEmpty() ? null : new BigDecimal(value));
            } catch (NumberFormatException notANumber) {
                problems.add("entries[" + i + "]", "intake.validation.number");
                entries.add(null);
            }
        }
        try {
            problems.throwIfAny();
            scoring.score(id, requestId, new ScorecardCommand(entries));
            return "redirect:/scoring/" + id;
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
            model.addAttribute("entries", typed);
            return scorecardPage(model, id, requestId);
        }
    }

    private String scorecardPage(Model model, long id, long requestId) {
        model.addAttribute("scoringModel", scoring.get(id));
        model.addAttribute("request", desk.get(requestId));
        return "scoring/scorecard";
    }

    private String form(Model model, ScoringModelView view) {
        model.addAttribute("scoringModel", view);
        model.addAttribute("directions", org.lodestar.intake.CriterionDefinition.Direction.values());
        model.addAttribute("scales", org.lodestar.intake.CriterionDefinition.Scale.values());
        return "scoring/form";
    }
}
