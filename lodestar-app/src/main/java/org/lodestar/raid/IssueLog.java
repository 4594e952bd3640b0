package org.lodestar.raid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.SpreadsheetCsv;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.raid.internal.Issue;
import org.lodestar.raid.internal.IssueAction;
import org.lodestar.raid.internal.Issues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each project's issues log: its readers read it (filtered, sorted, exported as CSV), its writers log, change,
 * resolve and reopen issues and add and complete their actions ({@link RaidRights}); every change is audited in its
 * transaction, from the version the writer read.
 */
@Service
public class IssueLog {

    static final String AUDIT_TYPE = "raid-issue";
    static final List<String> CSV_HEADER = List.of("id", "title", "description", "priority", "owner", "due", "state",
            "resolution", "openActions", "overdueActions");

    private final Issues issues;
    private final RaidRights rights;
    private final People people;
    private final InputValidation validation;
    private final AuditTrail audit;
    private final Clock clock;

    IssueLog(Issues issues, RaidRights rights, People people, InputValidation validation, AuditTrail audit,
             Clock clock) {
        this.issues = issues;
        this.rights = rights;
        this.people = people;
        this.validation = validation;
        this.audit = audit;
        this.clock = clock;
    }

    /** The project's issues that pass the query's filters, in its order. */
    @Transactional(readOnly = true)
    public List<IssueView> list(long project, IssueQuery query) {
        Actor actor = rights.requireRead(project);
        boolean editable = rights.mayWrite(actor, project);
        Map<Long, Person> names = people.byId();
        Comparator<IssueView> order = switch (query.sort()) {
            case "priority" -> Comparator.comparing(IssueView::priority);
            case "title" -> Comparator.comparing(IssueView::title, String.CASE_INSENSITIVE_ORDER);
            case "state" -> Comparator.comparing(IssueView::state);
            case "created" -> Comparator.comparingLong(IssueView::id);
            default -> Comparator.comparing(IssueView::due, Comparator.nullsLast(Comparator.naturalOrder()));
        };
        if (query.descending()) order = order.reversed();
        return issues.findByProjectOrderByIdAsc(project).stream()
                .filter(issue -> query.state() == null || issue.state() == query.state())
                .filter(issue -> query.priority() == null || issue.priority() == query.priority())
                .filter(issue -> query.ownerId() == null || query.ownerId().equals(issue.ownerId()))
                .map(issue -> view(issue, editable, names))
                .sorted(order.thenComparingLong(IssueView::id)).toList();
    }

    /** The list of {@link #list} as a CSV document (neutralised against CSV injection). */
    @Transactional(readOnly = true)
    public String csv(long project, IssueQuery query) {
        LocalDate today = LocalDate.now(clock);
        List<List<String>> rows = new ArrayList<>();
        for (IssueView issue : list(project, query)) {
            long open = issue.actions().stream().filter(action -> !action.done()).count();
            long overdue = issue.actions().stream().filter(action -> overdue(action, today)).count();
            rows.add(List.of(String.valueOf(issue.id()), issue.title(), Objects.toString(issue.description(), ""),
                    issue.priority().name(), issue.owner() == null ? "" : issue.owner().name(),
                    Objects.toString(issue.due(), ""), issue.state().name(),
                    Objects.toString(issue.resolution(), ""), String.valueOf(open), String.valueOf(overdue)));
        }
        return SpreadsheetCsv.document(CSV_HEADER, rows);
    }

    @Transactional(readOnly = true)
    public IssueView get(long id) {
        Issue issue = load(id);
        Actor actor = rights.requireRead(issue.project());
        return view(issue, rights.mayWrite(actor, issue.project()), people.byId());
    }

    /** Refuses (403) whoever may not write the issue's project; the API asks it before reading what was sent. */
    @Transactional(readOnly = true)
    public void authoriseWrite(long id) {
        rights.requireWrite(load(id).project());
    }

    @Transactional
    public IssueView log(long project, IssueCommand command) {
        rights.requireWrite(project);
        validate(command);
        Issue issue = issues.save(Issue.log(project, command.title().strip(),
                RiskRegister.blankToNull(command.description()), command.priority(), command.ownerId(),
                command.due(), Instant.now(clock)));
        audit.created(AUDIT_TYPE, issue.id(), issue.title(), snapshot(issue));
        return view(issue, true, people.byId());
    }

