package org.lodestar.performance.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.performance.KpiCommand;
import org.lodestar.performance.KpiDirection;
import org.lodestar.performance.KpiDrillDown;
import org.lodestar.performance.KpiUnit;
import org.lodestar.performance.KpiView;
import org.lodestar.performance.Kpis;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.FormValues;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.People;
import org.lodestar.platform.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The KPI dashboard in the web UI: a card per KPI (its latest value and rating, the change since the month before
 * and an 18-month trend), the form to define a custom KPI, and a KPI's page (its trend beside its target, every
 * month's value, and the projects, requests or risks behind a month's value, with the distribution of each measure).
 */
@Controller
class KpiPagesController implements AuthorisedFirst {

    static final int MONTHS_ON_CARDS = 18;

    private final Kpis kpis;
    private final OrganisationRights rights;
    private final People people;

    KpiPagesController(Kpis kpis, OrganisationRights rights, People people) {
        this.kpis = kpis;
        this.rights = rights;
        this.people = people;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        rights.require(OrganisationAct.DEFINE_KPIS); // every form of these pages defines KPIs or sets targets
    }

    /** A KPI on the dashboard: its figures as written in the reader's language and its last months' trend. */
    record Card(KpiView kpi, BigDecimal latest, BigDecimal change, KpiChart.Trend trend) {
    }

    @GetMapping("/pmo/kpis")
    String dashboard(Model model) {
        List<Card> cards = kpis.dashboard().stream().map(kpi -> {
            List<KpiView.Point> last = kpi.history().subList(Math.max(0, kpi.history().size() - MONTHS_ON_CARDS),
                    kpi.history().size());
            return new Card(kpi, rounded(kpi.latest(), kpi.unit()), rounded(kpi.change(), kpi.unit()),
                    KpiChart.trend(last, kpi.target(), 220, 56));
        }).toList();
        model.addAttribute("cards", cards);
        model.addAttribute("definer", rights.may(OrganisationAct.DEFINE_KPIS));
        if (!model.containsAttribute("measures")) model.addAttribute("measures", kpis.measures());
        model.addAttribute("units", KpiUnit.values());
        model.addAttribute("directions", KpiDirection.values());
        return "performance/kpis";
    }

    @PostMapping("/pmo/kpis")
    String define(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String definition, @RequestParam(required = false) String formula,
                  @RequestParam(required = false) KpiUnit unit, @RequestParam(required = false) KpiDirection direction,
                  @RequestParam(required = false) String target, @RequestParam(required = false) String amberLimit,
                  Model model) {
        try {
            KpiView defined = kpis.define(new KpiCommand.Define(code, name, definition, formula, unit, direction,
                    FormValues.decimal(target, "target"), FormValues.decimal(amberLimit, "amberLimit"), null));
            return "redirect:/pmo/kpis/" + defined.code();
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
            model.addAttribute("form", form(code, name, definition, formula, unit, direction, target, amberLimit));
            return dashboard(model);
        }
    }

    @PostMapping("/pmo/kpis/compute")
    String computeNow() {
        kpis.computeNow();
        return "redirect:/pmo/kpis";
    }

    @GetMapping("/pmo/kpis/{code}")
    String kpi(@PathVariable String code, @RequestParam(required = false) String month, Model model) {
        KpiDrillDown drill = kpis.drillDown(code, month(month));
        KpiView kpi = drill.kpi();
        model.addAttribute("drill", drill);
        model.addAttribute("kpi", kpi);
        model.addAttribute("value", rounded(drill.value(), kpi.unit()));
        model.addAttribute("trend", KpiChart.trend(kpi.history(), kpi.target(), 640, 200));
        Map<String, KpiChart.Histogram> distributions = new LinkedHashMap<>();
        for (KpiDrillDown.MeasureSamples measure : drill.measures()) {
            if (measure.unit() == KpiUnit.COUNT) continue;
            KpiChart.Histogram histogram = KpiChart.histogram(measure.samples().stream()
                    .mapToDouble(s -> s.value()).toArray(), 320, 90);
            if (histogram != null) distributions.put(measure.name(), histogram);
        }
        model.addAttribute("distributions", distributions);
        model.addAttribute("definer", rights.may(OrganisationAct.DEFINE_KPIS));
        if (rights.may(OrganisationAct.DEFINE_KPIS)) model.addAttribute("people", people.all());
        return "performance/kpi";
    }

    @PostMapping("/pmo/kpis/{code}/targets")
    String setTargets(@PathVariable String code, @RequestParam(required = false) String target,
                      @RequestParam(required = false) String amberLimit, @RequestParam(required = false) Long ownerId,
                      @RequestParam(required = false) Long version, Model model) {
        try {
            kpis.setTargets(code, new KpiCommand.Targets(FormValues.decimal(target, "target"), FormValues.decimal(amberLimit, "amberLimit"),
                    ownerId, version));
            return "redirect:/pmo/kpis/" + code;
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        }
        return kpi(code, null, model);
    }

    private static LocalDate month(String month) {
        if (month == null || month.isBlank()) return null;
        try {
            return YearMonth.parse(month).atDay(1);
        } catch (DateTimeParseException notAMonth) {
            throw new NotFoundException("month " + month);
        }
    }

    private static Map<String, Object> form(String code, String name, String definition, String formula, KpiUnit unit,
                                            KpiDirection direction, String target, String amberLimit) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("name", name);
        form.put("definition", definition);
        form.put("formula", formula);
        form.put("unit", unit);
        form.put("direction", direction);
        form.put("target", target);
        form.put("amberLimit", amberLimit);
        return form;
    }

    /** A value to show: one decimal, two for ratios; null stays null. */
    static BigDecimal rounded(Double value, KpiUnit unit) {
        if (value == null) return null;
        return BigDecimal.valueOf(value).setScale(unit == KpiUnit.RATIO ? 2 : 1, RoundingMode.HALF_UP);
    }
}
