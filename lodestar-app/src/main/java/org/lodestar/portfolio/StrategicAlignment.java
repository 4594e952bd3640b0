package org.lodestar.portfolio;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditedChanges;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.portfolio.internal.KeyResult;
import org.lodestar.portfolio.internal.KeyResults;
import org.lodestar.portfolio.internal.StrategicObjective;
import org.lodestar.portfolio.internal.StrategicObjectives;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategic alignment: the objectives' key results (defined and reported by SET_OBJECTIVES holders, audited) and the
 * view of how the portfolio serves the strategy, read by everyone who reads projects' detail. A project's budget is
 * split across the objectives it serves in proportion to their weights (1 to 5, set by the project's editors); the
 * gaps are the objectives no live (proposed, active, on hold) project serves and the live projects serving none.
 */
@Service
public class StrategicAlignment {

    static final String AUDIT_TYPE = "key-result";
    private static final Set<String> LIVE = Set.of("PROPOSED", "ACTIVE", "ON_HOLD");

    private final KeyResults keyResults;
    private final StrategicObjectives objectives;
    private final JdbcClient jdbc;
    private final CurrencyRates rates;
    private final OrganisationRights rights;
    private final CurrentUser currentUser;
    private final InputValidation validation;
    private final AuditedChanges changes;
    private final Clock clock;
    private final String currency;
    private final AuditedChanges.Kind<KeyResult> kind;

    StrategicAlignment(KeyResults keyResults, StrategicObjectives objectives, JdbcClient jdbc, CurrencyRates rates,
                       OrganisationRights rights, CurrentUser currentUser, InputValidation validation,
                       AuditedChanges changes, Clock clock,
                       @Value("${lodestar.finance.reporting-currency:EUR}") String currency) {
        this.keyResults = keyResults;
        this.objectives = objectives;
        this.jdbc = jdbc;
        this.rates = rates;
        this.rights = rights;
        this.currentUser = currentUser;
        this.validation = validation;
        this.changes = changes;
        this.clock = clock;
        this.currency = currency;
        this.kind = new AuditedChanges.Kind<>(AUDIT_TYPE, keyResults::findById, keyResults::save, KeyResult::id,
                KeyResult::version, KeyResult::title, StrategicAlignment::snapshot);
    }

    private record Link(long project, String code, String name, ProjectState state, BigDecimal budget,
                        String currency, long objective, int weight) {
    }

    @Transactional(readOnly = true)
    public AlignmentView alignment() {
        rights.require(OrganisationAct.READ_PROJECT_DETAIL);
        List<StrategicObjective> all = objectives.findAllByOrderByCode();
        Map<Long, List<AlignmentView.KeyResultView>> results = new LinkedHashMap<>();
        keyResults.findAllByOrderByObjectiveAscIdAsc()
                .forEach(r -> results.computeIfAbsent(r.objective(), o -> new ArrayList<>()).add(view(r)));
        List<Link> links = jdbc.sql("select p.id, p.code, p.name, p.state, p.budget, p.currency, o.objective, o.weight "
                        + "from project p join project_objective o on o.project = p.id order by p.code")
                .query((rs, row) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ProjectState.valueOf(rs.getString(4)), rs.getBigDecimal(5), rs.getString(6), rs.getLong(7),
                        rs.getInt(8))).list();
        Map<Long, Integer> weightOfProject = new LinkedHashMap<>();
        links.forEach(l -> weightOfProject.merge(l.project(), l.weight(), Integer::sum));
        CurrencyRates.Converter converter = rates.now();
        YearMonth month = YearMonth.now(clock);
        List<AlignmentView.ObjectiveLine> lines = new ArrayList<>();
        List<ObjectiveView> uncovered = new ArrayList<>();
        for (StrategicObjective objective : all) {
            List<AlignmentView.Contributor> contributors = new ArrayList<>();
            BigDecimal investment = BigDecimal.ZERO;
            for (Link link : links) {
                if (link.objective() != objective.id()) continue;
                double share = (double) link.weight() / weightOfProject.get(link.project());
                BigDecimal converted = link.budget() == null ? null
                        : converter.convert(link.budget(), link.currency(), currency, month);
                BigDecimal part = converted == null ? null
                        : converted.multiply(BigDecimal.valueOf(link.weight()))
                        .divide(BigDecimal.valueOf(weightOfProject.get(link.project())), MathContext.DECIMAL64)
                        .setScale(0, RoundingMode.HALF_UP);
                if (part != null && LIVE.contains(link.state().name())) investment = investment.add(part);
                contributors.add(new AlignmentView.Contributor(link.project(), link.code(), link.name(), link.state(),
                        link.weight(), share, part));
            }
            List<AlignmentView.KeyResultView> krs = results.getOrDefault(objective.id(), List.of());
            List<Double> progress = krs.stream().map(AlignmentView.KeyResultView::progress).filter(Objects::nonNull).toList();
            lines.add(new AlignmentView.ObjectiveLine(objective.id(), objective.code(), objective.name(), krs,
                    progress.isEmpty() ? null : progress.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                    contributors, investment));
            if (contributors.stream().noneMatch(c -> LIVE.contains(c.state().name()))) {
                uncovered.add(new ObjectiveView(objective.id(), objective.code(), objective.name()));
            }
        }
        List<Reference> unaligned = jdbc.sql("select id, code, name from project p where p.state in ('PROPOSED', "
                        + "'ACTIVE', 'ON_HOLD') and not exists (select 1 from project_objective o where o.project = p.id) "
                        + "order by code")
                .query((rs, row) -> new Reference(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        return new AlignmentView(currency, lines, uncovered, unaligned);
    }

    @Transactional
    public AlignmentView.KeyResultView add(long objective, KeyResultCommand.Define command) {
        rights.require(OrganisationAct.SET_OBJECTIVES);
        if (!objectives.existsById(objective)) throw new NotFoundException("objective " + objective);
        check(command);
        KeyResult result = KeyResult.add(objective, Instant.now(clock));
        result.define(command.title().strip(), command.measure().strip(), command.baselineValue(),
                command.targetValue(), command.dueOn(), Instant.now(clock));
        return view(changes.create(kind, result));
    }

    @Transactional
    public AlignmentView.KeyResultView define(long id, KeyResultCommand.Define command) {
        rights.require(OrganisationAct.SET_OBJECTIVES);
        KeyResult result = changes.load(kind, id);
        AuditedChanges.Change<KeyResult> change = changes.change(kind, result, command == null ? null : command.version());
        check(command);
        return view(change.apply(r -> r.define(command.title().strip(), command.measure().strip(),
                command.baselineValue(), command.targetValue(), command.dueOn(), Instant.now(clock))));
    }

    @Transactional
    public AlignmentView.KeyResultView report(long id, KeyResultCommand.Report command) {
        rights.require(OrganisationAct.SET_OBJECTIVES);
        KeyResult result = changes.load(kind, id);
        AuditedChanges.Change<KeyResult> change = changes.change(kind, result, command == null ? null : command.version());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        problems.throwIfAny();
        return view(change.apply(r -> r.report(command.currentValue(), Instant.now(clock))));
    }

    /** Whether the current reader may define key results (for the page's forms). */
    public boolean maySetObjectives() {
        Actor actor = currentUser.actor();
        return OrganisationAct.SET_OBJECTIVES.allows(actor);
    }

    private void check(KeyResultCommand.Define command) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        if (command != null && command.baselineValue() != null && command.targetValue() != null
                && command.baselineValue().compareTo(command.targetValue()) == 0) {
            problems.add("targetValue", "alignment.validation.targetValue");
        }
        problems.throwIfAny();
    }

    private static AlignmentView.KeyResultView view(KeyResult r) {
        Double progress = r.currentValue() == null ? null
                : r.currentValue().subtract(r.baselineValue())
                .divide(r.targetValue().subtract(r.baselineValue()), MathContext.DECIMAL64).doubleValue() * 100;
        return new AlignmentView.KeyResultView(r.id(), r.objective(), r.title(), r.measure(), r.baselineValue(),
                r.targetValue(), r.currentValue(), r.dueOn(), progress, r.version());
    }

    private static Map<String, String> snapshot(KeyResult r) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", r.title());
        fields.put("measure", r.measure());
        fields.put("baselineValue", r.baselineValue().stripTrailingZeros().toPlainString());
        fields.put("targetValue", r.targetValue().stripTrailingZeros().toPlainString());
        fields.put("currentValue", r.currentValue() == null ? "" : r.currentValue().stripTrailingZeros().toPlainString());
        fields.put("dueOn", Objects.toString(r.dueOn(), ""));
        return fields;
    }
}
