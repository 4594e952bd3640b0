package org.lodestar.benefits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.lodestar.benefits.internal.Benefit;
import org.lodestar.benefits.internal.BenefitMeasurement;
import org.lodestar.benefits.internal.BenefitStore;
import org.lodestar.benefits.internal.EveryBenefit;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditedChanges;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.UserId;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects' benefits: planned and replanned by the project's editors (EDIT), read with the project's detail,
 * handed over when the project closes (or by its editors' act), measured by its editors or the benefit's owner.
 * Bad input is 400 naming the field: a target equal to the baseline, a target date not after the baseline date, a
 * measurement before the baseline date or in the future, an unknown owner. Every act is audited in its transaction.
 */
@Service
public class Benefits {

    static final String AUDIT_TYPE = "benefit";

    private final BenefitStore store;
    private final EveryBenefit everyBenefit;
    private final ProjectRights rights;
    private final OrganisationRights organisation;
    private final ProjectRegistry projects;
    private final People people;
    private final CurrentUser currentUser;
    private final InputValidation validation;
    private final AuditedChanges changes;
    private final Clock clock;
    private final AuditedChanges.Kind<Benefit> kind;

    Benefits(BenefitStore store, EveryBenefit everyBenefit, ProjectRights rights, OrganisationRights organisation,
             ProjectRegistry projects, People people, CurrentUser currentUser, InputValidation validation,
             AuditedChanges changes, Clock clock) {
        this.store = store;
        this.everyBenefit = everyBenefit;
        this.rights = rights;
        this.organisation = organisation;
        this.projects = projects;
        this.people = people;
        this.currentUser = currentUser;
        this.validation = validation;
        this.changes = changes;
        this.clock = clock;
        this.kind = new AuditedChanges.Kind<>(AUDIT_TYPE, store::findById, store::save, Benefit::id,
                Benefit::version, Benefit::title, this::snapshot);
    }

    /** The project's benefits, by target date. */
    @Transactional(readOnly = true)
    public List<BenefitView> of(long project) {
        Actor actor = rights.require(new ProjectId(project), ProjectRight.READ_DETAIL);
        ProjectView view = projects.get(new ProjectId(project));
        Map<Long, Person> names = people.byId();
        LongPredicate edits = rights.mayOnEach(actor, ProjectRight.EDIT);
        return store.findByProjectOrderByTargetDateAscIdAsc(project).stream()
                .map(b -> view(b, view.code(), view.name(), actor, edits, names)).toList();
    }

    @Transactional(readOnly = true)
    public BenefitView get(long id) {
        Benefit benefit = changes.load(kind, id);
        Actor actor = rights.require(new ProjectId(benefit.project()), ProjectRight.READ_DETAIL);
        return view(benefit, actor);
    }

    /** Refuses (403) whoever may not plan the project's benefits, before what they sent is read. */
    public void authorisePlan(long project) {
        rights.require(new ProjectId(project), ProjectRight.EDIT);
    }

    /** Refuses (403) whoever may not replan the benefit or hand it over (its project's editors). */
    public void authoriseEdit(long id) {
        rights.require(new ProjectId(changes.load(kind, id).project()), ProjectRight.EDIT);
    }

    /** Refuses (403) whoever may not measure the benefit (its project's editors and its owner). */
    public void authoriseMeasure(long id) {
        requireMeasure(changes.load(kind, id));
    }

    @Transactional
    public BenefitView plan(long project, BenefitCommand.Plan command) {
        Actor actor = rights.require(new ProjectId(project), ProjectRight.EDIT);
        Benefit.Plan plan = checked(command);
        Benefit planned = changes.create(kind, Benefit.plan(project, plan, Instant.now(clock)));
        return view(planned, actor);
    }

    @Transactional
    public BenefitView replan(long id, BenefitCommand.Plan command) {
        Benefit benefit = changes.load(kind, id);
        Actor actor = rights.require(new ProjectId(benefit.project()), ProjectRight.EDIT);
        AuditedChanges.Change<Benefit> change = changes.change(kind, benefit, command == null ? null : command.version());
        Benefit.Plan plan = checked(command);
        return view(change.apply(b -> b.replan(plan, Instant.now(clock))), actor);
    }

    @Transactional
    public BenefitView handOver(long id, BenefitCommand.Act act) {
        Benefit benefit = changes.load(kind, id);
        Actor actor = rights.require(new ProjectId(benefit.project()), ProjectRight.EDIT);
        AuditedChanges.Change<Benefit> change = changes.change(kind, benefit, act == null ? null : act.version());
        return view(change.apply(b -> b.handOver(LocalDate.now(clock), Instant.now(clock))), actor);
    }

    /** Hands the project's planned benefits over to their owners: the project has closed. */
    @Transactional
    public int handOverAtClosure(long project) {
        List<Benefit> planned = store.findByProjectAndState(project, BenefitState.PLANNED.name());
        for (Benefit benefit : planned) {
            changes.change(kind, benefit, benefit.version())
                    .apply(b -> b.handOver(LocalDate.now(clock), Instant.now(clock)));
        }
        return planned.size();
    }

    @Transactional
    public BenefitView measure(long id, BenefitCommand.Measurement command) {
        Benefit benefit = changes.load(kind, id);
        Actor actor = requireMeasure(benefit);
        AuditedChanges.Change<Benefit> change = changes.change(kind, benefit, command == null ? null : command.version());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        if (command.measuredOn() != null && command.measuredOn().isBefore(benefit.baselineDate())) {
            problems.add("measuredOn", "benefits.validation.measuredOn.beforeBaseline", benefit.baselineDate().toString());
        } else if (command.measuredOn() != null && command.measuredOn().isAfter(LocalDate.now(clock))) {
            problems.add("measuredOn", "benefits.validation.measuredOn.future");
        }
        problems.throwIfAny();
        BenefitMeasurement measurement = new BenefitMeasurement(command.measuredOn(), command.value(),
                blankToNull(command.note()), actor.id().value());
        return view(change.apply(b -> b.measure(measurement, Instant.now(clock))), actor);
    }

    /** The benefits of every project the reader sees, by portfolio, with those at risk: the PMO's roll-up. */
    @Transactional(readOnly = true)
    public BenefitRollUp rollUp() {
        Actor actor = organisation.require(OrganisationAct.READ_KPIS);
        Map<Long, ProjectRow> seen = projects.everyRow(null).stream()
                .collect(Collectors.toMap(ProjectRow::id, Function.identity()));
        Map<Long, Person> names = people.byId();
        LongPredicate edits = rights.mayOnEach(actor, ProjectRight.EDIT);
        List<BenefitView> all = new ArrayList<>();
        for (Benefit benefit : everyBenefit.all()) {
            ProjectRow row = seen.get(benefit.project());
            if (row != null) all.add(view(benefit, row.code(), row.name(), actor, edits, names));
        }
        Map<Long, List<BenefitView>> byPortfolio = new LinkedHashMap<>();
        Map<Long, String> portfolioNames = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing((BenefitView b) -> seen.get(b.projectId()).portfolio().name())
                        .thenComparing(BenefitView::projectCode))
                .forEach(b -> {
                    ProjectRow row = seen.get(b.projectId());
                    byPortfolio.computeIfAbsent(row.portfolio().id(), p -> new ArrayList<>()).add(b);
                    portfolioNames.put(row.portfolio().id(), row.portfolio().name());
                });
        List<BenefitRollUp.PortfolioLine> lines = new ArrayList<>();
        byPortfolio.forEach((portfolio, benefits) -> {
            List<Double> measured = benefits.stream().map(BenefitView::latestRealisation).filter(Objects::nonNull).toList();
            lines.add(new BenefitRollUp.PortfolioLine(portfolio, portfolioNames.get(portfolio), benefits.size(),
                    (int) benefits.stream().filter(b -> b.state() == BenefitState.HANDED_OVER).count(),
                    (int) measured.stream().filter(r -> r >= 100).count(),
                    (int) benefits.stream().filter(BenefitView::atRisk).count(),
                    measured.isEmpty() ? null : measured.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        });
        List<BenefitView> atRisk = all.stream().filter(BenefitView::atRisk)
                .sorted(Comparator.comparing(BenefitView::projectCode).thenComparing(BenefitView::id)).toList();
        return new BenefitRollUp(lines, atRisk);
    }

    private Actor requireMeasure(Benefit benefit) {
        Actor actor = currentUser.actor();
        if (actor.id().value() == Objects.requireNonNullElse(benefit.owner(), -1L)) {
            rights.require(new ProjectId(benefit.project()), ProjectRight.READ_SUMMARY);
            return actor;
        }
        return rights.require(new ProjectId(benefit.project()), ProjectRight.EDIT);
    }

    private Benefit.Plan checked(BenefitCommand.Plan command) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        if (command != null) {
            if (command.baselineValue() != null && command.targetValue() != null
                    && command.baselineValue().compareTo(command.targetValue()) == 0) {
                problems.add("targetValue", "benefits.validation.targetValue");
            }
            if (command.baselineDate() != null && command.targetDate() != null
                    && !command.targetDate().isAfter(command.baselineDate())) {
                problems.add("targetDate", "benefits.validation.targetDate");
            }
            if (command.ownerId() != null && people.find(new UserId(command.ownerId())).isEmpty()) {
                problems.add("ownerId", "validation.reference.unknown");
            }
        }
        problems.throwIfAny();
        return new Benefit.Plan(command.title().strip(), command.type(), command.measure().strip(),
                command.baselineValue(), command.baselineDate(), command.targetValue(), command.targetDate(),
                command.ownerId());
    }

    private BenefitView view(Benefit benefit, Actor actor) {
        ProjectView project = projects.get(new ProjectId(benefit.project()));
        return view(benefit, project.code(), project.name(), actor, rights.mayOnEach(actor, ProjectRight.EDIT),
                people.byId());
    }

    /** {@code edits}: whether the actor edits a project, asked of each benefit's. */
    private BenefitView view(Benefit b, String code, String name, Actor actor, LongPredicate edits,
                             Map<Long, Person> names) {
        boolean editable = edits.test(b.project());
        List<BenefitView.Measured> measured = b.measurements().stream()
                .map(m -> new BenefitView.Measured(m.measuredOn(), m.value(),
                        Realisation.percent(b.baselineValue(), b.targetValue(), m.value()), m.note()))
                .toList();
        Double latest = measured.isEmpty() ? null : measured.get(measured.size() - 1).realisation();
        double expected = Realisation.expected(b.baselineDate(), b.targetDate(), LocalDate.now(clock));
        Person owner = b.owner() == null ? null : names.get(b.owner());
        return new BenefitView(b.id(), b.project(), code, name, b.title(), b.type(), b.measure(), b.baselineValue(),
                b.baselineDate(), b.targetValue(), b.targetDate(),
                owner == null ? null : new BenefitView.Owner(owner.id().value(), owner.displayName()), b.state(),
                b.handedOverOn(), b.version(), measured, latest, expected, Realisation.atRisk(latest, expected),
                editable, editable || actor.id().value() == Objects.requireNonNullElse(b.owner(), -1L));
    }

    private Map<String, String> snapshot(Benefit b) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", b.title());
        fields.put("type", b.type().name());
        fields.put("measure", b.measure());
        fields.put("baselineValue", b.baselineValue().stripTrailingZeros().toPlainString());
        fields.put("baselineDate", b.baselineDate().toString());
        fields.put("targetValue", b.targetValue().stripTrailingZeros().toPlainString());
        fields.put("targetDate", b.targetDate().toString());
        fields.put("owner", b.owner() == null ? ""
                : people.find(new UserId(b.owner())).map(Person::displayName).orElse(b.owner().toString()));
        fields.put("state", b.state().name());
        fields.put("handedOverOn", Objects.toString(b.handedOverOn(), ""));
        List<BenefitMeasurement> measurements = b.measurementsAsRecorded();
        for (int i = 0; i < measurements.size(); i++) {
            BenefitMeasurement m = measurements.get(i);
            fields.put("measurement" + (i + 1), m.measuredOn() + " | " + m.value().stripTrailingZeros().toPlainString()
                    + (m.note() == null ? "" : " | " + m.note()));
        }
        return fields;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
