package org.lodestar.portfolio.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.lodestar.engine.health.Rag;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.DomainEvent;
import org.lodestar.portfolio.LifecyclePhase;
import org.lodestar.portfolio.PortfolioId;
import org.lodestar.portfolio.Priority;
import org.lodestar.portfolio.ProgrammeId;
import org.lodestar.portfolio.ProjectAct;
import org.lodestar.portfolio.ProjectCreated;
import org.lodestar.portfolio.ProjectDeleted;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectMoved;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.portfolio.ProjectStateChanged;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A project in the registry. Its fields are set as a whole from a validated command ({@link ProjectFields});
 * membership changes through {@link #addMember} and {@link #removeMember}; its state and place in the portfolio
 * change only through the acts of {@link ProjectAct}'s table ({@link #take}, {@link #moveTo}), which register
 * {@link ProjectStateChanged} and {@link ProjectMoved}. Creating and deleting register {@link ProjectCreated} and
 * {@link ProjectDeleted}.
 */
@Table("project")
public class Project {

    @Id
    private Long id;
    private String code;
    private String name;
    private String description;
    private Long portfolio;
    private Long programme;
    private Long sponsor;
    private Long manager;
    private String businessUnit;
    private LifecyclePhase phase;
    private ProjectState state;
    private Priority priority;
    /** A copy of the reported health that status keeps current; never written with the project's fields. */
    @ReadOnlyProperty
    private Rag reportedHealth;
    private LocalDate plannedStart;
    private LocalDate plannedFinish;
    private LocalDate forecastStart;
    private LocalDate forecastFinish;
    private LocalDate actualStart;
    private LocalDate actualFinish;
    private BigDecimal budget;
    private String currency;
    /** Whether the project has a plan, whose schedule and progress give its dates; written by planning only. */
    @ReadOnlyProperty
    private boolean datesFromPlan;
    /** The baseline whose dates are the planned ones (null: entered by hand); written by planning only. */
    @ReadOnlyProperty
    private Integer plannedBaseline;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    @MappedCollection(idColumn = "project")
    private Set<ProjectTag> tags = new HashSet<>();
    @MappedCollection(idColumn = "project")
    private Set<ProjectObjective> objectives = new HashSet<>();
    @MappedCollection(idColumn = "project")
    private Set<ProjectMember> members = new HashSet<>();
    @MappedCollection(idColumn = "project")
    private Set<CustomValue> customValues = new HashSet<>();

    // built when published, after the save: a new project has its id only then
    @Transient
    private final List<Function<Project, DomainEvent>> events = new ArrayList<>();

    Project() {
    }

    public static Project create(String code, ProjectFields fields, Instant now) {
        Project project = new Project();
        project.code = code;
        project.createdAt = now;
        project.apply(fields, now);
        project.events.add(created -> new ProjectCreated(created.projectId(), created.code,
                PortfolioId.of(created.portfolio), created.state, created.plannedStart));
        return project;
    }

    /**
     * Sets every editable field; {@code fromVersion} is the version the change was made from. A different state
     * or portfolio or programme is the act of the table that leads there, refused like the act itself.
     */
    public void change(ProjectFields fields, long fromVersion, Instant now) {
        ProjectState fromState = state;
        if (fields.state() != state) {
            ProjectAct act = ProjectAct.between(state, fields.state()).orElseThrow(() -> refused(fields.state()));
            requireAllowed(act);
        }
        Long fromPortfolio = portfolio;
        Long fromProgramme = programme;
        boolean moves = !Objects.equals(fields.portfolio(), portfolio) || !Objects.equals(fields.programme(), programme);
        if (moves) requireAllowed(ProjectAct.MOVE);
        this.version = fromVersion;
        apply(fields, now);
        if (moves) registerMove(fromPortfolio, fromProgramme);
        if (fromState != state) registerStateChange(fromState);
    }

    /**
     * Takes one of the acts that change the project's state ({@link ProjectAct#ACTIVATE}, {@link ProjectAct#CLOSE}...);
     * refused with {@link ConflictException} when its state does not allow it.
     */
    public void take(ProjectAct act, long fromVersion, Instant now) {
        if (act == ProjectAct.MOVE) throw new IllegalArgumentException("a move needs its destination: moveTo");
        requireAllowed(act);
        ProjectState fromState = state;
        state = act.to();
        version = fromVersion;
        updatedAt = now;
        registerStateChange(fromState);
    }

    /** Moves the project to another portfolio and programme (null: none); refused when closed or cancelled. */
    public void moveTo(long toPortfolio, Long toProgramme, long fromVersion, Instant now) {
        requireAllowed(ProjectAct.MOVE);
        Long fromPortfolio = portfolio;
        Long fromProgramme = programme;
        portfolio = toPortfolio;
        programme = toProgramme;
        version = fromVersion;
        updatedAt = now;
        if (!Objects.equals(fromPortfolio, portfolio) || !Objects.equals(fromProgramme, programme)) {
            registerMove(fromPortfolio, fromProgramme);
        }
    }

    /**
     * Enters a lifecycle phase through a gate (the act of the module that governs the phase): the state stays; a
     * closed or cancelled project changes no more.
     */
    public void enterPhase(LifecyclePhase to, Instant now) {
        if (state == ProjectState.CLOSED || state == ProjectState.CANCELLED) {
            throw new ConflictException("project.phase.ended", new Object[] {code,
                    new DefaultMessageSourceResolvable(state.messageKey())}, Map.of("state", state.name()),
                    "project " + code + " is " + state + ": its phase changes no more");
        }
        phase = to;
        updatedAt = now;
    }

    /** Registers {@link ProjectDeleted}; the registry deletes the project itself. */
    public void delete() {
        events.add(deleted -> new ProjectDeleted(deleted.projectId(), deleted.code, deleted.name));
    }

    private void requireAllowed(ProjectAct act) {
        if (!act.allowedFrom(state)) {
            throw new ConflictException("project.act.refused", new Object[] {code,
                    new DefaultMessageSourceResolvable(state.messageKey()),
                    new DefaultMessageSourceResolvable(act.messageKey())},
                    Map.of("state", state.name(), "act", act.name()),
                    "project " + code + " is " + state + ": it cannot " + act);
        }
    }

    private ConflictException refused(ProjectState to) {
        return new ConflictException("project.state.refused", new Object[] {code,
                new DefaultMessageSourceResolvable(state.messageKey()), new DefaultMessageSourceResolvable(to.messageKey())},
                Map.of("state", state.name(), "requestedState", to.name(),
                        "allowedActs", ProjectAct.allowedFrom(state, false).stream().map(ProjectAct::path).toList()),
                "project " + code + " cannot go from " + state + " to " + to);
    }

    private void registerStateChange(ProjectState from) {
        ProjectState to = state;
        events.add(changed -> new ProjectStateChanged(changed.projectId(), changed.code, from, to));
    }

    private void registerMove(Long fromPortfolio, Long fromProgramme) {
        Long toPortfolio = portfolio;
        Long toProgramme = programme;
        events.add(moved -> new ProjectMoved(moved.projectId(), moved.code, PortfolioId.of(fromPortfolio),
                ProgrammeId.of(fromProgramme), PortfolioId.of(toPortfolio), ProgrammeId.of(toProgramme)));
    }

    @DomainEvents
    List<DomainEvent> domainEvents() {
        return events.stream().map(event -> event.apply(this)).toList();
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        events.clear();
    }

    private void apply(ProjectFields fields, Instant now) {
        if (fields.code() != null) code = fields.code();
        name = fields.name();
        description = fields.description();
        portfolio = fields.portfolio();
        programme = fields.programme();
        sponsor = fields.sponsor();
        manager = fields.manager();
        businessUnit = fields.businessUnit();
        phase = fields.phase();
        state = fields.state();
        priority = fields.priority();
        plannedStart = fields.plannedStart();
        plannedFinish = fields.plannedFinish();
        forecastStart = fields.forecastStart();
        forecastFinish = fields.forecastFinish();
        actualStart = fields.actualStart();
        actualFinish = fields.actualFinish();
        budget = fields.budget();
        currency = fields.currency();
        tags = new HashSet<>(fields.tags().stream().map(ProjectTag::new).toList());
        // an objective kept keeps its weight; a new one starts at the default
        java.util.Map<Long, Integer> weights = new java.util.HashMap<>();
        objectives.forEach(o -> weights.put(o.objective(), o.weight()));
        objectives = new HashSet<>(fields.objectives().stream()
                .map(o -> new ProjectObjective(o, weights.getOrDefault(o, ProjectObjective.DEFAULT_WEIGHT))).toList());
        customValues = new HashSet<>(fields.customValues().entrySet().stream()
                .map(entry -> new CustomValue(entry.getKey(), entry.getValue())).toList());
        updatedAt = now;
    }

    public void addMember(long user, boolean canEdit, long fromVersion, Instant now) {
        members.removeIf(member -> member.appUser() == user);
        members.add(new ProjectMember(user, canEdit));
        version = fromVersion;
        updatedAt = now;
    }

    /** How much the project serves an objective it serves; false when it does not serve it. */
    public boolean weigh(long objective, int weight, long fromVersion, Instant now) {
        if (objectives.stream().noneMatch(o -> o.objective() == objective)) return false;
        objectives.removeIf(o -> o.objective() == objective);
        objectives.add(new ProjectObjective(objective, weight));
        version = fromVersion;
        updatedAt = now;
        return true;
    }

    public void removeMember(long user, long fromVersion, Instant now) {
        members.removeIf(member -> member.appUser() == user);
        version = fromVersion;
        updatedAt = now;
    }

    public Long id() { return id; }
    public ProjectId projectId() { return new ProjectId(id); }
    public String code() { return code; }
    public String name() { return name; }
    public String description() { return description; }
    public Long portfolio() { return portfolio; }
    public Long programme() { return programme; }
    public Long sponsor() { return sponsor; }
    public Long manager() { return manager; }
    public String businessUnit() { return businessUnit; }
    public LifecyclePhase phase() { return phase; }
    public ProjectState state() { return state; }
    public Priority priority() { return priority; }
    public Rag reportedHealth() { return reportedHealth; }
    public LocalDate plannedStart() { return plannedStart; }
    public LocalDate plannedFinish() { return plannedFinish; }
    public LocalDate forecastStart() { return forecastStart; }
    public LocalDate forecastFinish() { return forecastFinish; }
    public LocalDate actualStart() { return actualStart; }
    public LocalDate actualFinish() { return actualFinish; }
    public BigDecimal budget() { return budget; }
    public boolean datesFromPlan() { return datesFromPlan; }
    public Integer plannedBaseline() { return datesFromPlan ? plannedBaseline : null; }
    public String currency() { return currency; }
    public long version() { return version == null ? 0 : version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Set<ProjectTag> tags() { return Set.copyOf(tags); }
    public Set<ProjectObjective> objectives() { return Set.copyOf(objectives); }
    public Set<ProjectMember> members() { return Set.copyOf(members); }
    public Set<CustomValue> customValues() { return Set.copyOf(customValues); }
}
