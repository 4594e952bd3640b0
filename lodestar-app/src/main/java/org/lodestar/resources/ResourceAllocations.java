package org.lodestar.resources;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditedChanges;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.ConflictException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.lodestar.resources.internal.Allocation;
import org.lodestar.resources.internal.Allocations;
import org.lodestar.resources.internal.DemandStore;
import org.lodestar.resources.internal.Resource;
import org.lodestar.resources.internal.Resources;
import org.lodestar.resources.internal.Utilisation;
import org.lodestar.resources.internal.WorkWeek;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Role allocations, the demand at project level: a role (or a named person filling it) for a month at an FTE,
 * booked soft or hard. The project's editors and resource managers ({@link ProjectRight#MANAGE_RESOURCES}) write a
 * project's allocations, its readers read them; {@link #staff} replaces a role allocation by a named person. The
 * {@link #roleHeatmap} sets demand against the pool's capacity by role and month.
 */
@Service
public class ResourceAllocations {

    static final String AUDIT_TYPE = "allocation";

    private final Allocations allocations;
    private final Resources resources;
    private final DemandStore demand;
    private final ResourcePool pool;
    private final ProjectRights projectRights;
    private final CurrentUser currentUser;
    private final InputValidation validation;
    private final AuditedChanges changes;
    private final Clock clock;
    private final AuditedChanges.Kind<Allocation> kind;

    ResourceAllocations(Allocations allocations, Resources resources, DemandStore demand, ResourcePool pool,
                        ProjectRights projectRights, CurrentUser currentUser, InputValidation validation,
                        AuditedChanges changes, Clock clock) {
        this.allocations = allocations;
        this.resources = resources;
        this.demand = demand;
        this.pool = pool;
        this.projectRights = projectRights;
        this.currentUser = currentUser;
        this.validation = validation;
        this.changes = changes;
        this.clock = clock;
        this.kind = new AuditedChanges.Kind<>(AUDIT_TYPE, allocations::findById, allocations::save, Allocation::id,
                Allocation::version, a -> a.role() + " " + YearMonth.from(a.month()), ResourceAllocations::snapshot);
    }

    @Transactional(readOnly = true)
    public List<AllocationView> list(long project) {
        projectRights.require(new ProjectId(project), ProjectRight.READ_DETAIL);
        Map<Long, String> names = names();
        return allocations.findByProjectOrderByMonthStartAscRoleAscIdAsc(project).stream()
                .map(a -> view(a, names)).toList();
    }

    /** Refuses (403) whoever may not write the project's allocations: its editors and resource managers may. */
    public Actor requireWrite(long project) {
        Actor actor = currentUser.actor();
        ProjectId id = new ProjectId(project);
        if (projectRights.may(actor, id, ProjectRight.EDIT)) return actor;
        return projectRights.require(id, ProjectRight.MANAGE_RESOURCES);
    }

    /** Refuses (403) whoever may not write the allocation's project; asked before the body is read. */
    @Transactional(readOnly = true)
    public void authoriseWrite(long id) {
        requireWrite(changes.load(kind, id).project());
    }

    @Transactional
    public AllocationView allocate(long project, AllocationCommand command) {
        requireWrite(project);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        checkRoleAndPerson(command.role(), command.resourceId(), problems);
        problems.throwIfAny();
        Allocation saved = changes.create(kind, Allocation.allocate(project, command.role().strip(),
                command.resourceId(), YearMonth.parse(command.month()).atDay(1), command.fte(), booking(command),
                Instant.now(clock)));
        return view(saved, names());
    }

    /** Its FTE and booking. */
    @Transactional
    public AllocationView revise(long id, AllocationCommand command) {
        Allocation allocation = changes.load(kind, id);
        requireWrite(allocation.project());
        AuditedChanges.Change<Allocation> change = changes.change(kind, allocation, command.version());
        validation.check(command);
        return view(change.apply(a -> a.revise(command.fte(), booking(command), Instant.now(clock))), names());
    }

    /** A named person fills the role allocation (not already staffed). */
    @Transactional
    public AllocationView staff(long id, StaffCommand command) {
        Allocation allocation = changes.load(kind, id);
        requireWrite(allocation.project());
        AuditedChanges.Change<Allocation> change = changes.change(kind, allocation, command.version());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        if (command.resourceId() != null) checkPerson(command.resourceId(), "resourceId", problems);
        problems.throwIfAny();
        if (allocation.resource() != null) {
            throw new ConflictException("resources.allocation.staffed", new Object[] {allocation.role()},
                    Map.of("resourceId", allocation.resource()), "allocation " + id + " is already staffed");
        }
        BigDecimal fte = command.fte() == null ? allocation.fte() : command.fte();
        return view(change.apply(a -> a.staff(command.resourceId(), fte, Instant.now(clock))), names());
    }

    /**
     * The role × month heatmap from {@code from} to {@code to} (months, both included), of one portfolio or
     * programme when given; capacity of the people of one business unit when given. Demand is one grouped query;
     * capacity is computed from the pool in memory.
     */
    @Transactional(readOnly = true)
    public RoleHeatmap roleHeatmap(YearMonth from, YearMonth to, Long portfolio, Long programme,
                                   String businessUnit) {
        OrganisationRights.require(currentUser.actor(), OrganisationAct.READ_PROJECT_DETAIL);
        if (from == null) from = YearMonth.now(clock);   // by default the coming year, this month first
        if (to == null) to = from.plusMonths(11);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to) && months.size() < 36; m = m.plusMonths(1)) months.add(m);
        Map<String, Map<YearMonth, BigDecimal>> demanded = new HashMap<>();
        for (DemandStore.RoleMonth row : demand.byRoleAndMonth(from.atDay(1), to.atDay(1), portfolio, programme)) {
            demanded.computeIfAbsent(row.role(), r -> new HashMap<>()).put(YearMonth.from(row.month()), row.fte());
        }
        WorkWeek week = pool.workWeek();
        Map<String, double[]> capacity = new HashMap<>();
        for (Resource person : resources.findAll()) {
            if (person.retired() || person.kind() != ResourceKind.PERSON || person.roles().isEmpty()) continue;
            if (businessUnit != null && !businessUnit.equals(person.businessUnit())) continue;
            int roles = person.roles().size();
            for (String role : person.roles()) {
                double[] byMonth = capacity.computeIfAbsent(role, r -> new double[months.size()]);
                for (int i = 0; i < months.size(); i++) {
                    byMonth[i] += Utilisation.capacityFte(person, months.get(i).atDay(1), week, roles);
                }
            }
        }
        Set<String> roles = new TreeSet<>(demanded.keySet());
        roles.addAll(capacity.keySet());
        List<RoleHeatmap.Row> rows = new ArrayList<>();
        for (String role : roles) {
            List<RoleHeatmap.Cell> cells = new ArrayList<>();
            for (int i = 0; i < months.size(); i++) {
                BigDecimal d = demanded.getOrDefault(role, Map.of()).getOrDefault(months.get(i), BigDecimal.ZERO)
                        .setScale(2, RoundingMode.HALF_UP);
                double[] c = capacity.get(role);
                BigDecimal cap = BigDecimal.valueOf(c == null ? 0 : c[i]).setScale(2, RoundingMode.HALF_UP);
                cells.add(new RoleHeatmap.Cell(months.get(i).toString(), d, cap, Utilisation.percent(d, cap),
                        Utilisation.over(d, cap)));
            }
            rows.add(new RoleHeatmap.Row(role, cells));
        }
        return new RoleHeatmap(months.stream().map(YearMonth::toString).toList(), rows);
    }

    /** The projects behind a heatmap cell that the reader reads, largest demand first. */
    @Transactional(readOnly = true)
    public List<RoleHeatmap.Cause> causes(String role, YearMonth month, Long portfolio, Long programme) {
        Actor actor = currentUser.actor();
        OrganisationRights.require(actor, OrganisationAct.READ_PROJECT_DETAIL);
        // named after the reader's rights, so that a refused reader learns nothing of the parameters
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (role == null || role.isBlank()) problems.add("role", "validation.required");
        if (month == null) problems.add("month", "validation.required");
        problems.throwIfAny();
        return demand.projectsOf(role, month.atDay(1), portfolio, programme).stream()
                .filter(p -> projectRights.may(actor, new ProjectId(p.project()), ProjectRight.READ_DETAIL))
                .map(p -> new RoleHeatmap.Cause(p.project(), p.code(), p.name(), p.fte())).toList();
    }

    private void checkRoleAndPerson(String role, Long resourceId, InvalidInputException.Collector problems) {
        if (role != null && !role.isBlank() && !knownRoles().contains(role.strip())) {
            problems.add("role", "resources.role.unknown", role.strip());
        }
        if (resourceId != null) checkPerson(resourceId, "resourceId", problems);
    }

    private void checkPerson(long resourceId, String field, InvalidInputException.Collector problems) {
        Resource resource = resources.findById(resourceId).orElse(null);
        if (resource == null || resource.retired() || resource.kind() != ResourceKind.PERSON) {
            problems.add(field, "resources.person.unknown");
        }
    }

    /** The pool's roles: those its active people fill and its generic roles' names. */
    private Set<String> knownRoles() {
        Set<String> roles = new TreeSet<>();
        for (Resource r : resources.findAll()) {
            if (r.retired()) continue;
            roles.addAll(r.roles());
            if (r.kind() == ResourceKind.ROLE) roles.add(r.name());
        }
        return roles;
    }

    private Map<Long, String> names() {
        Map<Long, String> names = new HashMap<>();
        resources.findAll().forEach(r -> names.put(r.id(), r.name()));
        return names;
    }

    private static Booking booking(AllocationCommand command) {
        return command.booking() == null ? Booking.SOFT : command.booking();
    }

    private static AllocationView view(Allocation a, Map<Long, String> names) {
        return new AllocationView(a.id(), a.project(), a.role(), a.resource(),
                a.resource() == null ? null : names.get(a.resource()), YearMonth.from(a.month()).toString(), a.fte(),
                a.booking(), a.version());
    }

    private static Map<String, String> snapshot(Allocation a) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("project", String.valueOf(a.project()));
        fields.put("role", a.role());
        fields.put("resource", Objects.toString(a.resource(), ""));
        fields.put("month", YearMonth.from(a.month()).toString());
        fields.put("fte", a.fte().stripTrailingZeros().toPlainString());
        fields.put("booking", a.booking().name());
        return fields;
    }
}
