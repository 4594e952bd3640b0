package org.lodestar.pmo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditedChanges;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.Rights;
import org.lodestar.pmo.internal.CompetencyAssessment;
import org.lodestar.pmo.internal.CompetencyAssessmentStore;
import org.lodestar.pmo.internal.DevelopmentGoal;
import org.lodestar.pmo.internal.Mentoring;
import org.lodestar.pmo.internal.MentoringStore;
import org.lodestar.portfolio.Reference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Competency self-assessments: anyone who reads projects' detail assesses themself against the framework (every
 * competency from 1 to 5, else 400 naming {@code ratings.<COMPETENCY>}) and sets development goals from it (a level
 * above the one rated, else 400 naming {@code targetLevel}). Personal like a coaching log: read by the person, their
 * mentors (while mentoring them) and the PMO (ASSIGN_MENTORS); goals set by the person, a mentor or the PMO.
 */
@Service
public class CompetencyAssessments {

    static final String AUDIT_TYPE = "competency-assessment";

    private final CompetencyAssessmentStore store;
    private final MentoringStore mentorings;
    private final OrganisationRights rights;
    private final CurrentUser currentUser;
    private final People people;
    private final InputValidation validation;
    private final AuditedChanges changes;
    private final Clock clock;
    private final AuditedChanges.Kind<CompetencyAssessment> kind;

    CompetencyAssessments(CompetencyAssessmentStore store, MentoringStore mentorings, OrganisationRights rights,
                          CurrentUser currentUser, People people, InputValidation validation, AuditedChanges changes,
                          Clock clock) {
        this.store = store;
        this.mentorings = mentorings;
        this.rights = rights;
        this.currentUser = currentUser;
        this.people = people;
        this.validation = validation;
        this.changes = changes;
        this.clock = clock;
        this.kind = new AuditedChanges.Kind<>(AUDIT_TYPE, store::findById, store::save, CompetencyAssessment::id,
                CompetencyAssessment::version, a -> name(a.person()) + " " + a.assessedOn(), CompetencyAssessments::snapshot);
    }

    /** The assessments the reader may read, newest first: their own, their mentees', or (the PMO) everyone's. */
    @Transactional(readOnly = true)
    public List<CompetencyAssessmentView> list() {
        Actor actor = rights.require(OrganisationAct.READ_PROJECT_DETAIL);
        List<Mentoring> all = mentorings.findAll();
        Map<Long, Person> names = people.byId();
        return store.findAllByOrderByAssessedOnDescIdDesc().stream().filter(a -> mayRead(actor, a, all))
                .map(a -> view(a, actor, all, names)).toList();
    }

    @Transactional(readOnly = true)
    public CompetencyAssessmentView get(long id) {
        Actor actor = rights.require(OrganisationAct.READ_PROJECT_DETAIL);
        CompetencyAssessment assessment = changes.load(kind, id);
        List<Mentoring> all = mentorings.findAll();
        Rights.require(mayRead(actor, assessment, all), actor, "read competency assessment " + id);
        return view(assessment, actor, all, people.byId());
    }

    /** Refuses (403) whoever may not set goals on the assessment, before what they sent is read. */
    public void authorisePlan(long id) {
        Actor actor = rights.require(OrganisationAct.READ_PROJECT_DETAIL);
        Rights.require(mayPlan(actor, changes.load(kind, id), mentorings.findAll()), actor,
                "set goals on competency assessment " + id);
    }