    @Transactional
    public IssueView change(long id, IssueCommand command) {
        Issue issue = versioned(id, command.version());
        validate(command);
        Map<String, String> before = snapshot(issue);
        issue.change(command.title().strip(), RiskRegister.blankToNull(command.description()), command.priority(),
                command.ownerId(), command.due(), Instant.now(clock));
        return saved(issue, before);
    }

    @Transactional
    public IssueView resolve(long id, IssueResolution command) {
        Issue issue = versioned(id, command.version());
        validation.check(command);
        Map<String, String> before = snapshot(issue);
        issue.resolve(RiskRegister.blankToNull(command.resolution()), Instant.now(clock));
        return saved(issue, before);
    }

    @Transactional
    public IssueView reopen(long id, Long version) {
        Issue issue = versioned(id, version);
        Map<String, String> before = snapshot(issue);
        issue.reopen(Instant.now(clock));
        return saved(issue, before);
    }

    @Transactional
    public IssueView addAction(long id, RiskActionCommand command) {
        Issue issue = versioned(id, command.version());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        RiskRegister.checkPerson(people, "ownerId", command.ownerId(), problems);
        RiskRegister.checkDate("due", command.due(), problems);
        problems.throwIfAny();
        Map<String, String> before = snapshot(issue);
        issue.addAction(command.description().strip(), command.ownerId(), command.due(), Instant.now(clock));
        return saved(issue, before);
    }

    @Transactional
    public IssueView completeAction(long id, int index, Long version) {
        Issue issue = versioned(id, version);
        Map<String, String> before = snapshot(issue);
        if (!issue.completeAction(index, Instant.now(clock))) {
            throw new NotFoundException("action " + index + " of issue " + id);
        }
        return saved(issue, before);
    }

    /** Whether an action is overdue on this day: not done and due before it. */
    static boolean overdue(RiskView.Action action, LocalDate today) {
        return !action.done() && action.due() != null && action.due().isBefore(today);
    }

    private void validate(IssueCommand command) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        RiskRegister.checkPerson(people, "ownerId", command.ownerId(), problems);
        RiskRegister.checkDate("due", command.due(), problems);
        problems.throwIfAny();
    }

    private Issue versioned(long id, Long version) {
        Issue issue = load(id);
        rights.requireWrite(issue.project());
        StaleVersionException.check(version, issue.version(), "issue " + id);
        return issue;
    }

    private IssueView saved(Issue issue, Map<String, String> before) {
        Issue saved = issues.save(issue);
        audit.updated(AUDIT_TYPE, saved.id(), saved.title(), before, snapshot(saved));
        return view(saved, true, people.byId());
    }

    private Issue load(long id) {
        return issues.findById(id).orElseThrow(() -> new NotFoundException("issue " + id));
    }

    private static Map<String, String> snapshot(Issue issue) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("project", String.valueOf(issue.project()));
        fields.put("title", issue.title());
        fields.put("description", Objects.toString(issue.description(), ""));
        fields.put("priority", issue.priority().name());
        fields.put("owner", Objects.toString(issue.ownerId(), ""));
        fields.put("due", Objects.toString(issue.due(), ""));
        fields.put("state", issue.state().name());
        fields.put("resolution", Objects.toString(issue.resolution(), ""));
        List<IssueAction> actions = issue.actions();
        for (int i = 0; i < actions.size(); i++) {
            IssueAction a = actions.get(i);
            fields.put("action" + (i + 1), a.description() + " | " + Objects.toString(a.ownerId(), "") + " | "
                    + Objects.toString(a.due(), "") + (a.done() ? " | done" : ""));
        }
        return fields;
    }

    private static IssueView view(Issue issue, boolean editable, Map<Long, Person> names) {
        List<IssueAction> stored = issue.actions();
        List<RiskView.Action> actions = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            IssueAction a = stored.get(i);
            actions.add(new RiskView.Action(i, a.description(), RiskRegister.person(a.ownerId(), names), a.due(),
                    a.done()));
        }
        return new IssueView(issue.id(), issue.project(), issue.title(), issue.description(), issue.priority(),
                RiskRegister.person(issue.ownerId(), names), issue.due(), issue.state(), issue.resolution(), actions,
                editable, issue.version());
    }
}
