package org.lodestar.resources;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.lodestar.intake.ScenarioDemands;
import org.lodestar.intake.ScenarioRoleDemand;
import org.lodestar.planning.AssignedWork;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditedChanges;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.IdList;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.ConflictException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectView;
import org.lodestar.portfolio.ProjectRights;
import org.lodestar.resources.internal.Allocation;
import org.lodestar.resources.internal.Allocations;
import org.lodestar.resources.internal.DemandStore;
import org.lodestar.resources.internal.PoolNames;
import org.lodestar.resources.internal.Resource;
import org.lodestar.resources.internal.Resources;
import org.lodestar.resources.internal.Utilisation;
import org.lodestar.resources.internal.WholePool;
import org.lodestar.resources.internal.WorkWeek;
import org.lodestar.resources.internal.WorkingDays;
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
    /** The longest period the capacity views show at once. */
    static final int MAX_MONTHS = 36;

    private final Allocations allocations;
    private final Resources resources;
    private final PoolNames poolNames;
    private final WholePool wholePool;
    private final DemandStore demand;
    private final ScenarioDemands scenarioDemands;
    private final AssignedWork assignedWork;
    private final ResourcePool pool;
    private final ProjectRights projectRights;
    private final ProjectRegistry projectRegistry;
    private final CurrentUser currentUser;
    private final InputValidation validation;
    private final AuditedChanges changes;
    private final Clock clock;
    private final AuditedChanges.Kind<Allocation> kind;

    ResourceAllocations(Allocations allocations, Resources resources, PoolNames poolNames, WholePool wholePool,
                        DemandStore demand, ScenarioDemands scenarioDemands,
                        AssignedWork assignedWork, ResourcePool pool,
                        ProjectRights projectRights, ProjectRegistry projectRegistry, CurrentUser currentUser,
                        InputValidation validation, AuditedChanges changes, Clock clock) {
        this.allocations = allocations;
        this.resources = resources;
        this.poolNames = poolNames;
        this.wholePool = wholePool;
        this.demand = demand;
        this.scenarioDemands = scenarioDemands;
        this.assignedWork = assignedWork;
        this.pool = pool;
        this.projectRights = projectRights;
        this.projectRegistry = projectRegistry;
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
        List<Allocation> found = allocations.findByProjectOrderByMonthStartAscRoleAscIdAsc(project);
        Map<Long, String> names = names(found);
        return found.stream().map(a -> view(a, names)).toList();
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
        return view(saved, names(List.of(saved)));
    }

    /** Its FTE and booking. */
    @Transactional
    public AllocationView revise(long id, AllocationCommand command) {
        Allocation allocation = changes.load(kind, id);
        requireWrite(allocation.project());
        AuditedChanges.Change<Allocation> change = changes.change(kind, allocation, command.version());
        validation.check(command);
        return view(change.apply(a -> a.revise(command.fte(), booking(command), Instant.now(clock))));
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
        return view(change.apply(a -> a.staff(command.resourceId(), fte, Instant.now(clock))));
    }

    /**
     * The role × month heatmap from {@code from} to {@code to} (months, both included), of one portfolio or
     * programme when given; capacity of the people of one business unit when given. Demand is one grouped query;
     * capacity is computed from the pool in memory.
     */
    @Transactional(readOnly = true)
    public RoleHeatmap roleHeatmap(YearMonth from, YearMonth to, Long portfolio, Long programme,
                                   String businessUnit) {
        return roleHeatmap(from, to, portfolio, programme, businessUnit, null);
    }

    /**
     * The heatmap, with the what-if of an intake scenario when {@code scenario} is given: its selected requests' role
     * demand is added to each cell's demand in the cell's what-if figures (the base figures stay as they are). Only
     * the scenario's readers may ask it (intake decides). Not one read-only transaction: reading the scenario may
     * solve it and keep its result (a write of intake's), so each read here takes its own.
     */
    public RoleHeatmap roleHeatmap(YearMonth from, YearMonth to, Long portfolio, Long programme,
                                   String businessUnit, Long scenario) {
        OrganisationRights.require(currentUser.actor(), OrganisationAct.READ_PROJECT_DETAIL);
        if (from == null) from = YearMonth.now(clock);   // by default the coming year, this month first
        if (to == null) to = from.plusMonths(11);
        checkPeriod(from.atDay(1), to.atDay(1));
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) months.add(m);
        Map<String, Map<YearMonth, BigDecimal>> demanded = new HashMap<>();
        for (DemandStore.RoleMonth row : demand.byRoleAndMonth(from.atDay(1), to.atDay(1), portfolio, programme)) {
            demanded.computeIfAbsent(row.role(), r -> new HashMap<>()).put(YearMonth.from(row.month()), row.fte());
        }
        WorkWeek week = pool.workWeek();
        // where a project's plan assigns the role in a month, its assignments replace its allocation of the role
        Map<ProjectRoleMonth, Double> assigned = new HashMap<>();
        for (AssignedFte a : assignedFte(from, to, portfolio, programme, week)) {
            assigned.merge(new ProjectRoleMonth(a.project(), a.role(), a.month()), a.fte(), Double::sum);
        }
        Map<ProjectRoleMonth, BigDecimal> allocatedThere = new HashMap<>();
        for (DemandStore.ProjectRoleMonth row : demand.byProjectRoleAndMonth(
                assigned.keySet().stream().map(ProjectRoleMonth::project).collect(Collectors.toSet()),
                from.atDay(1), to.atDay(1))) {
            allocatedThere.put(new ProjectRoleMonth(row.project(), row.role(), YearMonth.from(row.month())), row.fte());
        }
        assigned.forEach((cell, fte) -> demanded.computeIfAbsent(cell.role(), r -> new HashMap<>()).merge(cell.month(),
                BigDecimal.valueOf(fte).subtract(allocatedThere.getOrDefault(cell, BigDecimal.ZERO)), BigDecimal::add));
        RoleHeatmap.WhatIf whatIf = null;
        Map<String, Map<YearMonth, BigDecimal>> added = new HashMap<>();
        if (scenario != null) {
            ScenarioRoleDemand asked = scenarioDemands.selectedRoleDemand(scenario);
            whatIf = new RoleHeatmap.WhatIf(asked.scenarioId(), asked.scenarioName(), asked.ready());
            for (ScenarioRoleDemand.Month m : asked.months()) {
                if (m.month().isBefore(from) || m.month().isAfter(to)) continue;
                added.computeIfAbsent(m.role(), r -> new HashMap<>()).merge(m.month(), m.fte(), BigDecimal::add);
            }
        }
        Map<String, double[]> capacity = new HashMap<>();
        for (Resource person : wholePool.byName()) {
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
        roles.addAll(added.keySet());
        boolean withWhatIf = whatIf != null && whatIf.ready();
        List<RoleHeatmap.Row> rows = new ArrayList<>();
        for (String role : roles) {
            List<RoleHeatmap.Cell> cells = new ArrayList<>();
            for (int i = 0; i < months.size(); i++) {
                BigDecimal d = demanded.getOrDefault(role, Map.of()).getOrDefault(months.get(i), BigDecimal.ZERO)
                        .setScale(2, RoundingMode.HALF_UP);
                double[] c = capacity.get(role);
                BigDecimal cap = BigDecimal.valueOf(c == null ? 0 : c[i]).setScale(2, RoundingMode.HALF_UP);
                if (!withWhatIf) {
                    cells.add(new RoleHeatmap.Cell(months.get(i).toString(), d, cap, Utilisation.percent(d, cap),
                            Utilisation.over(d, cap)));
                    continue;
                }
                BigDecimal w = d.add(added.getOrDefault(role, Map.of()).getOrDefault(months.get(i), BigDecimal.ZERO))
                        .setScale(2, RoundingMode.HALF_UP);
                cells.add(new RoleHeatmap.Cell(months.get(i).toString(), d, cap, Utilisation.percent(d, cap),
                        Utilisation.over(d, cap), w, Utilisation.percent(w, cap), Utilisation.over(w, cap)));
            }
            rows.add(new RoleHeatmap.Row(role, cells));
        }
        List<BigDecimal> fullTime = months.stream().map(m -> BigDecimal.valueOf(Utilisation.fullTimeHours(m.atDay(1),
                week)).setScale(1, RoundingMode.HALF_UP)).toList();
        return new RoleHeatmap(months.stream().map(YearMonth::toString).toList(), fullTime, rows, whatIf);
    }

    /**
     * The person × week view from the week of {@code from} to the week of {@code to} (Mondays to Sundays; by default
     * the coming twelve weeks), of one portfolio's or programme's allocations when given, of one business unit's
     * people when given. Named allocations are read in one query and summed by person, project and month; a month's
     * FTE asks, on each working day of the organisation calendar in that month, that share of the calendar's day, so
     * a week asks the sum over its working days, each day at its own month's FTE. Task assignments ask their
     * remaining work ({@link AssignedWork}); where a person has assignments in a project that week, they replace that
     * project's allocation for the week (the detailed plan supersedes the coarse one), elsewhere the allocation
     * counts. Capacity is the person's own hours over the week, net of holidays and absences. Everyone active in the
     * pool is shown, and anyone with demand.
     */
    @Transactional(readOnly = true)
    public PersonWeeks personWeeks(LocalDate from, LocalDate to, Long portfolio, Long programme,
                                   String businessUnit) {
        OrganisationRights.require(currentUser.actor(), OrganisationAct.READ_PROJECT_DETAIL);
        return personWeeksOf(from, to, portfolio, programme, businessUnit, null);
    }

    /** {@link #personWeeks} without rights checks; of these {@code people} alone when not null. */
    @Transactional(readOnly = true)
    PersonWeeks personWeeksOf(LocalDate from, LocalDate to, Long portfolio, Long programme, String businessUnit,
                              Set<Long> people) {
        WeekLoads loads = weekLoads(from, to, portfolio, programme, businessUnit, people);
        List<PersonWeeks.Row> rows = new ArrayList<>();
        for (PersonLoads person : loads.people()) {
            List<PersonWeeks.Cell> cells = new ArrayList<>();
            for (int w = 0; w < loads.weeks().size(); w++) {
                BigDecimal hours = BigDecimal.valueOf(person.demand()[w]).setScale(1, RoundingMode.HALF_UP);
                BigDecimal capacityHours = BigDecimal.valueOf(person.capacity()[w]).setScale(1, RoundingMode.HALF_UP);
                cells.add(new PersonWeeks.Cell(loads.weeks().get(w), hours, capacityHours,
                        Utilisation.percent(hours, capacityHours), Utilisation.over(hours, capacityHours),
                        BigDecimal.valueOf(person.allocated()[w]).setScale(1, RoundingMode.HALF_UP),
                        BigDecimal.valueOf(person.assigned()[w]).setScale(1, RoundingMode.HALF_UP),
                        person.basis()[w]));
            }
            Resource resource = person.person();
            rows.add(new PersonWeeks.Row(resource.id(), resource.name(), resource.businessUnit(), cells));
        }
        return new PersonWeeks(loads.weeks(), rows);
    }

    /**
     * For the over-allocation health indicator (whose caller checked the rights): these people's demand and
     * capacity per week in tenths of an hour, rounded as {@link #personWeeks} rounds its cells, so that the
     * indicator and the page never disagree; without the cells, which the indicator does not need.
     */
    @Transactional(readOnly = true)
    PersonWeekTenths personWeekTenths(LocalDate from, LocalDate to, Set<Long> people) {
        WeekLoads loads = weekLoads(from, to, null, null, null, people);
        List<PersonWeekTenths.Row> rows = new ArrayList<>();
        for (PersonLoads person : loads.people()) {
            int weeks = loads.weeks().size();
            long[] demand = new long[weeks];
            long[] capacity = new long[weeks];
            for (int w = 0; w < weeks; w++) {
                demand[w] = Utilisation.tenths(person.demand()[w]);
                capacity[w] = Utilisation.tenths(person.capacity()[w]);
            }
            rows.add(new PersonWeekTenths.Row(person.person().id(), person.person().name(), demand, capacity));
        }
        return new PersonWeekTenths(loads.weeks(), rows);
    }

    /** A person's demand on one project: FTE by month of the view (0 without allocation) and assigned hours by week. */
    private static final class ProjectDemand {
        final double[] fte;
        final double[] assigned;

        ProjectDemand(int months, int weeks) {
            fte = new double[months];
            assigned = new double[weeks];
        }
    }

    /** The weeks of the person × week view and each person's hours in them, before rounding. */
    private record WeekLoads(List<LocalDate> weeks, List<PersonLoads> people) {
    }

    /** A person's hours per week: demand, capacity, allocated, assigned, and the demand's basis. */
    private record PersonLoads(Resource person, double[] demand, double[] capacity, double[] allocated,
                               double[] assigned, PersonWeeks.Basis[] basis) {
    }

    /** The rules of {@link #personWeeks}, worked out once for the page and the indicator. */
    private WeekLoads weekLoads(LocalDate from, LocalDate to, Long portfolio, Long programme, String businessUnit,
                                Set<Long> people) {
        if (from == null) from = LocalDate.now(clock);
        from = from.with(DayOfWeek.MONDAY);
        if (to == null) to = from.plusWeeks(11);
        checkPeriod(from, to);
        LocalDate last = to.with(DayOfWeek.SUNDAY);
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate monday = from; !monday.isAfter(last); monday = monday.plusWeeks(1)) weeks.add(monday);
        YearMonth firstMonth = YearMonth.from(from);
        int months = (int) firstMonth.until(YearMonth.from(last), ChronoUnit.MONTHS) + 1;
        // person → project (in id order, the order the weeks are summed in) → its FTE by month and hours by week
        Map<Long, TreeMap<Long, ProjectDemand>> demandOf = new HashMap<>();
        IdList only = people == null ? null : IdList.of(people);
        for (DemandStore.PersonProjectMonth row : demand.byPersonProjectAndMonth(from.withDayOfMonth(1),
                last.withDayOfMonth(1), portfolio, programme, only)) {
            int month = (int) firstMonth.until(YearMonth.from(row.month()), ChronoUnit.MONTHS);
            demandOf.computeIfAbsent(row.resource(), r -> new TreeMap<>())
                    .computeIfAbsent(row.project(), p -> new ProjectDemand(months, weeks.size()))
                    .fte[month] = row.fte().doubleValue();
        }
        for (AssignedWork.Load load : assignedWork.loads(from, last, portfolio, programme)) {
            long week = ChronoUnit.WEEKS.between(from, load.day());
            if (load.day().isBefore(from) || week >= weeks.size()) continue;
            demandOf.computeIfAbsent(load.resource(), r -> new TreeMap<>())
                    .computeIfAbsent(load.project(), p -> new ProjectDemand(months, weeks.size()))
                    .assigned[(int) week] += load.hours();
        }
        WorkWeek week = pool.workWeek();
        List<WorkingDays> workingDays = new ArrayList<>();
        List<int[]> dayMonths = new ArrayList<>(); // each working day's month, as an index into the FTE by month
        for (LocalDate monday : weeks) {
            WorkingDays working = WorkingDays.of(monday, monday.plusDays(6), week);
            workingDays.add(working);
            dayMonths.add(working.months().stream()
                    .mapToInt(month -> (int) firstMonth.until(month, ChronoUnit.MONTHS)).toArray());
        }
        List<PersonLoads> loads = new ArrayList<>();
        for (Resource person : wholePool.byName(only)) {
            if (person.kind() != ResourceKind.PERSON) continue;
            if (businessUnit != null && !businessUnit.equals(person.businessUnit())) continue;
            Map<Long, ProjectDemand> projects = demandOf.getOrDefault(person.id(), new TreeMap<>());
            if (person.retired() && projects.isEmpty()) continue;
            PersonLoads load = new PersonLoads(person, new double[weeks.size()], new double[weeks.size()],
                    new double[weeks.size()], new double[weeks.size()], new PersonWeeks.Basis[weeks.size()]);
            for (int w = 0; w < weeks.size(); w++) {
                double allocatedHours = 0;
                double assignedHours = 0;
                double demandHours = 0;
                boolean byAllocation = false;
                boolean byAssignment = false;
                for (ProjectDemand project : projects.values()) {
                    double allocation = Utilisation.weekDemandHours(dayMonths.get(w), project.fte,
                            week.hoursPerDay());
                    double assignment = project.assigned[w];
                    allocatedHours += allocation;
                    assignedHours += assignment;
                    // the detailed plan replaces the project's allocation for the week where it has any
                    if (assignment > 0) {
                        demandHours += assignment;
                        byAssignment = true;
                    } else if (allocation > 0) {
                        demandHours += allocation;
                        byAllocation = true;
                    }
                }
                load.demand()[w] = demandHours;
                load.capacity()[w] = person.capacityHours(workingDays.get(w), week);
                load.allocated()[w] = allocatedHours;
                load.assigned()[w] = assignedHours;
                load.basis()[w] = byAllocation && byAssignment ? PersonWeeks.Basis.BOTH
                        : byAssignment ? PersonWeeks.Basis.ASSIGNED : byAllocation ? PersonWeeks.Basis.ALLOCATED : null;
            }
            loads.add(load);
        }
        return new WeekLoads(weeks, loads);
    }

    /**
     * The drill-down of one person × week cell: the projects and tasks behind the person's demand in the week holding
     * {@code day} (this week when null), by the view's own rule (a project's assignments that week replace its
     * allocation), with the same portfolio and programme filters. Projects the reader may not read are summed as
     * other projects, never named. A resource that is not a person of the pool is 400 naming {@code resourceId}.
     */
    @Transactional(readOnly = true)
    public PersonWeekDemand personWeekDemand(long resourceId, LocalDate day, Long portfolio, Long programme) {
        Actor actor = currentUser.actor();
        OrganisationRights.require(actor, OrganisationAct.READ_PROJECT_DETAIL);
        Resource person = resources.findById(resourceId).filter(r -> r.kind() == ResourceKind.PERSON).orElse(null);
        if (person == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("resourceId",
                    "resources.person.unknown")));
        }
        LocalDate monday = (day == null ? LocalDate.now(clock) : day).with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        WorkWeek week = pool.workWeek();
        // allocations: project → month → FTE; assignments: project → task → hours (and the task's name)
        Map<Long, Map<YearMonth, BigDecimal>> allocated = new HashMap<>();
        for (DemandStore.PersonProjectMonth row : demand.byPersonProjectAndMonth(monday.withDayOfMonth(1),
                sunday.withDayOfMonth(1), portfolio, programme, IdList.of(List.of(resourceId)))) {
            allocated.computeIfAbsent(row.project(), p -> new HashMap<>()).put(YearMonth.from(row.month()), row.fte());
        }
        Map<Long, Map<Long, Double>> assigned = new HashMap<>();
        Map<Long, String> taskNames = new HashMap<>();
        for (AssignedWork.Load load : assignedWork.loads(monday, sunday, portfolio, programme)) {
            if (load.resource() != resourceId) continue;
            assigned.computeIfAbsent(load.project(), p -> new LinkedHashMap<>()).merge(load.task(), load.hours(),
                    Double::sum);
            taskNames.putIfAbsent(load.task(), load.taskName());
        }
        Set<Long> projects = new TreeSet<>(allocated.keySet());
        projects.addAll(assigned.keySet());
        record Raw(long project, Long task, String taskName, double hours, PersonWeekDemand.Basis basis) {
        }
        List<Raw> raw = new ArrayList<>();
        double other = 0;
        for (long project : projects) {
            Map<Long, Double> tasks = assigned.getOrDefault(project, Map.of());
            double assignment = tasks.values().stream().mapToDouble(Double::doubleValue).sum();
            double allocation = Utilisation.weekDemandHours(monday, allocated.getOrDefault(project, Map.of()), week);
            boolean reads = projectRights.may(actor, new ProjectId(project), ProjectRight.READ_DETAIL);
            if (assignment > 0) {
                if (!reads) other += assignment;
                else tasks.forEach((task, hours) -> raw.add(new Raw(project, task, taskNames.get(task), hours,
                        PersonWeekDemand.Basis.ASSIGNMENT)));
            } else if (allocation > 0) {
                if (!reads) other += allocation;
                else raw.add(new Raw(project, null, null, allocation, PersonWeekDemand.Basis.ALLOCATION));
            }
        }
        // each figure to a tenth, the rounding shared out (largest remainders) so that they add up to the total
        double[] values = new double[raw.size() + 1];
        for (int i = 0; i < raw.size(); i++) values[i] = raw.get(i).hours();
        values[raw.size()] = other;
        long[] tenths = tenthsKeepingTheSum(values);
        Map<Long, ProjectView> shown = new HashMap<>();
        List<PersonWeekDemand.Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Raw line = raw.get(i);
            if (tenths[i] == 0 && line.hours() <= 0) continue;
            ProjectView project = shown.computeIfAbsent(line.project(), id -> projectRegistry.get(new ProjectId(id)));
            lines.add(new PersonWeekDemand.Line(line.project(), project.code(), project.name(), line.task(),
                    line.taskName(), BigDecimal.valueOf(tenths[i], 1), line.basis()));
        }
        long total = java.util.Arrays.stream(tenths).sum();
        BigDecimal capacityHours = BigDecimal.valueOf(person.capacityHours(monday, sunday, week))
                .setScale(1, RoundingMode.HALF_UP);
        return new PersonWeekDemand(person.id(), person.name(), monday, BigDecimal.valueOf(total, 1), capacityHours,
                lines, BigDecimal.valueOf(tenths[raw.size()], 1));
    }

    /**
     * The values in tenths, each rounded down and the tenths their sum rounds to shared out to the largest
     * remainders, so that the rounded values add up to the rounded sum (as the view rounds its cell).
     */
    static long[] tenthsKeepingTheSum(double[] values) {
        double sum = 0;
        for (double value : values) sum += value;
        long target = BigDecimal.valueOf(sum).movePointRight(1).setScale(0, RoundingMode.HALF_UP).longValueExact();
        long[] tenths = new long[values.length];
        Integer[] order = new Integer[values.length];
        long floor = 0;
        for (int i = 0; i < values.length; i++) {
            tenths[i] = (long) Math.floor(values[i] * 10 + 1e-9);
            floor += tenths[i];
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b] * 10 - tenths[b], values[a] * 10 - tenths[a]));
        for (int k = 0; floor < target && k < order.length; k++, floor++) tenths[order[k]]++;
        return tenths;
    }

    /** A period runs forwards ({@code to} not before {@code from}) and over at most 36 months; else 400 naming {@code to}. */
    private static void checkPeriod(LocalDate from, LocalDate to) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (to.isBefore(from)) problems.add("to", "resources.period.backwards");
        else if (!to.isBefore(from.plusMonths(MAX_MONTHS))) problems.add("to", "resources.period.tooLong", MAX_MONTHS);
        problems.throwIfAny();
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
        String asked = role.strip();
        Map<Long, List<AssignedFte>> planned = new HashMap<>();
        for (AssignedFte a : assignedFte(month, month, portfolio, programme, pool.workWeek())) {
            if (a.role().equals(asked)) planned.computeIfAbsent(a.project(), p -> new ArrayList<>()).add(a);
        }
        List<RoleHeatmap.Cause> causes = new ArrayList<>();
        for (DemandStore.ProjectDemand p : demand.projectsOf(asked, month.atDay(1), portfolio, programme)) {
            if (!planned.containsKey(p.project())) {
                causes.add(new RoleHeatmap.Cause(p.project(), p.code(), p.name(), p.fte().setScale(2, RoundingMode.HALF_UP),
                        PersonWeekDemand.Basis.ALLOCATION, List.of()));
            }
        }
        planned.forEach((project, tasks) -> {
            Map<Long, RoleHeatmap.TaskDemand> byTask = new LinkedHashMap<>();
            for (AssignedFte a : tasks) {
                byTask.merge(a.task(), new RoleHeatmap.TaskDemand(a.task(), a.taskName(), BigDecimal.valueOf(a.fte())),
                        (x, y) -> new RoleHeatmap.TaskDemand(x.taskId(), x.name(), x.fte().add(y.fte())));
            }
            BigDecimal fte = BigDecimal.valueOf(tasks.stream().mapToDouble(AssignedFte::fte).sum())
                    .setScale(2, RoundingMode.HALF_UP);
            List<RoleHeatmap.TaskDemand> lines = byTask.values().stream()
                    .map(t -> new RoleHeatmap.TaskDemand(t.taskId(), t.name(), t.fte().setScale(2, RoundingMode.HALF_UP)))
                    .sorted(java.util.Comparator.comparing(RoleHeatmap.TaskDemand::fte).reversed()).toList();
            ProjectView view = projectRegistry.get(new ProjectId(project));
            causes.add(new RoleHeatmap.Cause(project, view.code(), view.name(), fte, PersonWeekDemand.Basis.ASSIGNMENT,
                    lines));
        });
        return causes.stream()
                .filter(c -> projectRights.may(actor, new ProjectId(c.projectId()), ProjectRight.READ_DETAIL))
                .sorted(java.util.Comparator.comparing(RoleHeatmap.Cause::fte).reversed()
                        .thenComparing(RoleHeatmap.Cause::code))
                .toList();
    }

    private record ProjectRoleMonth(long project, String role, YearMonth month) {
    }

    /** An assignment's FTE on a task in a month, under the role it stands for. */
    private record AssignedFte(long project, String role, YearMonth month, long task, String taskName, double fte) {
    }

    /**
     * Task assignments' remaining work ({@link AssignedWork}) by project, role, month and task, in FTE of each month's
     * full-time hours. An assignment counts under the role it stands for: a generic role's under that role; a
     * person's under the role they are allocated in on that project (the first by name if several), else under
     * their first role in the pool. A person with no role, and material and cost resources, count in no role.
     */
    private List<AssignedFte> assignedFte(YearMonth from, YearMonth to, Long portfolio, Long programme, WorkWeek week) {
        List<AssignedWork.Load> loads = assignedWork.loads(from.atDay(1), to.atEndOfMonth(), portfolio, programme);
        if (loads.isEmpty()) return List.of();
        Map<Long, Map<Long, String>> allocatedAs = new HashMap<>();
        for (DemandStore.NamedRole named : demand.namedRoles(
                loads.stream().map(AssignedWork.Load::project).collect(Collectors.toSet()))) {
            allocatedAs.computeIfAbsent(named.project(), p -> new HashMap<>()).putIfAbsent(named.resource(), named.role());
        }
        Map<Long, Resource> byId = new HashMap<>();
        resources.findAllById(loads.stream().map(AssignedWork.Load::resource).collect(Collectors.toSet()))
                .forEach(r -> byId.put(r.id(), r));
        record Key(long project, String role, YearMonth month, long task, String taskName) {
        }
        Map<Key, Double> hours = new LinkedHashMap<>();
        for (AssignedWork.Load load : loads) {
            Resource resource = byId.get(load.resource());
            if (resource == null) continue;
            String role = switch (resource.kind()) {
                case ROLE -> resource.name();
                case PERSON -> allocatedAs.getOrDefault(load.project(), Map.of()).getOrDefault(resource.id(),
                        resource.roles().isEmpty() ? null : resource.roles().get(0));
                default -> null;
            };
            if (role == null) continue;
            hours.merge(new Key(load.project(), role, YearMonth.from(load.day()), load.task(), load.taskName()),
                    load.hours(), Double::sum);
        }
        Map<YearMonth, Double> fullTime = new HashMap<>();
        List<AssignedFte> fte = new ArrayList<>();
        hours.forEach((key, h) -> {
            double month = fullTime.computeIfAbsent(key.month(), m -> Utilisation.fullTimeHours(m.atDay(1), week));
            if (month > 0) fte.add(new AssignedFte(key.project(), key.role(), key.month(), key.task(), key.taskName(),
                    h / month));
        });
        return fte;
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
    Set<String> knownRoles() {
        return poolNames.activeRoles();
    }

    /**
     * Saves an allocation that no one asked for through the API (a converted request's first allocations) and audits
     * its creation in the caller's transaction, under whoever runs it ({@code system} for a listener).
     */
    Allocation created(Allocation allocation) {
        return changes.create(kind, allocation);
    }

    /** The names of the people these allocations name. */
    private Map<Long, String> names(List<Allocation> named) {
        return poolNames.of(named.stream().map(Allocation::resource).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
    }

    private AllocationView view(Allocation allocation) {
        return view(allocation, names(List.of(allocation)));
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
