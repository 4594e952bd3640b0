package org.lodestar.pmo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
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
import org.lodestar.pmo.internal.MaturityAction;
import org.lodestar.pmo.internal.MaturityAnswer;
import org.lodestar.pmo.internal.MaturityAssessment;
import org.lodestar.pmo.internal.MaturityAssessmentStore;
import org.lodestar.portfolio.Reference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PMO's maturity self-assessments: started by an assessor (ASSESS_MATURITY) for the PMO or a business unit,
 * answered question by question on five levels (a level outside 1 to 5 or an unknown question is 400 naming
 * {@code answers.<question>}), completed once every question is answered (else 400 naming each missing one), and
 * given an improvement plan of actions. Read by READ_MATURITY. Every act is audited in its transaction, from the
 * version the writer read; the scores beside the previous completed assessment of the same subject are the history.
 */
@Service
public class MaturityAssessments {

    static final String AUDIT_TYPE = "maturity-assessment";

    private final MaturityAssessmentStore store;
    private final OrganisationRights rights;
    private final People people;
    private final InputValidation validation;
    private final AuditedChanges changes;
    private final Clock clock;
    private final AuditedChanges.Kind<MaturityAssessment> kind;

    MaturityAssessments(MaturityAssessmentStore store, OrganisationRights rights, People people,
                        InputValidation validation, AuditedChanges changes, Clock clock) {
        this.store = store;
        this.rights = rights;
        this.people = people;
        this.validation = validation;
        this.changes = changes;
        this.clock = clock;
        this.kind = new AuditedChanges.Kind<>(AUDIT_TYPE, store::findById, store::save, MaturityAssessment::id,
                MaturityAssessment::version, MaturityAssessments::summary, MaturityAssessments::snapshot);
    }

    /** Every assessment, newest first. */
    @Transactional(readOnly = true)
    public List<MaturitySummary> list() {
        rights.require(OrganisationAct.READ_MATURITY);
        return store.findAllByOrderByAssessedOnDescIdDesc().stream().map(a -> {
            Map<MaturityDomain, BigDecimal> scores = MaturityScores.byDomain(levels(a));
            int open = (int) a.actions().stream().filter(action -> !action.done()).count();
            return new MaturitySummary(a.id(), a.subject(), a.businessUnit(), a.assessedOn(), state(a),
                    MaturityScores.overall(scores), open);
        }).toList();
    }

    @Transactional(readOnly = true)
    public MaturityAssessmentView get(long id) {
        Actor actor = rights.require(OrganisationAct.READ_MATURITY);
        return view(changes.load(kind, id), actor);
    }

    /** The business units an assessment may name: those of people and projects' people, sorted. */
    @Transactional(readOnly = true)
    public List<String> businessUnits() {
        rights.require(OrganisationAct.READ_MATURITY);
        TreeSet<String> units = new TreeSet<>();
        for (Person person : people.all()) {
            if (person.businessUnit() != null && !person.businessUnit().isBlank()) units.add(person.businessUnit());
        }
        return List.copyOf(units);
    }

    @Transactional
    public MaturityAssessmentView start(MaturityCommand.Start command) {
        Actor actor = rights.require(OrganisationAct.ASSESS_MATURITY);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        LocalDate today = LocalDate.now(clock);
        if (command.subject() == MaturitySubject.BUSINESS_UNIT
                && (command.businessUnit() == null || command.businessUnit().isBlank())) {
            problems.add("businessUnit", "pmo.maturity.validation.businessUnit");
        }
        if (command.assessedOn() != null && (command.assessedOn().isAfter(today) || command.assessedOn().getYear() < 1900)) {
            problems.add("assessedOn", "pmo.maturity.validation.assessedOn");
        }
        problems.throwIfAny();
        String unit = command.businessUnit() == null ? null : command.businessUnit().strip();
        MaturityAssessment started = changes.create(kind, MaturityAssessment.start(command.subject(), unit,
                command.assessedOn() == null ? today : command.assessedOn(), actor.id().value(), Instant.now(clock)));
        return view(started, actor);
    }

