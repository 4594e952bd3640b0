package org.lodestar.portfolio;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditEvent;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.IdList;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.PageResult;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.Rights;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.platform.UserId;
import org.lodestar.portfolio.internal.Project;
import org.lodestar.portfolio.internal.ProjectFields;
import org.lodestar.portfolio.internal.ProjectObjective;
import org.lodestar.portfolio.internal.ProjectSearch;
import org.lodestar.portfolio.internal.ProjectTag;
import org.lodestar.portfolio.internal.Projects;
import org.lodestar.portfolio.internal.StrategicObjective;
import org.lodestar.portfolio.internal.StrategicObjectives;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects of the registry: find, create, change, delete, and manage membership. Every method checks the
 * reader's or writer's rights itself, so the web UI and the API obey the same rules; every change is audited in
 * the same transaction.
 */
@Service
public class ProjectRegistry {

    static final String AUDIT_TYPE = "project";

    private final Projects projects;
    private final ProjectSearch search;
    private final ProjectValidator validator;
    private final PortfolioRegistry portfolios;
    private final StrategicObjectives objectives;
    private final CustomFields customFields;
    private final People people;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    // looked up when asked: a module's implementation may itself use the registry
    private final ObjectProvider<ProjectDependants> dependants;
    private final ProjectRights rights;
    private final PortfolioRights portfolioRights;
    // looked up when asked, like the dependants
    private final ObjectProvider<ProjectPhaseGuard> phaseGuards;

    ProjectRegistry(Projects projects, ProjectSearch search, ProjectValidator validator, PortfolioRegistry portfolios,
                    StrategicObjectives objectives, CustomFields customFields, People people, AuditTrail audit,
                    CurrentUser currentUser, Clock clock, ObjectProvider<ProjectDependants> dependants,
                    ProjectRights rights, PortfolioRights portfolioRights, ObjectProvider<ProjectPhaseGuard> phaseGuards) {
        this.phaseGuards = phaseGuards;
        this.rights = rights;
        this.portfolioRights = portfolioRights;
        this.projects = projects;
        this.search = search;
        this.validator = validator;
        this.portfolios = portfolios;
        this.objectives = objectives;
        this.customFields = customFields;
        this.people = people;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.dependants = dependants;
    }

    @Transactional(readOnly = true)
    public PageResult<ProjectRow> search(ProjectQuery query) {
        Actor reader = currentUser.actor();
        return search.search(query.forList(), reader.id().value(), reader.seesSummariesOnly());
    }

    /**
     * Every project the reader sees, of one portfolio or (null) all, by code: the rows {@link #search} gives page
     * after page, read in one statement.
     */
    @Transactional(readOnly = true)
    public List<ProjectRow> everyRow(Long portfolioId) {
        Actor reader = currentUser.actor();
        return search.all(new ProjectQuery(null, portfolioId, null, null, null, null, null, null, null, false, "code",
                false, 0, ProjectQuery.MAX_SIZE), reader.id().value(), reader.seesSummariesOnly());
    }

    /**
     * The projects of a query with their custom field values, for exports: one page of rows, and per project the
     * values by field key as people read them (names for people). Readers of summaries get no custom values.
     */
    @Transactional(readOnly = true)
    public ProjectExport export(ProjectQuery query) {
        Actor reader = currentUser.actor();
        PageResult<ProjectRow> rows = search.search(query, reader.id().value(), reader.seesSummariesOnly());
        List<CustomFieldView> fields = reader.seesSummariesOnly() ? List.of() : customFields.forProjects();
        Map<Long, Map<Long, String>> stored = fields.isEmpty() ? Map.of()
                : search.customValues(rows.items().stream().map(ProjectRow::id).toList());
        Map<Long, Person> everyone = people.byId();
        Map<Long, Map<String, String>> values = new LinkedHashMap<>();
        stored.forEach((project, byField) -> {
            Map<String, String> byKey = new LinkedHashMap<>();
            for (CustomFieldView field : fields) {
                String value = byField.get(field.id());
                if (value != null) byKey.put(field.key(), CustomFields.neutral(field.type(), value, everyone));
            }
            values.put(project, byKey);
        });
        return new ProjectExport(rows.items(), fields, values);
    }

    @Transactional(readOnly = true)
    public ProjectView get(ProjectId id) {
        return view(load(id), currentUser.actor(), people.byId());
    }

    /**
     * The currency of a project's money, for background work that has no reader (another module's listener booking
     * amounts on the project); empty when the project no longer exists.
     */
    @Transactional(readOnly = true)
    public Optional<String> currencyOf(ProjectId id) {
        return projects.findById(id.value()).map(Project::currency);
    }

