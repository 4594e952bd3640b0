package org.lodestar.quality;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditedChanges;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.UserId;
import org.lodestar.portfolio.Reference;
import org.lodestar.quality.internal.Criterion;
import org.lodestar.quality.internal.Finding;
import org.lodestar.quality.internal.QualityReview;
import org.lodestar.quality.internal.QualityReviewStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PMO's quality reviews of ongoing projects: held with scored criteria, given findings with a corrective action
 * each, the actions completed by the project's editors, findings closed by the PMO once their action is done (409
 * before), and the review closed once every finding is. Every act is audited in its transaction, from the version
 * the writer read.
 */
@Service
public class QualityReviews {

    static final String AUDIT_TYPE = "quality-review";

    private final QualityReviewStore reviews;
    private final QualityRights rights;
    private final People people;
    private final InputValidation validation;
    private final AuditedChanges changes;
    private final Clock clock;
    private final AuditedChanges.Kind<QualityReview> kind;

    QualityReviews(QualityReviewStore reviews, QualityRights rights, People people, InputValidation validation,
                   AuditedChanges changes, Clock clock) {
        this.reviews = reviews;
        this.rights = rights;
        this.people = people;
        this.validation = validation;
        this.changes = changes;
        this.clock = clock;
        this.kind = new AuditedChanges.Kind<>(AUDIT_TYPE, reviews::findById, reviews::save, QualityReview::id,
                QualityReview::version, review -> review.reviewDate().toString(), QualityReviews::snapshot);
    }

    /** The project's quality reviews, newest first. */
    @Transactional(readOnly = true)
    public List<QualityReviewView> list(long project) {
        Actor actor = rights.requireRead(project);
        Map<Long, Person> names = people.byId();
        return reviews.findByProjectOrderByReviewDateDescIdDesc(project).stream()
                .map(review -> view(review, actor, names)).toList();
    }

    @Transactional(readOnly = true)
    public QualityReviewView get(long id) {
        QualityReview review = changes.load(kind, id);
        return view(review, rights.requireRead(review.project()), people.byId());
    }

    /** Refuses (403) whoever does not review the review's project; asked before the body is read. */
    @Transactional(readOnly = true)
    public void authoriseReview(long id) {
        rights.requireReview(changes.load(kind, id).project());
    }

    /** Refuses (403) whoever does not edit the review's project (corrective actions). */
    @Transactional(readOnly = true)
    public void authoriseWrite(long id) {
        rights.requireWrite(changes.load(kind, id).project());
    }

    @Transactional
    public QualityReviewView hold(long project, QualityReviewCommand command) {
        Actor actor = rights.requireReview(project);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        checkPerson("reviewerId", command.reviewerId(), problems);
        checkDate("reviewDate", command.reviewDate(), problems);
        problems.throwIfAny();
        List<Criterion> criteria = command.criteria().stream().map(c -> new Criterion(c.name().strip(), c.weight(),
                c.score(), blankToNull(c.comment()))).toList();
        Long reviewer = command.reviewerId() == null ? actor.id().value() : command.reviewerId();
        QualityReview held = changes.create(kind, QualityReview.hold(project, command.reviewDate(), reviewer,
                blankToNull(command.summary()), criteria, Instant.now(clock)));
        return view(held, actor, people.byId());
    }

    @Transactional
    public QualityReviewView addFinding(long id, FindingCommand command) {
        QualityReview review = changes.load(kind, id);
        Actor actor = rights.requireReview(review.project());
        AuditedChanges.Change<QualityReview> change = changes.change(kind, review, command.version());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        checkPerson("actionOwnerId", command.actionOwnerId(), problems);
        checkDate("actionDue", command.actionDue(), problems);
        problems.throwIfAny();
        return view(change.apply(r -> r.addFinding(command.description().strip(), command.severity(),
                command.action().strip(), command.actionOwnerId(), command.actionDue(), Instant.now(clock))),
                actor, people.byId());
    }