    @Transactional
    public MaturityAssessmentView answer(long id, MaturityCommand.Answers command) {
        Actor actor = rights.require(OrganisationAct.ASSESS_MATURITY);
        MaturityAssessment assessment = changes.load(kind, id);
        AuditedChanges.Change<MaturityAssessment> change = changes.change(kind, assessment,
                command == null ? null : command.version());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        Map<String, MaturityAnswer> given = new LinkedHashMap<>();
        if (command.answers() != null) {
            command.answers().forEach((question, answer) -> {
                String field = "answers." + question;
                if (MaturityDomain.of(question) == null) {
                    problems.add(field, "pmo.maturity.validation.question");
                } else if (answer == null || answer.level() == null || answer.level() < 1 || answer.level() > 5) {
                    problems.add(field, "pmo.maturity.validation.level");
                } else {
                    given.put(question, new MaturityAnswer(answer.level(), blankToNull(answer.comment())));
                }
            });
        }
        problems.throwIfAny();
        return view(change.apply(a -> a.answer(given, Instant.now(clock))), actor);
    }

    @Transactional
    public MaturityAssessmentView complete(long id, Long version) {
        Actor actor = rights.require(OrganisationAct.ASSESS_MATURITY);
        MaturityAssessment assessment = changes.load(kind, id);
        AuditedChanges.Change<MaturityAssessment> change = changes.change(kind, assessment, version);
        if (!assessment.completed()) {
            InvalidInputException.Collector problems = new InvalidInputException.Collector();
            for (String question : MaturityDomain.allQuestions()) {
                if (!assessment.answers().containsKey(question)) {
                    problems.add("answers." + question, "pmo.maturity.validation.unanswered");
                }
            }
            problems.throwIfAny();
        }
        return view(change.apply(a -> a.complete(Instant.now(clock))), actor);
    }

    @Transactional
    public MaturityAssessmentView planAction(long id, MaturityCommand.Action command) {
        Actor actor = rights.require(OrganisationAct.ASSESS_MATURITY);
        MaturityAssessment assessment = changes.load(kind, id);
        AuditedChanges.Change<MaturityAssessment> change = changes.change(kind, assessment,
                command == null ? null : command.version());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        if (command.ownerId() != null && people.find(new UserId(command.ownerId())).isEmpty()) {
            problems.add("ownerId", "validation.reference.unknown");
        }
        if (command.dueOn() != null && (command.dueOn().getYear() < 1900 || command.dueOn().getYear() > 2999)) {
            problems.add("dueOn", "validation.date.range", "1900-01-01", "2999-12-31");
        }
        problems.throwIfAny();
        MaturityAction action = new MaturityAction(command.domain().name(), command.description().strip(),
                command.ownerId(), command.dueOn(), false);
        return view(change.apply(a -> a.planAction(action, Instant.now(clock))), actor);
    }

    @Transactional
    public MaturityAssessmentView actionDone(long id, int index, Long version) {
        Actor actor = rights.require(OrganisationAct.ASSESS_MATURITY);
        MaturityAssessment assessment = changes.load(kind, id);
        AuditedChanges.Change<MaturityAssessment> change = changes.change(kind, assessment, version);
        return view(change.apply(a -> {
            if (!a.actionDone(index, Instant.now(clock))) {
                throw new NotFoundException("action " + index + " of maturity assessment " + id);
            }
        }), actor);
    }