    /** The currencies of those of the projects that still exist, by project id; no rights asked (as above). */
    @Transactional(readOnly = true)
    public Map<Long, String> currencies(Collection<Long> ids) {
        return search.currencies(IdList.of(ids));
    }

    /** Whether the project still exists, for background work that has no reader (a listener heard late). */
    @Transactional(readOnly = true)
    public boolean exists(ProjectId id) {
        return projects.existsById(id.value());
    }

    @Transactional
    public ProjectView create(ProjectCommand command) {
        // refused before the command is read: without a portfolio, one in which the actor may create projects at all
        Actor actor = portfolioRights.require(command.portfolioId(), PortfolioAct.CREATE_PROJECTS);
        Map<Long, Person> everyone = people.byId();
        ProjectFields fields = validator.validate(command, (Project) null);
        String code = fields.code() != null ? fields.code() : nextCode();
        Project project = projects.save(Project.create(code, fields, Instant.now(clock)));
        audit.created(AUDIT_TYPE, project.id(), project.code() + " " + project.name(), snapshot(project, everyone));
        return view(project, actor, everyone);
    }

    @Transactional
    public ProjectView change(ProjectId id, ProjectCommand command) {
        Actor actor = currentUser.actor();
        Map<Long, Person> everyone = people.byId();
        Project project = load(id);
        requireEditable(actor, project);
        StaleVersionException.check(command.version(), project.version(), "project " + project.code());
        boolean moves = command.portfolioId() != null && !command.portfolioId().equals(project.portfolio());
        // a move takes the project out of one portfolio and into another: both must be the actor's to manage
        Rights.require(!moves || portfolioRights.may(actor, project.portfolio(), PortfolioAct.CREATE_PROJECTS)
                && portfolioRights.may(actor, command.portfolioId(), PortfolioAct.CREATE_PROJECTS), actor,
                "move project " + project.code() + " to portfolio " + command.portfolioId());
        ProjectFields fields = validator.validate(command, project);
        if (fields.phase() != project.phase()) requirePhaseFree(project);
        Map<String, String> before = snapshot(project, everyone);
        project.change(fields, command.version(), Instant.now(clock));
        project = projects.save(project);
        audit.updated(AUDIT_TYPE, project.id(), project.code() + " " + project.name(), before, snapshot(project, everyone));
        return view(project, actor, everyone);
    }

    @Transactional
    public void delete(ProjectId id, long version) {
        Actor actor = currentUser.actor();
        Map<Long, Person> everyone = people.byId();
        Project project = load(id);
        Rights.require(rights.may(actor, project, ProjectRight.DELETE), actor, "delete project " + project.code());
        StaleVersionException.check(version, project.version(), "project " + project.code());
        requireNothingKept(project);
        audit.deleted(AUDIT_TYPE, project.id(), project.code() + " " + project.name(), snapshot(project, everyone));
        project.delete();
        projects.delete(project);
    }

    /**
     * Takes one of the project's lifecycle acts ({@link ProjectAct#ACTIVATE}, {@link ProjectAct#CLOSE}...; not
     * {@link ProjectAct#MOVE}, see {@link #moveTo}): needs the right to edit the project, and is refused with 409
     * when the project's state does not allow the act. Audited; registers {@link ProjectStateChanged}.
     */
    @Transactional
    public ProjectView take(ProjectId id, ProjectAct act, Long version) {
        Actor actor = currentUser.actor();
        Map<Long, Person> everyone = people.byId();
        Project project = load(id);
        requireEditable(actor, project);
        StaleVersionException.check(version, project.version(), "project " + project.code());
        Map<String, String> before = snapshot(project, everyone);
        project.take(act, version, Instant.now(clock));
        project = projects.save(project);
        audit.updated(AUDIT_TYPE, project.id(), project.code() + " " + project.name(), before, snapshot(project, everyone));
        return view(project, actor, everyone);
    }