    @Transactional
    public QualityReviewView completeAction(long id, int index, Long version) {
        QualityReview review = changes.load(kind, id);
        Actor actor = rights.requireWrite(review.project());
        AuditedChanges.Change<QualityReview> change = changes.change(kind, review, version);
        return view(change.apply(r -> found(r.completeAction(index, Instant.now(clock)), id, index)), actor,
                people.byId());
    }

    @Transactional
    public QualityReviewView closeFinding(long id, int index, Long version) {
        QualityReview review = changes.load(kind, id);
        Actor actor = rights.requireReview(review.project());
        AuditedChanges.Change<QualityReview> change = changes.change(kind, review, version);
        return view(change.apply(r -> found(r.closeFinding(index, Instant.now(clock)), id, index)), actor,
                people.byId());
    }

    @Transactional
    public QualityReviewView close(long id, Long version) {
        QualityReview review = changes.load(kind, id);
        Actor actor = rights.requireReview(review.project());
        AuditedChanges.Change<QualityReview> change = changes.change(kind, review, version);
        return view(change.apply(r -> r.close(Instant.now(clock))), actor, people.byId());
    }

    private static void found(boolean found, long id, int index) {
        if (!found) throw new NotFoundException("finding " + index + " of quality review " + id);
    }

    private void checkPerson(String field, Long person, InvalidInputException.Collector problems) {
        if (person != null && people.find(new UserId(person)).isEmpty()) {
            problems.add(field, "validation.reference.unknown");
        }
    }

    private static void checkDate(String field, LocalDate date, InvalidInputException.Collector problems) {
        if (date != null && (date.getYear() < 1900 || date.getYear() > 2999)) {
            problems.add(field, "validation.date.range", "1900-01-01", "2999-12-31");
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static Reference person(Long id, Map<Long, Person> names) {
        if (id == null) return null;
        Person person = names.get(id);
        return new Reference(id, person == null ? null : person.username(), person == null ? "" : person.displayName());
    }

    private QualityReviewView view(QualityReview review, Actor actor, Map<Long, Person> names) {
        LocalDate today = LocalDate.now(clock);
        List<QualityReviewView.Criterion> criteria = review.criteria().stream()
                .map(c -> new QualityReviewView.Criterion(c.name(), c.weight(), c.score(), c.comment())).toList();
        List<QualityReviewView.Finding> findings = new ArrayList<>();
        List<Finding> stored = review.findings();
        for (int i = 0; i < stored.size(); i++) {
            Finding f = stored.get(i);
            findings.add(new QualityReviewView.Finding(i, f.description(), f.level(), f.action(),
                    person(f.actionOwner(), names), f.actionDue(), f.actionDone(), f.closed(),
                    !f.actionDone() && f.actionDue() != null && f.actionDue().isBefore(today)));
        }
        return new QualityReviewView(review.id(), review.project(), review.reviewDate(),
                person(review.reviewerId(), names), review.summary(), review.state(), review.score(), criteria,
                findings, rights.mayReview(actor, review.project()), rights.mayWrite(actor, review.project()),
                review.version());
    }

    private static Map<String, String> snapshot(QualityReview review) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("project", String.valueOf(review.project()));
        fields.put("reviewDate", String.valueOf(review.reviewDate()));
        fields.put("reviewer", Objects.toString(review.reviewerId(), ""));
        fields.put("summary", Objects.toString(review.summary(), ""));
        fields.put("state", review.state().name());
        fields.put("score", String.valueOf(review.score()));
        List<Criterion> criteria = review.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            fields.put("criterion" + (i + 1), c.name() + " | " + c.weight() + " | " + c.score());
        }
        List<Finding> findings = review.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            fields.put("finding" + (i + 1), f.severity() + " | " + f.description() + " | " + f.action() + " | "
                    + Objects.toString(f.actionOwner(), "") + " | " + Objects.toString(f.actionDue(), "")
                    + (f.actionDone() ? " | done" : "") + (f.closed() ? " | closed" : ""));
        }
        return fields;
    }
}
