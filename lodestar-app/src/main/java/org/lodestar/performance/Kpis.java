package org.lodestar.performance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lodestar.performance.internal.Kpi;
import org.lodestar.performance.internal.KpiSeries;
import org.lodestar.performance.internal.KpiStore;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditedChanges;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.UserId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KPI library: the shipped KPIs and the PMO's own, each month's value and what it was computed from. Read by
 * READ_KPIS; defining a KPI and setting targets and owners is DEFINE_KPIS, audited in its transaction. A custom
 * KPI's formula that does not parse, or names a measure no module samples, is 400 naming {@code formula} and the
 * position; a new KPI gets its values for every month already computed, from the stored samples.
 */
@Service
public class Kpis {

    static final String AUDIT_TYPE = "kpi";

    private final KpiStore store;
    private final KpiSeries series;
    private final KpiComputation computation;
    private final OrganisationRights rights;
    private final People people;
    private final InputValidation validation;
    private final AuditedChanges changes;
    private final MessageSource messages;
    private final Clock clock;
    private final AuditedChanges.Kind<Kpi> kind;

    Kpis(KpiStore store, KpiSeries series, KpiComputation computation, OrganisationRights rights, People people,
         InputValidation validation, AuditedChanges changes, MessageSource messages, Clock clock) {
        this.store = store;
        this.series = series;
        this.computation = computation;
        this.rights = rights;
        this.people = people;
        this.validation = validation;
        this.changes = changes;
        this.messages = messages;
        this.clock = clock;
        this.kind = new AuditedChanges.Kind<>(AUDIT_TYPE, store::findById, store::save, Kpi::id, Kpi::version,
                Kpi::code, this::snapshot);
    }

    /** Every KPI with its history: the dashboard. Shipped KPIs first. */
    @Transactional(readOnly = true)
    public List<KpiView> dashboard() {
        rights.require(OrganisationAct.READ_KPIS);
        List<KpiSeries.Period> periods = series.periods();
        Map<Long, Map<LocalDate, Double>> history = series.history();
        Map<Long, Person> names = people.byId();
        return store.findAllByOrderByShippedDescIdAsc().stream()
                .map(kpi -> view(kpi, periods, history.getOrDefault(kpi.id(), Map.of()), names)).toList();
    }

    /** The KPI's value in a month (the latest computed when null) and the samples behind it. */
    @Transactional(readOnly = true)
    public KpiDrillDown drillDown(String code, LocalDate month) {
        rights.require(OrganisationAct.READ_KPIS);
        Kpi kpi = store.findByCode(code).orElseThrow(() -> new NotFoundException("KPI " + code));
        List<KpiSeries.Period> periods = series.periods();
        Map<LocalDate, Double> values = series.history().getOrDefault(kpi.id(), Map.of());
        KpiView view = view(kpi, periods, values, people.byId());
        KpiSeries.Period period = month == null ? (periods.isEmpty() ? null : periods.get(periods.size() - 1))
                : periods.stream().filter(p -> p.period().equals(month.withDayOfMonth(1))).findFirst()
                .orElseThrow(() -> new NotFoundException("KPI " + code + " in " + month));
        if (period == null) return new KpiDrillDown(view, null, null, null, null, List.of());
        Map<String, Measure> measures = computation.measures();
        List<String> named = new ArrayList<>(formula(kpi, measures).measures());
        Map<String, List<MeasureSample>> samples = new LinkedHashMap<>();
        named.forEach(m -> samples.put(m, new ArrayList<>()));
        series.samples(period.period(), named).forEach(s -> samples.get(s.measure()).add(s));
        List<KpiDrillDown.MeasureSamples> drilled = named.stream().map(m -> new KpiDrillDown.MeasureSamples(m,
                text(measures.get(m).messageKey()), measures.get(m).unit(), samples.get(m))).toList();
        Double value = values.get(period.period());
        return new KpiDrillDown(view, period.period(), period.asOf(), value, rate(kpi, value), drilled);
    }

    /** The measures a formula may name, with their descriptions in the reader's language. */
    @Transactional(readOnly = true)
    public Map<String, String> measures() {
        rights.require(OrganisationAct.READ_KPIS);
        Map<String, String> described = new LinkedHashMap<>();
        computation.measures().values().forEach(m -> described.put(m.name(), text(m.messageKey())));
        return described;
    }

    @Transactional
    public KpiView define(KpiCommand.Define command) {
        rights.require(OrganisationAct.DEFINE_KPIS);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        if (command.code() != null && store.findByCode(command.code()).isPresent()) {
            problems.add("code", "performance.validation.code.taken");
        }
        if (command.formula() != null && !command.formula().isBlank()) checkFormula(command.formula(), problems);
        checkTargets(command.direction(), command.target(), command.amberLimit(), command.ownerId(), problems);
        problems.throwIfAny();
        Instant now = Instant.now(clock);
        Kpi kpi = Kpi.define(command.code(), command.name().strip(), blankToNull(command.definition()),
                command.formula().strip(), command.unit(), command.direction(), now);
        kpi.setTargets(command.target(), command.amberLimit(), command.ownerId(), now);
        Kpi saved = changes.create(kind, kpi);
        computation.backfill(saved);
        return get(saved);
    }

