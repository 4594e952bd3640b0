package org.lodestar.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.resources.AbsenceCommand;
import org.lodestar.resources.AllocationCommand;
import org.lodestar.resources.AllocationView;
import org.lodestar.resources.Booking;
import org.lodestar.resources.RateCommand;
import org.lodestar.resources.ResourceAllocations;
import org.lodestar.resources.ResourceCommand;
import org.lodestar.resources.ResourceKind;
import org.lodestar.resources.ResourcePool;
import org.lodestar.resources.ResourceView;
import org.lodestar.resources.RoleHeatmap;
import org.lodestar.resources.StaffCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the other demo loaders, gives the demo organisation its resource pool: 25 people over eight roles (the demo
 * accounts of the resource manager, the project managers and the team members linked to their people, so that
 * their hours have a cost rate), skills, business units, cost rates by date in the demo's currencies, a few
 * absences, two generic roles and a material resource. Then the active projects' role allocations from two months
 * ago to five months ahead, each role used at 55-90 % of the pool's capacity, except business analysts, over-allocated
 * (about 130 %) in the next two months: the shortage the heatmap shows. Some allocations are staffed by named people
 * (a project's own manager for its project-manager allocation), never beyond 80 % of a person in a month without
 * absences, so the over-allocation is the role's, not a person's. Kept as the resource manager through the pool's
 * and allocations' acts, so every record is audited; runs once, into a demo database without resources.
 */
@Component
@Order(ResourcesDemo.DEMO_ORDER)
class ResourcesDemo implements ApplicationRunner {

    /** After the organisation (2), finance (17, its exchange rates) and change (26) demo loaders. */
    static final int DEMO_ORDER = 27;
    static final String KEEPER = "resource";

    private static final Logger log = LoggerFactory.getLogger(ResourcesDemo.class);

    /** Account (or none), name, business unit, role (or none), FTE, hourly rate, currency, skills. */
    static final String[][] PEOPLE = {
            {"pm", "Sofia Álvarez", "Digital", "Project manager", "1", "95", "EUR", "Agile delivery:5;Stakeholder management:4"},
            {"lbernard", "Lucie Bernard", "Operations", "Project manager", "1", "88", "EUR", "PRINCE2:4;Lean:3"},
            {"dosei", "Daniel Osei", "Finance", "Project manager", "1", "90", "EUR", "Financial systems:4;Risk management:3"},
            {"ytanaka", "Yuki Tanaka", "Digital", "Project manager", "1", "92", "EUR", "Agile delivery:4;Customer journeys:4"},
            {"rcosta", "Rafael Costa", "Operations", "Project manager", "1", "105", "EUR", "Programme management:5;Supply chain:4"},
            {"ekowalska", "Ewa Kowalska", "Compliance", "Project manager", "0.8", "90", "EUR", "Regulatory change:5;PRINCE2:4"},
            {"skim", "Seo-yeon Kim", "Data Office", "Project manager", "1", "93", "EUR", "Data governance:4;Agile delivery:3"},
            {"member", "Min-jun Park", "Digital", "Business analyst", "1", "72", "EUR", "Requirements:4;BPMN:3;SQL:2"},
            {null, "Chloé Lefebvre", "Digital", "Business analyst", "1", "75", "EUR", "Requirements:5;User stories:4"},
            {null, "Arjun Mehta", "Finance", "Business analyst", "0.8", "70", "EUR", "Requirements:3;Financial reporting:4"},
            {"nsingh", "Neha Singh", "Engineering", "Developer", "1", "80", "EUR", "Java:5;SQL:4;Kubernetes:3"},
            {"blee", "Byung-hun Lee", "Engineering", "Developer", "1", "78", "EUR", "Java:4;TypeScript:4"},
            {null, "Sara Lindqvist", "Engineering", "Developer", "1", "76", "EUR", "TypeScript:5;React:4"},
            {null, "Tomás Silva", "Engineering", "Developer", "1", "74", "EUR", "Java:3;Integration:4"},
            {"pfischer", "Paul Fischer", "Engineering", "Tester", "1", "70", "EUR", "Test automation:5;Performance testing:4"},
            {null, "Haruto Sato", "Engineering", "Tester", "1", "65", "EUR", "Test automation:3;Accessibility testing:4"},
            {null, "Emma Wilson", "Engineering", "Tester", "1", "58", "GBP", "Acceptance testing:4;Test management:3"},
            {"olarsen", "Ole Larsen", "Engineering", "Architect", "1", "110", "EUR", "Solution architecture:5;Cloud:4;Security:3"},
            {null, "Ethan Brooks", "Engineering", "Architect", "1", "145", "USD", "Integration architecture:5;Cloud:4"},
            {"aito", "Aiko Ito", "Data Office", "Data engineer", "1", "85", "EUR", "SQL:5;Python:4;Data modelling:4"},
            {null, "Jae-won Choi", "Data Office", "Data engineer", "1", "82", "EUR", "Python:4;Spark:4"},
            {"mgarcia", "Marta García", "HR", "Change manager", "1", "80", "EUR", "Change management:5;Training:4"},
            {null, "Amara Nwosu", "HR", "Change manager", "0.5", "78", "EUR", "Change management:4;Communications:4"},
            {"iivanova", "Irina Ivanova", "Digital", "UX designer", "1", "75", "EUR", "User research:4;Interaction design:5"},
            {"resource", "Kenji Watanabe", "Engineering", null, "1", "88", "EUR", "Capacity planning:5;Scheduling:4"},
    };

    /** The roles allocated, and the share of their capacity that projects use in an ordinary month. */
    static final String[] ROLES = {"Project manager", "Business analyst", "Developer", "Tester", "Architect",
            "Data engineer", "Change manager", "UX designer"};
    private static final double[] USE = {0.8, 0.85, 0.8, 0.7, 0.75, 0.8, 0.6, 0.7};
    /** What one project typically asks of the role in a month, in twentieths of an FTE (a project manager 0.3). */
    private static final int[] SHARE = {6, 12, 12, 12, 8, 12, 8, 10};
    /** The over-allocated role, and its demand over capacity in the next two months. */
    static final String SHORT_ROLE = "Business analyst";
    private static final double SHORTAGE = 1.3;
    private static final double NAMED_AT_MOST = 0.8;

    /** Whether this start kept the demo pool (so the demo's timesheets, which need it, are written once too). */
    private volatile boolean created;

    private final ResourcePool pool;
    private final ResourceAllocations allocations;
    private final ProjectRegistry projects;
    private final People people;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    ResourcesDemo(ResourcePool pool, ResourceAllocations allocations, ProjectRegistry projects, People people,
                  RunAs runAs, TransactionTemplate transaction, Clock clock, @Value("${lodestar.demo}") boolean demo) {
        this.pool = pool;
        this.allocations = allocations;
        this.projects = projects;
        this.people = people;
        this.runAs = runAs;
        this.transaction = transaction;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!demo || people.isEmpty()) return;
        int[] made = transaction.execute(status -> runAs.call(KEEPER, () -> {
            if (!pool.list(true).isEmpty()) return new int[2];
            LocalDate today = LocalDate.now(clock);
            return new int[] {createPool(today), allocate(today)};
        }));
        if (made != null && made[0] > 0) {
            created = true;
            log.info("Created the demo resource pool ({} resources) and {} role allocations.", made[0], made[1]);
        }
    }

    /** Whether this start created the demo pool (a database that had one, or none on a second node, did not). */
    boolean createdThisStart() {
        return created;
    }

    private int createPool(LocalDate today) {
        Map<String, Person> accounts = people.all().stream()
                .collect(Collectors.toMap(Person::username, Function.identity()));
        LocalDate earlier = LocalDate.of(today.getYear() - 2, 1, 1);
        LocalDate current = LocalDate.of(today.getYear(), 1, 1);
        int kept = 0;
        for (String[] spec : PEOPLE) {
            Person account = spec[0] == null ? null : accounts.get(spec[0]);
            if (spec[0] != null && account == null) continue;   // an account the demo no longer has
            ResourceView person = pool.register(new ResourceCommand(ResourceKind.PERSON, spec[1],
                    account == null ? null : account.id().value(), spec[2],
                    spec[3] == null ? List.of() : List.of(spec[3]), skills(spec[7]), null, new BigDecimal(spec[4]),
                    null));
            // last year's rate, then this year's raise
            BigDecimal rate = new BigDecimal(spec[5]);
            BigDecimal before = rate.multiply(new BigDecimal("0.96")).setScale(0, RoundingMode.HALF_UP);
            person = pool.setRate(person.id(), new RateCommand(earlier, before, spec[6], person.version()));
            pool.setRate(person.id(), new RateCommand(current, rate, spec[6], person.version()));
            kept++;
        }
        absences(today);
        pool.register(new ResourceCommand(ResourceKind.ROLE, "Business analyst", null, null, List.of(), List.of(),
                null, null, null));
        pool.register(new ResourceCommand(ResourceKind.ROLE, "Developer", null, null, List.of(), List.of(), null,
                null, null));
        pool.register(new ResourceCommand(ResourceKind.MATERIAL, "Mobile test device lab", null, "Engineering",
                List.of(), List.of(), null, null, null));
        return kept + 3;
    }

    /** A few days off: past leave, a training week next month, a conference, a holiday later in the year. */
    private void absences(LocalDate today) {
        Map<String, ResourceView> byName = pool.list(false).stream()
                .collect(Collectors.toMap(ResourceView::name, Function.identity(), (a, b) -> a));
        LocalDate pastMonday = today.minusWeeks(10).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        absence(byName.get("Min-jun Park"), pastMonday, pastMonday.plusDays(2), "Annual leave");
        LocalDate training = YearMonth.from(today).plusMonths(1).atDay(8)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        absence(byName.get("Tomás Silva"), training, training.plusDays(4), "Training");
        LocalDate conference = YearMonth.from(today).plusMonths(2).atDay(15)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        absence(byName.get("Amara Nwosu"), conference, conference.plusDays(1), "Conference");
        LocalDate holiday = YearMonth.from(today).plusMonths(4).atDay(1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        absence(byName.get("Chloé Lefebvre"), holiday, holiday.plusDays(11), "Annual leave");
    }

    private void absence(ResourceView resource, LocalDate first, LocalDate last, String reason) {
        if (resource == null) return;
        pool.recordAbsence(resource.id(), new AbsenceCommand(first, last, reason, resource.version()));
    }

    private static List<ResourceCommand.Skill> skills(String text) {
        List<ResourceCommand.Skill> skills = new ArrayList<>();
        for (String skill : text.split(";")) {
            String[] parts = skill.split(":");
            skills.add(new ResourceCommand.Skill(parts[0], Integer.parseInt(parts[1])));
        }
        return skills;
    }

    /**
     * Role allocations on the active projects running in each month from two months ago to five ahead: each role's
     * demand is a share of the capacity the heatmap gives it that month, spread over a few running projects (the
     * same ones from month to month); demand thins after the next quarter as projects end.
     */
    private int allocate(LocalDate today) {
        List<ProjectRow> active = projects.search(new ProjectQuery(null, null, null, ProjectState.ACTIVE, null, null,
                null, null, null, false, "code", false, 0, ProjectQuery.MAX_SIZE)).items();
        YearMonth now = YearMonth.from(today);
        YearMonth first = now.minusMonths(2);
        YearMonth last = now.plusMonths(5);
        Map<String, RoleHeatmap.Row> capacity = new HashMap<>();
        allocations.roleHeatmap(first, last, null, null, null).rows().forEach(row -> capacity.put(row.role(), row));
        List<ResourceView> persons = pool.list(false).stream().filter(r -> r.kind() == ResourceKind.PERSON).toList();
        Map<Long, double[]> named = new HashMap<>();
        long runningNow = active.stream().filter(project -> running(project, now)).count();
        int made = 0;
        for (int r = 0; r < ROLES.length; r++) {
            String role = ROLES[r];
            RoleHeatmap.Row row = capacity.get(role);
            if (row == null) continue;
            final int salt = r;
            List<ProjectRow> order = new ArrayList<>(active);
            order.sort(Comparator.comparingLong(project -> Long.hashCode(project.id() * 7_919L + salt * 104_729L)
                    * 31L % 1_009L));
            for (int m = 0; m < row.cells().size(); m++) {
                YearMonth month = first.plusMonths(m);
                List<ProjectRow> running = order.stream().filter(project -> running(project, month)).toList();
                if (running.isEmpty()) continue;
                boolean shortage = role.equals(SHORT_ROLE) && (month.equals(now.plusMonths(1))
                        || month.equals(now.plusMonths(2)));
                double use = shortage ? SHORTAGE : USE[r] + 0.05 * ((m + r) % 3 - 1);
                if (month.isAfter(now.plusMonths(2)) && runningNow > 0) {
                    use *= Math.min(1, running.size() / (double) runningNow);
                }
                long twentieths = Math.round(row.cells().get(m).capacity().doubleValue() * use * 20);
                int count = (int) Math.min(running.size(), Math.max(1, Math.ceil(twentieths / (double) SHARE[salt])));
                for (int i = 0; i < count; i++) {
                    long share = twentieths / count + (i < twentieths % count ? 1 : 0);
                    if (share == 0) continue;
                    ProjectRow project = running.get(i);
                    BigDecimal fte = BigDecimal.valueOf(share).divide(BigDecimal.valueOf(20), 2, RoundingMode.UNNECESSARY);
                    AllocationView allocation = allocations.allocate(project.id(), new AllocationCommand(role, null,
                            month.toString(), fte, month.isAfter(now) ? Booking.SOFT : Booking.HARD, null));
                    made++;
                    if (i % 2 == 1) continue;   // some stay with the role, to be staffed later
                    ResourceView person = named(persons, role, project, month, m, fte, named);
                    if (person != null) {
                        allocations.staff(allocation.id(), new StaffCommand(person.id(), null, allocation.version()));
                        named.computeIfAbsent(person.id(), id -> new double[row.cells().size()])[m] += fte.doubleValue();
                    }
                }
            }
        }
        return made;
    }

    /**
     * The person who fills a role allocation: the project's manager for its project-manager allocation, else the
     * least loaded person of the role; only someone without days off that month whose named allocations stay within
     * {@link #NAMED_AT_MOST} of their FTE. Null when nobody fits.
     */
    private static ResourceView named(List<ResourceView> persons, String role, ProjectRow project, YearMonth month,
                                      int m, BigDecimal fte, Map<Long, double[]> named) {
        List<ResourceView> candidates = persons.stream().filter(p -> p.roles().contains(role))
                .filter(p -> p.absences().stream().noneMatch(a -> !a.lastDay().isBefore(month.atDay(1))
                        && !a.firstDay().isAfter(month.atEndOfMonth())))
                .filter(p -> load(named, p, m) + fte.doubleValue()
                        <= NAMED_AT_MOST * (p.fte() == null ? 1 : p.fte().doubleValue()) + 1e-9)
                .sorted(Comparator.comparingDouble((ResourceView p) -> load(named, p, m)).thenComparing(ResourceView::name))
                .toList();
        if (candidates.isEmpty()) return null;
        if (role.equals("Project manager") && project.manager() != null) {
            for (ResourceView candidate : candidates) {
                if (project.manager().code() != null && project.manager().code().equals(candidate.username())) {
                    return candidate;
                }
            }
            return null;   // another manager's project: the role stays open
        }
        return candidates.get(0);
    }

    private static double load(Map<Long, double[]> named, ResourceView person, int m) {
        double[] months = named.get(person.id());
        return months == null ? 0 : months[m];
    }

    /** Whether the project runs in the month: planned to start by its end and to finish (as forecast) after it began. */
    private static boolean running(ProjectRow project, YearMonth month) {
        LocalDate finish = project.forecastFinish() != null ? project.forecastFinish() : project.plannedFinish();
        return project.plannedStart() != null && finish != null && !project.plannedStart().isAfter(month.atEndOfMonth())
                && !finish.isBefore(month.atDay(1));
    }
}