    @Transactional
    public CompetencyAssessmentView assess(CompetencyCommand.Assess command) {
        Actor actor = rights.require(OrganisationAct.READ_PROJECT_DETAIL);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        Map<Competency, Integer> levels = new EnumMap<>(Competency.class);
        if (command != null && command.ratings() != null) {
            command.ratings().forEach((name, level) -> {
                Competency competency = Competency.of(name);
                if (competency == null) problems.add("ratings." + name, "pmo.competencies.validation.competency");
                else if (level == null || level < 1 || level > 5) problems.add("ratings." + name, "pmo.maturity.validation.level");
                else levels.put(competency, level);
            });
            for (Competency competency : Competency.values()) {
                if (!command.ratings().containsKey(competency.name())) {
                    problems.add("ratings." + competency.name(), "pmo.competencies.validation.missing");
                }
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (command != null && command.assessedOn() != null
                && (command.assessedOn().isAfter(today) || command.assessedOn().getYear() < 1900)) {
            problems.add("assessedOn", "pmo.maturity.validation.assessedOn");
        }
        problems.throwIfAny();
        CompetencyAssessment assessed = changes.create(kind, CompetencyAssessment.assess(actor.id().value(),
                command.assessedOn() == null ? today : command.assessedOn(), levels, Instant.now(clock)));
        return view(assessed, actor, mentorings.findAll(), people.byId());
    }

    @Transactional
    public CompetencyAssessmentView setGoal(long id, CompetencyCommand.Goal command) {
        Actor actor = rights.require(OrganisationAct.READ_PROJECT_DETAIL);
        CompetencyAssessment assessment = changes.load(kind, id);
        List<Mentoring> all = mentorings.findAll();
        Rights.require(mayPlan(actor, assessment, all), actor, "set goals on competency assessment " + id);
        AuditedChanges.Change<CompetencyAssessment> change = changes.change(kind, assessment,
                command == null ? null : command.version());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        if (command.competency() != null) {
            int rated = assessment.levels().getOrDefault(command.competency(), 0);
            if (command.targetLevel() == null || command.targetLevel() <= rated || command.targetLevel() > 5) {
                problems.add("targetLevel", "pmo.competencies.validation.targetLevel", rated);
            }
        }
        problems.throwIfAny();
        DevelopmentGoal goal = new DevelopmentGoal(command.competency().name(), command.description().strip(),
                command.targetLevel(), command.dueOn(), false);
        return view(change.apply(a -> a.setGoal(goal, Instant.now(clock))), actor, all, people.byId());
    }

    @Transactional
    public CompetencyAssessmentView goalDone(long id, int index, Long version) {
        Actor actor = rights.require(OrganisationAct.READ_PROJECT_DETAIL);
        CompetencyAssessment assessment = changes.load(kind, id);
        List<Mentoring> all = mentorings.findAll();
        Rights.require(mayPlan(actor, assessment, all), actor, "set goals on competency assessment " + id);
        AuditedChanges.Change<CompetencyAssessment> change = changes.change(kind, assessment, version);
        return view(change.apply(a -> {
            if (!a.goalDone(index, Instant.now(clock))) throw new NotFoundException("goal " + index + " of " + id);
        }), actor, all, people.byId());
    }

    private static boolean mentors(Actor actor, long person, List<Mentoring> all) {
        return all.stream().anyMatch(m -> m.mentor() == actor.id().value() && m.mentee() == person && m.endedOn() == null);
    }

    private static boolean mayRead(Actor actor, CompetencyAssessment a, List<Mentoring> all) {
        return OrganisationAct.ASSIGN_MENTORS.allows(actor) || actor.id().value() == a.person() || mentors(actor, a.person(), all);
    }

    private static boolean mayPlan(Actor actor, CompetencyAssessment a, List<Mentoring> all) {
        return mayRead(actor, a, all);
    }

    private CompetencyAssessmentView view(CompetencyAssessment a, Actor actor, List<Mentoring> all,
                                          Map<Long, Person> names) {
        CompetencyAssessment previous = store.findByPersonOrderByAssessedOnDescIdDesc(a.person()).stream()
                .filter(p -> p.assessedOn().isBefore(a.assessedOn())).findFirst().orElse(null);
        Map<Competency, Integer> before = previous == null ? Map.of() : previous.levels();
        List<CompetencyAssessmentView.Rating> ratings = new ArrayList<>();
        a.levels().forEach((c, level) -> ratings.add(new CompetencyAssessmentView.Rating(c, level, before.get(c))));
        LocalDate today = LocalDate.now(clock);
        List<CompetencyAssessmentView.Goal> goals = new ArrayList<>();
        List<DevelopmentGoal> set = a.goals();
        for (int i = 0; i < set.size(); i++) {
            DevelopmentGoal g = set.get(i);
            goals.add(new CompetencyAssessmentView.Goal(i, Competency.valueOf(g.competency()), g.description(),
                    g.targetLevel(), g.dueOn(), g.done(), !g.done() && g.dueOn() != null && g.dueOn().isBefore(today)));
        }
        Person person = names.get(a.person());
        return new CompetencyAssessmentView(a.id(), new Reference(a.person(), person == null ? null : person.username(),
                person == null ? "" : person.displayName()), a.framework(), a.assessedOn(), ratings,
                previous == null ? null : previous.id(), previous == null ? null : previous.assessedOn(), goals,
                a.version(), mayPlan(actor, a, all));
    }

    private String name(long person) {
        Person p = people.byId().get(person);
        return p == null ? Long.toString(person) : p.displayName();
    }

    private static Map<String, String> snapshot(CompetencyAssessment a) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("assessedOn", a.assessedOn().toString());
        a.levels().forEach((c, level) -> fields.put("rating " + c.name(), Integer.toString(level)));
        List<DevelopmentGoal> goals = a.goals();
        for (int i = 0; i < goals.size(); i++) {
            DevelopmentGoal g = goals.get(i);
            fields.put("goal" + (i + 1), g.competency() + " → " + g.targetLevel() + " | " + g.description()
                    + " | " + Objects.toString(g.dueOn(), "") + (g.done() ? " | done" : ""));
        }
        return fields;
    }
}