    private MaturityAssessmentView view(MaturityAssessment assessment, Actor actor) {
        Map<String, Integer> levels = levels(assessment);
        Map<MaturityDomain, BigDecimal> scores = MaturityScores.byDomain(levels);
        MaturityAssessment previous = previous(assessment);
        Map<MaturityDomain, BigDecimal> before = previous == null ? Map.of() : MaturityScores.byDomain(levels(previous));
        List<MaturityAssessmentView.DomainScore> domainScores = new ArrayList<>();
        for (MaturityDomain domain : MaturityDomain.values()) {
            BigDecimal score = scores.get(domain);
            BigDecimal was = before.get(domain);
            domainScores.add(new MaturityAssessmentView.DomainScore(domain, score, was,
                    score == null || was == null ? null : score.subtract(was)));
        }
        List<MaturityAssessmentView.Answer> answers = new ArrayList<>();
        Map<String, MaturityAnswer> stored = assessment.answers();
        for (String question : MaturityDomain.allQuestions()) {
            MaturityAnswer answer = stored.get(question);
            if (answer != null) {
                answers.add(new MaturityAssessmentView.Answer(question, MaturityDomain.of(question), answer.level(),
                        answer.comment()));
            }
        }
        Map<Long, Person> names = people.byId();
        LocalDate today = LocalDate.now(clock);
        List<MaturityAssessmentView.Action> actions = new ArrayList<>();
        List<MaturityAction> plan = assessment.actions();
        for (int i = 0; i < plan.size(); i++) {
            MaturityAction action = plan.get(i);
            actions.add(new MaturityAssessmentView.Action(i, MaturityDomain.valueOf(action.domain()),
                    action.description(), person(action.owner(), names), action.dueOn(), action.done(),
                    !action.done() && action.dueOn() != null && action.dueOn().isBefore(today)));
        }
        return new MaturityAssessmentView(assessment.id(), assessment.subject(), assessment.businessUnit(),
                assessment.questionnaire(), assessment.assessedOn(), state(assessment), answers, domainScores,
                MaturityScores.overall(scores), previous == null ? null : previous.id(),
                previous == null ? null : previous.assessedOn(),
                previous == null ? null : MaturityScores.overall(before), actions,
                OrganisationAct.ASSESS_MATURITY.allows(actor), assessment.version());
    }

    /** The latest completed assessment of the same subject before this one (by date, then id). */
    private MaturityAssessment previous(MaturityAssessment assessment) {
        Comparator<MaturityAssessment> order = Comparator.comparing(MaturityAssessment::assessedOn)
                .thenComparing(MaturityAssessment::id);
        return store.findAllByOrderByAssessedOnDescIdDesc().stream()
                .filter(other -> other.completed() && !other.id().equals(assessment.id())
                        && other.subject() == assessment.subject()
                        && Objects.equals(other.businessUnit(), assessment.businessUnit())
                        && order.compare(other, assessment) < 0)
                .max(order).orElse(null);
    }

    private static Map<String, Integer> levels(MaturityAssessment assessment) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        assessment.answers().forEach((question, answer) -> levels.put(question, answer.level()));
        return levels;
    }

    private static MaturityAssessmentView.State state(MaturityAssessment assessment) {
        return assessment.completed() ? MaturityAssessmentView.State.COMPLETED : MaturityAssessmentView.State.DRAFT;
    }

    private static Reference person(Long id, Map<Long, Person> names) {
        if (id == null) return null;
        Person person = names.get(id);
        return new Reference(id, person == null ? null : person.username(), person == null ? "" : person.displayName());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String summary(MaturityAssessment assessment) {
        return (assessment.subject() == MaturitySubject.PMO ? "PMO" : assessment.businessUnit()) + " "
                + assessment.assessedOn();
    }

    private static Map<String, String> snapshot(MaturityAssessment assessment) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("subject", assessment.subject().name());
        fields.put("businessUnit", Objects.toString(assessment.businessUnit(), ""));
        fields.put("assessedOn", String.valueOf(assessment.assessedOn()));
        fields.put("state", assessment.state());
        Map<String, MaturityAnswer> answers = assessment.answers();
        for (String question : MaturityDomain.allQuestions()) {
            MaturityAnswer answer = answers.get(question);
            if (answer != null) {
                fields.put("answer " + question, answer.level() + (answer.comment() == null ? "" : " | " + answer.comment()));
            }
        }
        List<MaturityAction> actions = assessment.actions();
        for (int i = 0; i < actions.size(); i++) {
            MaturityAction a = actions.get(i);
            fields.put("action" + (i + 1), a.domain() + " | " + a.description() + " | " + Objects.toString(a.dueOn(), "")
                    + (a.done() ? " | done" : ""));
        }
        return fields;
    }
}