    @Transactional
    public KpiView setTargets(String code, KpiCommand.Targets command) {
        rights.require(OrganisationAct.DEFINE_KPIS);
        Kpi kpi = store.findByCode(code).orElseThrow(() -> new NotFoundException("KPI " + code));
        AuditedChanges.Change<Kpi> change = changes.change(kind, kpi, command.version());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        checkTargets(kpi.direction(), command.target(), command.amberLimit(), command.ownerId(), problems);
        problems.throwIfAny();
        return get(change.apply(k -> k.setTargets(command.target(), command.amberLimit(), command.ownerId(),
                Instant.now(clock))));
    }

    /** Computes this month again now, rather than at the job's next round. */
    @Transactional
    public void computeNow() {
        rights.require(OrganisationAct.DEFINE_KPIS);
        computation.computeCurrent();
    }

    private KpiView get(Kpi kpi) {
        return view(kpi, series.periods(), series.history().getOrDefault(kpi.id(), Map.of()), people.byId());
    }

    private void checkFormula(String formula, InvalidInputException.Collector problems) {
        try {
            KpiFormula.parse(formula, computation.measures()::containsKey);
        } catch (KpiFormula.FormulaException wrong) {
            problems.add("formula", wrong.messageKey(), wrong.position() + 1, wrong.argument());
        }
    }

    private void checkTargets(KpiDirection direction, BigDecimal target, BigDecimal amberLimit, Long ownerId,
                              InvalidInputException.Collector problems) {
        if (amberLimit != null && target == null) {
            problems.add("amberLimit", "performance.validation.amberLimit.target");
        } else if (amberLimit != null && direction == KpiDirection.HIGHER && amberLimit.compareTo(target) > 0) {
            problems.add("amberLimit", "performance.validation.amberLimit.higher");
        } else if (amberLimit != null && direction == KpiDirection.LOWER && amberLimit.compareTo(target) < 0) {
            problems.add("amberLimit", "performance.validation.amberLimit.lower");
        }
        if (ownerId != null && people.find(new UserId(ownerId)).isEmpty()) {
            problems.add("ownerId", "validation.reference.unknown");
        }
    }

    private KpiFormula formula(Kpi kpi, Map<String, Measure> measures) {
        try {
            return KpiFormula.parse(kpi.formula(), measures::containsKey);
        } catch (KpiFormula.FormulaException measureGone) {
            return KpiFormula.parse("0", name -> false);
        }
    }

    private KpiView view(Kpi kpi, List<KpiSeries.Period> periods, Map<LocalDate, Double> values,
                         Map<Long, Person> names) {
        List<KpiView.Point> history = periods.stream()
                .map(p -> new KpiView.Point(p.period(), values.get(p.period()))).toList();
        Person owner = kpi.owner() == null ? null : names.get(kpi.owner());
        Double latest = history.isEmpty() ? null : history.get(history.size() - 1).value();
        return new KpiView(kpi.code(), kpi.shipped(),
                kpi.shipped() ? text("performance.kpi." + kpi.code() + ".name") : kpi.name(),
                kpi.shipped() ? text("performance.kpi." + kpi.code() + ".definition") : kpi.definition(),
                kpi.formula(), kpi.unit(), kpi.direction(), number(kpi.target()), number(kpi.amberLimit()),
                owner == null ? null : new KpiView.Owner(owner.id().value(), owner.username(), owner.displayName()),
                kpi.version(), history, rate(kpi, latest));
    }

    private static String rate(Kpi kpi, Double value) {
        return value == null ? null : kpi.direction().rate(value, number(kpi.target()), number(kpi.amberLimit()));
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Map<String, String> snapshot(Kpi kpi) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", kpi.code());
        fields.put("name", Objects.toString(kpi.name(), ""));
        fields.put("definition", Objects.toString(kpi.definition(), ""));
        fields.put("formula", kpi.formula());
        fields.put("unit", kpi.unit().name());
        fields.put("direction", kpi.direction().name());
        fields.put("target", kpi.target() == null ? "" : kpi.target().stripTrailingZeros().toPlainString());
        fields.put("amberLimit", kpi.amberLimit() == null ? "" : kpi.amberLimit().stripTrailingZeros().toPlainString());
        fields.put("owner", kpi.owner() == null ? ""
                : people.find(new UserId(kpi.owner())).map(Person::displayName).orElse(kpi.owner().toString()));
        return fields;
    }
}