    /**
     * Moves the project to another portfolio and programme (null: none), which must belong to that portfolio:
     * needs the right over the portfolio it leaves and the one it joins, and is refused with 409 for a closed or
     * cancelled project. Audited; registers {@link ProjectMoved}.
     */
    @Transactional
    public ProjectView moveTo(ProjectId id, PortfolioId portfolio, ProgrammeId programme, Long version) {
        Actor actor = currentUser.actor();
        Map<Long, Person> everyone = people.byId();
        Project project = load(id);
        requireEditable(actor, project);
        // a move takes the project out of one portfolio and into another: both must be the actor's to manage
        Rights.require(portfolioRights.may(actor, project.portfolio(), PortfolioAct.CREATE_PROJECTS)
                && (portfolio == null || portfolioRights.may(actor, portfolio.value(), PortfolioAct.CREATE_PROJECTS)),
                actor, "move project " + project.code() + " to portfolio " + portfolio);
        StaleVersionException.check(version, project.version(), "project " + project.code());
        if (portfolio == null) {
            throw new InvalidInputException(List.of(
                    new InvalidInputException.FieldProblem("portfolioId", "validation.required")));
        }
        if (!portfolios.portfolioExists(portfolio.value())) {
            throw new InvalidInputException(List.of(
                    new InvalidInputException.FieldProblem("portfolioId", "validation.reference.unknown")));
        }
        if (programme != null) {
            Long programmePortfolio = portfolios.portfolioOfProgramme(programme.value());
            if (programmePortfolio == null || programmePortfolio != portfolio.value()) {
                throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("programmeId",
                        programmePortfolio == null ? "validation.reference.unknown"
                                : "validation.programme.otherPortfolio")));
            }
        }
        Map<String, String> before = snapshot(project, everyone);
        project.moveTo(portfolio.value(), programme == null ? null : programme.value(), version, Instant.now(clock));
        project = projects.save(project);
        audit.updated(AUDIT_TYPE, project.id(), project.code() + " " + project.name(), before, snapshot(project, everyone));
        return view(project, actor, everyone);
    }

    /**
     * Moves the project into a lifecycle phase through a gate: the act of the module that governs its phase (see
     * {@link ProjectPhaseGuard}), in that module's transaction. Needs the right to decide the project's gates;
     * audited, the gate named in the entry's summary.
     */
    @Transactional
    public ProjectView enterPhase(ProjectId id, LifecyclePhase phase, String gate) {
        Actor actor = currentUser.actor();
        Map<Long, Person> everyone = people.byId();
        Project project = load(id);
        Rights.require(rights.may(actor, project, ProjectRight.DECIDE_GATES), actor,
                "move project " + project.code() + " through gate " + gate);
        if (phase == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("phase", "validation.required")));
        }
        Map<String, String> before = snapshot(project, everyone);
        project.enterPhase(phase, Instant.now(clock));
        project = projects.save(project);
        audit.updated(AUDIT_TYPE, project.id(), project.code() + " " + project.name() + " (" + gate + ")", before,
                snapshot(project, everyone));
        return view(project, actor, everyone);
    }

    /** Refuses a phase change (409 naming the gate) when a module governs the project's phase. */
    private void requirePhaseFree(Project project) {
        phaseGuards.orderedStream().map(guard -> guard.gateFor(project.projectId())).flatMap(Optional::stream)
                .findFirst().ifPresent(gate -> {
                    throw new ConflictException("project.phase.gated", new Object[] {project.code(), gate},
                            Map.of("gate", gate), "project " + project.code() + " changes phase only through " + gate);
                });
    }

    /** Refuses the delete (409) when another module holds records of the project that must not be lost. */
    private void requireNothingKept(Project project) {
        List<ProjectDependants.Dependant> kept = dependants.orderedStream()
                .flatMap(module -> module.keeping(project.projectId()).stream()).toList();
        if (kept.isEmpty()) return;
        List<MessageSourceResolvable> names = kept.stream().<MessageSourceResolvable>map(dependant ->
                new DefaultMessageSourceResolvable(new String[] {dependant.kind()}, new Object[] {dependant.count()}))
                .toList();
        throw new ConflictException("project.delete.refused", new Object[] {project.code(), names},
                Map.of("dependants", kept), "project " + project.code() + " is kept by " + kept);
    }

    /** Adds a person to the project team, or changes their edit right if they are in it already. */
    @Transactional
    public ProjectView addMember(ProjectId id, UserId person, boolean canEdit, long version) {
        Actor actor = currentUser.actor();
        Map<Long, Person> everyone = people.byId();
        Project project = load(id);
        requireEditable(actor, project);
        StaleVersionException.check(version, project.version(), "project " + project.code());
        people.get(person);
        Map<String, String> before = snapshot(project, everyone);
        project.addMember(person.value(), canEdit, version, Instant.now(clock));
        project = projects.save(project);
        audit.updated(AUDIT_TYPE, project.id(), project.code() + " " + project.name(), before, snapshot(project, everyone));
        return view(project, actor, everyone);
    }

    /**
     * How much the project serves one of its objectives: a weight from 1 to 5 (else 400 naming {@code weight}); 404
     * when the project does not serve the objective. By the project's editors, audited.
     */
    @Transactional
    public ProjectView weighObjective(ProjectId id, long objective, Integer weight, Long version) {
        Actor actor = currentUser.actor();
        Map<Long, Person> everyone = people.byId();
        Project project = load(id);
        requireEditable(actor, project);
        StaleVersionException.check(version, project.version(), "project " + project.code());
        if (weight == null || weight < 1 || weight > 5) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("weight",
                    "validation.objectiveWeight")));
        }
        Map<String, String> before = snapshot(project, everyone);
        if (!project.weigh(objective, weight, version, Instant.now(clock))) {
            throw new NotFoundException("objective " + objective + " of project " + project.code());
        }
        project = projects.save(project);
        audit.updated(AUDIT_TYPE, project.id(), project.code() + " " + project.name(), before, snapshot(project, everyone));
        return view(project, actor, everyone);
    }

    @Transactional
    public ProjectView removeMember(ProjectId id, UserId person, long version) {
        Actor actor = currentUser.actor();
        Map<Long, Person> everyone = people.byId();
        Project project = load(id);
        requireEditable(actor, project);
        StaleVersionException.check(version, project.version(), "project " + project.code());
        Map<String, String> before = snapshot(project, everyone);
        if (project.members().stream().noneMatch(member -> member.appUser() == person.value())) {
            throw new NotFoundException("member " + person.value() + " of project " + project.code());
        }
        project.removeMember(person.value(), version, Instant.now(clock));
        project = projects.save(project);
        audit.updated(AUDIT_TYPE, project.id(), project.code() + " " + project.name(), before, snapshot(project, everyone));
        return view(project, actor, everyone);
    }

    /**
     * Planning's act: the project's plan was saved, baselined or progressed, and gives the registry its dates (see
     * {@link DateSources}); {@code dates} null when the project has no plan (any more), so its dates, as they
     * stand, are entered by hand. Called in the transaction of the plan's change, so that every reader of the
     * registry (lists, dashboard, reports, scenarios, health) reads the plan's dates as soon as the plan is
     * stored. Needs the right to edit the project, as the plan's change does. The project's version stays: these
     * dates are nobody's edit, and an editor of the project's other fields must not be refused for them. The
     * plan's change is audited by planning; the copy here is not audited again.
     */
    @Transactional
    public void followPlan(ProjectId id, PlanDates dates) {
        Actor actor = currentUser.actor();
        Project project = load(id);
        requireEditable(actor, project);
        follow(project, dates);
    }

    /**
     * The same for a plan change whose rights the changing module decided, in its transaction: the actual work of
     * approved timesheets, which a resource manager approves without editing the project (issue 14).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void followPlanAsDecided(ProjectId id, PlanDates dates) {
        follow(load(id), dates);
    }

    private void follow(Project project, PlanDates dates) {
        if (dates == null) {
            if (project.datesFromPlan()) projects.recordNoPlan(project.id());
            return;
        }
        boolean baselined = dates.baseline() != null;
        projects.recordPlanDates(project.id(), dates.forecastStart(), dates.forecastFinish(), dates.baseline(),
                baselined ? dates.baselineStart() : project.plannedStart(),
                baselined ? dates.baselineFinish() : project.plannedFinish(), dates.actualStart(),
                dates.actualFinish());
    }

    /** The project's history, newest first; readers of public summaries may not read it. */
    @Transactional(readOnly = true)
    public List<AuditEvent> history(ProjectId id) {
        Project project = load(id);
        Actor actor = currentUser.actor();
        Rights.require(rights.may(actor, project, ProjectRight.READ_DETAIL), actor, "read the history of " + project.code());
        return audit.history(AUDIT_TYPE, project.id());
    }

    private Project load(ProjectId id) {
        return projects.findById(id.value()).orElseThrow(() -> new NotFoundException("project " + id.value()));
    }

    private void requireEditable(Actor actor, Project project) {
        Rights.require(rights.may(actor, project, ProjectRight.EDIT), actor, "edit project " + project.code());
    }

    private String nextCode() {
        long next = projects.highestId().orElse(0L) + 1;
        String code = String.format("PRJ-%04d", next);
        while (projects.findByCode(code).isPresent()) {
            code = String.format("PRJ-%04d", ++next);
        }
        return code;
    }

    private ProjectView view(Project project, Actor reader, Map<Long, Person> everyone) {
        boolean summaryOnly = !rights.may(reader, project, ProjectRight.READ_DETAIL);
        boolean money = rights.may(reader, project, ProjectRight.READ_MONEY);
        List<Reference> objectiveRefs = objectiveReferences(project);
        List<ProjectView.CustomFieldValue> values = summaryOnly ? List.of() : customFields.valuesOf(project, everyone);
        List<ProjectView.Member> members = summaryOnly ? List.of() : project.members().stream()
                .map(member -> new ProjectView.Member(person(everyone, member.appUser()), member.canEdit()))
                .sorted(Comparator.comparing(member -> member.person().name()))
                .toList();
        return new ProjectView(project.id(), project.code(), project.name(), project.description(),
                portfolios.portfolioReference(project.portfolio()),
                project.programme() == null ? null : portfolios.programmeReference(project.programme()),
                person(everyone, project.sponsor()), person(everyone, project.manager()), project.businessUnit(),
                project.phase(), project.state(), project.priority(), project.reportedHealth(), null,
                project.plannedStart(), project.plannedFinish(), project.forecastStart(), project.forecastFinish(),
                project.actualStart(), project.actualFinish(), money ? project.budget() : null,
                money ? project.currency() : null,
                project.tags().stream().map(ProjectTag::tag).sorted().toList(), objectiveRefs, values, members,
                project.version(), project.createdAt(), project.updatedAt(), rights.may(reader, project, ProjectRight.EDIT),
                summaryOnly, new DateSources(project.datesFromPlan(), project.plannedBaseline()));
    }

    private List<Reference> objectiveReferences(Project project) {
        Map<Long, StrategicObjective> all = objectives.findAll().stream()
                .collect(Collectors.toMap(StrategicObjective::id, Function.identity()));
        return project.objectives().stream().map(ProjectObjective::objective).map(all::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(StrategicObjective::code))
                .map(objective -> new Reference(objective.id(), objective.code(), objective.name()))
                .toList();
    }

    private static Reference person(Map<Long, Person> everyone, Long id) {
        if (id == null) return null;
        Person person = everyone.get(id);
        return person == null ? null : new Reference(id, person.username(), person.displayName());
    }

    /** The project's fields as the audit trail shows them: names beside ids, so that history reads well. */
    private Map<String, String> snapshot(Project project, Map<Long, Person> everyone) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("code", project.code());
        snapshot.put("name", project.name());
        snapshot.put("description", project.description());
        snapshot.put("portfolio", portfolios.portfolioReference(project.portfolio()).name());
        snapshot.put("programme", project.programme() == null ? null
                : portfolios.programmeReference(project.programme()).name());
        snapshot.put("sponsor", name(everyone, project.sponsor()));
        snapshot.put("manager", name(everyone, project.manager()));
        snapshot.put("businessUnit", project.businessUnit());
        snapshot.put("phase", text(project.phase()));
        snapshot.put("state", text(project.state()));
        snapshot.put("priority", text(project.priority()));
        snapshot.put("plannedStart", text(project.plannedStart()));
        snapshot.put("plannedFinish", text(project.plannedFinish()));
        snapshot.put("forecastStart", text(project.forecastStart()));
        snapshot.put("forecastFinish", text(project.forecastFinish()));
        snapshot.put("actualStart", text(project.actualStart()));
        snapshot.put("actualFinish", text(project.actualFinish()));
        snapshot.put("budget", project.budget() == null ? null : project.budget().toPlainString());
        snapshot.put("currency", project.currency());
        snapshot.put("tags", joined(project.tags().stream().map(ProjectTag::tag).toList()));
        Map<Long, Integer> weights = project.objectives().stream()
                .collect(Collectors.toMap(ProjectObjective::objective, ProjectObjective::weight));
        snapshot.put("objectives", joined(objectiveReferences(project).stream().map(o -> o.code()
                + (weights.get(o.id()) == ProjectObjective.DEFAULT_WEIGHT ? "" : " ×" + weights.get(o.id()))).toList()));
        snapshot.put("members", joined(project.members().stream()
                .map(member -> name(everyone, member.appUser()) + (member.canEdit() ? " ✎" : "")).toList()));
        customFields.auditTexts(project, everyone).forEach((label, text) -> snapshot.put("custom." + label, text));
        return snapshot;
    }

    private static String name(Map<Long, Person> everyone, Long id) {
        if (id == null) return null;
        Person person = everyone.get(id);
        return person == null ? "#" + id : person.displayName();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(", ", new TreeSet<>(values));
    }
}
