package org.lodestar.raid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import org.lodestar.platform.PageResult;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.platform.UserId;
import org.lodestar.portfolio.Reference;
import org.lodestar.raid.internal.Risk;
import org.lodestar.raid.internal.RiskAction;
import org.lodestar.raid.internal.Risks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each project's risk register. Readers of the project's detail read it; the project's writers raise, describe,
 * reassess, close and reopen risks and add and complete their response actions ({@link RaidRights}). Every change
 * is written with its audit entry in one transaction, from the version the writer read (409 when stale).
 */
@Service
public class RiskRegister {

    static final String AUDIT_TYPE = "risk";
    /** How many risks a top-N list shows unless asked otherwise. */
    public static final int TOP = 10;

    private final Risks risks;
    private final RaidRights rights;
    private final ProjectRegistry projects;
    private final PortfolioRegistry portfolios;
    private final People people;
    private final InputValidation validation;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    RiskRegister(Risks risks, RaidRights rights, ProjectRegistry projects, PortfolioRegistry portfolios, People people, InputValidation validation, AuditTrail audit,
                 CurrentUser currentUser, Clock clock) {
        this.risks = risks;
        this.rights = rights;
        this.projects = projects;
        this.portfolios = portfolios;
        this.people = people;
        this.validation = validation;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The project's risks, open and closed, highest score first. */
    @Transactional(readOnly = true)
    public List<RiskView> list(long project) {
        Actor actor = rights.requireRead(project);
        boolean editable = rights.mayWrite(actor, project);
        Map<Long, Person> names = people.byId();
        return risks.findByProjectOrderByScoreDescIdAsc(project).stream()
                .map(risk -> view(risk, editable, names)).toList();
    }

    @Transactional(readOnly = true)
    public RiskView get(long id) {
        Risk risk = load(id);
        Actor actor = rights.requireRead(risk.project());
        return view(risk, rights.mayWrite(actor, risk.project()), people.byId());
    }

    /** The project's 5x5 matrix of open risks and its top {@code topN}. */
    @Transactional(readOnly = true)
    public RiskMatrix matrix(long project, int topN) {
        return RiskMatrix.of(list(project).stream().filter(risk -> risk.state() == RiskState.OPEN).toList(),
                Math.max(0, Math.min(topN, 100)));
    }

    /**
     * The portfolio's 5x5 matrix: the open risks of its projects that the reader may read, and its top
     * {@code topN}; 404 when there is no such portfolio, 403 for those who read no project's detail.
     */
    @Transactional(readOnly = true)
    public RiskMatrix portfolioMatrix(long portfolio, int topN) {
        Actor actor = rights.requireReadAny();
        portfolios.portfolio(portfolio);
        List<Long> readable = new ArrayList<>();
        Set<Long> writable = new HashSet<>();
        int page = 0;
        PageResult<ProjectRow> rows;
        do {
            rows = projects.search(new ProjectQuery(null, portfolio, null, null, null, null, null, null, null, false,
                    "code", false, page++, ProjectQuery.MAX_SIZE));
            for (ProjectRow row : rows.items()) {
                if (rights.mayRead(actor, row.id())) readable.add(row.id());
                if (rights.mayWrite(actor, row.id())) writable.add(row.id());
            }
        } while ((long) page * ProjectQuery.MAX_SIZE < rows.total());
        if (readable.isEmpty()) return RiskMatrix.of(List.of(), 0);
        Map<Long, Person> names = people.byId();
        List<RiskView> open = risks.findByProjectInAndStateOrderByScoreDescIdAsc(readable, RiskState.OPEN.name())
                .stream().map(risk -> view(risk, writable.contains(risk.project()), names)).toList();
        return RiskMatrix.of(open, Math.max(0, Math.min(topN, 100)));
    }

    /** Refuses (403) whoever may not write the risk's project; the API asks it before reading what was sent. */
    @Transactional(readOnly = true)
    public void authoriseWrite(long id) {
        rights.requireWrite(load(id).project());
    }

    @Transactional
    public RiskView raise(long project, RiskCommand command) {
        Actor actor = rights.requireWrite(project);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        if (command.probability() == null && !problems.has("probability")) problems.add("probability", "validation.required");
        if (command.impact() == null && !problems.has("impact")) problems.add("impact", "validation.required");
        checkRules(command, problems);
        problems.throwIfAny();
        Instant now = Instant.now(clock);
        Risk risk = risks.save(Risk.raise(project, description(command), command.probability(), command.impact(),
                command.residualProbability(), command.residualImpact(), actor.id().value(), now));
        audit.created(AUDIT_TYPE, risk.id(), risk.title(), snapshot(risk));
        return view(risk, true, people.byId());
    }

    /** Changes what describes the risk and its response (not its score: {@link #reassess}). */
    @Transactional
    public RiskView describe(long id, RiskCommand command) {
        Risk risk = load(id);
        rights.requireWrite(risk.project());
        StaleVersionException.check(command.version(), risk.version(), "risk " + id);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        checkRules(command, problems);
        problems.throwIfAny();
        Map<String, String> before = snapshot(risk);
        risk.describe(description(command), Instant.now(clock));
        return saved(risk, before);
    }

    /** A new assessment of the risk's probability and impact, kept in its history. */
    @Transactional
    public RiskView reassess(long id, AssessmentCommand command) {
        Risk risk = load(id);
        Actor actor = rights.requireWrite(risk.project());
        StaleVersionException.check(command.version(), risk.version(), "risk " + id);
        validation.check(command);
        Map<String, String> before = snapshot(risk);
        risk.reassess(command.probability(), command.impact(), command.residualProbability(),
                command.residualImpact(), actor.id().value(), Instant.now(clock));
        return saved(risk, before);
    }

    @Transactional
    public RiskView close(long id, Long version) {
        Risk risk = versioned(id, version);
        Map<String, String> before = snapshot(risk);
        risk.close(Instant.now(clock));
        return saved(risk, before);
    }

    @Transactional
    public RiskView reopen(long id, Long version) {
        Risk risk = versioned(id, version);
        Map<String, String> before = snapshot(risk);
        risk.reopen(Instant.now(clock));
        return saved(risk, before);
    }

    @Transactional
    public RiskView addAction(long id, RiskActionCommand command) {
        Risk risk = versioned(id, command.version());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        checkPerson("ownerId", command.ownerId(), problems);
        checkDate("due", command.due(), problems);
        problems.throwIfAny();
        Map<String, String> before = snapshot(risk);
        risk.addAction(command.description().strip(), command.ownerId(), command.due(), Instant.now(clock));
        return saved(risk, before);
    }

    @Transactional
    public RiskView completeAction(long id, int index, Long version) {
        Risk risk = versioned(id, version);
        Map<String, String> before = snapshot(risk);
        if (!risk.completeAction(index, Instant.now(clock))) {
            throw new NotFoundException("action " + index + " of risk " + id);
        }
        return saved(risk, before);
    }

    private Risk versioned(long id, Long version) {
        Risk risk = load(id);
        rights.requireWrite(risk.project());
        StaleVersionException.check(version, risk.version(), "risk " + id);
        return risk;
    }

    private RiskView saved(Risk risk, Map<String, String> before) {
        Risk saved = risks.save(risk);
        audit.updated(AUDIT_TYPE, saved.id(), saved.title(), before, snapshot(saved));
        return view(saved, true, people.byId());
    }

    private void checkRules(RiskCommand command, InvalidInputException.Collector problems) {
        if (command.strategy() != null && command.kind() != null && !command.strategy().fits(command.kind())) {
            problems.add("strategy", "raid.validation.strategy", command.strategy().name(), command.kind().name());
        }
        if ((command.residualProbability() == null) != (command.residualImpact() == null)) {
            problems.add(command.residualProbability() == null ? "residualProbability" : "residualImpact",
                    "raid.validation.residualPair");
        }
        checkPerson("ownerId", command.ownerId(), problems);
        checkDate("proximity", command.proximity(), problems);
    }

    private void checkPerson(String field, Long person, InvalidInputException.Collector problems) {
        checkPerson(people, field, person, problems);
    }

    static void checkPerson(People people, String field, Long person, InvalidInputException.Collector problems) {
        if (person != null && people.find(new UserId(person)).isEmpty()) {
            problems.add(field, "validation.reference.unknown");
        }
    }

    static void checkDate(String field, LocalDate date, InvalidInputException.Collector problems) {
        if (date != null && (date.getYear() < 1900 || date.getYear() > 2999)) {
            problems.add(field, "validation.date.range", "1900-01-01", "2999-12-31");
        }
    }

    private static Risk.Description description(RiskCommand c) {
        return new Risk.Description(c.kind(), c.title().strip(), blankToNull(c.cause()), blankToNull(c.event()),
                blankToNull(c.effect()), c.category().strip(), c.ownerId(), c.proximity(), c.strategy(),
                blankToNull(c.trigger()));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Risk load(long id) {
        return risks.findById(id).orElseThrow(() -> new NotFoundException("risk " + id));
    }

    private static Map<String, String> snapshot(Risk risk) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("project", String.valueOf(risk.project()));
        fields.put("kind", risk.kind().name());
        fields.put("title", risk.title());
        fields.put("cause", Objects.toString(risk.cause(), ""));
        fields.put("event", Objects.toString(risk.event(), ""));
        fields.put("effect", Objects.toString(risk.effect(), ""));
        fields.put("category", risk.category());
        fields.put("probability", String.valueOf(risk.probability()));
        fields.put("impact", String.valueOf(risk.impact()));
        fields.put("score", String.valueOf(risk.score()));
        fields.put("owner", Objects.toString(risk.ownerId(), ""));
        fields.put("proximity", Objects.toString(risk.proximity(), ""));
        fields.put("strategy", risk.strategy() == null ? "" : risk.strategy().name());
        fields.put("trigger", Objects.toString(risk.trigger(), ""));
        fields.put("residualProbability", Objects.toString(risk.residualProbability(), ""));
        fields.put("residualImpact", Objects.toString(risk.residualImpact(), ""));
        fields.put("state", risk.state().name());
        List<RiskAction> actions = risk.actions();
        for (int i = 0; i < actions.size(); i++) {
            RiskAction a = actions.get(i);
            fields.put("action" + (i + 1), a.description() + " | " + Objects.toString(a.ownerId(), "") + " | "
                    + Objects.toString(a.due(), "") + (a.done() ? " | done" : ""));
        }
        return fields;
    }

    private static RiskView view(Risk risk, boolean editable, Map<Long, Person> names) {
        List<RiskView.Assessment> history = risk.history().stream().map(a -> new RiskView.Assessment(a.probability(),
                a.impact(), a.score(), a.residualProbability(), a.residualImpact(), person(a.assessedBy(), names),
                a.assessedAt())).toList();
        List<RiskAction> stored = risk.actions();
        List<RiskView.Action> actions = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            RiskAction a = stored.get(i);
            actions.add(new RiskView.Action(i, a.description(), person(a.ownerId(), names), a.due(), a.done()));
        }
        return new RiskView(risk.id(), risk.project(), risk.kind(), risk.title(), risk.cause(), risk.event(),
                risk.effect(), risk.category(), risk.probability(), risk.impact(), risk.score(),
                person(risk.ownerId(), names), risk.proximity(), risk.strategy(), risk.trigger(),
                risk.residualProbability(), risk.residualImpact(), risk.state(), history, actions, editable,
                risk.version());
    }

    static Reference person(Long id, Map<Long, Person> names) {
        if (id == null) return null;
        Person person = names.get(id);
        return new Reference(id, person == null ? null : person.username(), person == null ? "" : person.displayName());
    }

}
