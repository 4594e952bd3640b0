package org.lodestar.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lodestar.benefits.BenefitCommand;
import org.lodestar.benefits.BenefitType;
import org.lodestar.benefits.BenefitView;
import org.lodestar.benefits.Benefits;
import org.lodestar.platform.NewPerson;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.Role;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.resources.AllocationCommand;
import org.lodestar.resources.Booking;
import org.lodestar.resources.RateCommand;
import org.lodestar.resources.ResourceAllocations;
import org.lodestar.resources.ResourceCommand;
import org.lodestar.resources.ResourceKind;
import org.lodestar.resources.ResourcePool;
import org.lodestar.resources.ResourceView;
import org.springframework.context.ApplicationContext;

/**
 * Gives generated projects people and benefits, through the modules' APIs.
 * <ul>
 *   <li>A pool of one full-time person for every two projects, each in one of five roles at its cost rate and with
 *   an account of their own ({@code generated-00001}, a team member), so that they keep timesheets
 *   ({@link GeneratedTimesheets}) and their hours are costed. The pool links an account only when it registers a
 *   person: people registered by an earlier generator keep none. {@link People#create} hashes the password it is
 *   given and takes no hash made once, so the generating process hashes at BCrypt's minimum cost
 *   ({@link GeneratedDatabase}; the default cost would take minutes for 5,000 people, and each hash keeps its cost,
 *   which any server checks). The password is one random secret of the run, shown nowhere: nobody signs in as a
 *   generated person.</li>
 *   <li>Each project books one or two of them by name, at 20 to 50 % over the month in progress and the next two:
 *   about one full-time equivalent a person, so that some people are booked beyond their week and some are not, which
 *   feeds the over-allocation the dashboard computes and the role heatmap.</li>
 *   <li>One or two benefits a project, from a baseline at the planned start to a target six months after the
 *   planned finish, measured last month at 30 to 110 % of the way the plan expects by then (those well behind are at
 *   risk).</li>
 * </ul>
 * A pool that has the people already is used as it is, and a project with allocations or benefits keeps them, so a
 * second run adds only what is missing.
 */
final class GeneratedPeopleAndBenefits {

    static final String PERSON = "Generated person ";
    private static final String USERNAME = "generated-";
    private static final String[] ROLES = {"Analyst", "Developer", "Tester", "Architect", "Change manager"};
    /** Each role's cost rate, EUR an hour (the generated projects' currency). */
    private static final int[] RATES = {70, 80, 60, 100, 90};
    private static final String[][] BENEFITS = {
            {"Lower operating cost", "Annual run cost in EUR k", "FINANCIAL"},
            {"Faster order handling", "Hours from order to delivery", "EFFICIENCY"},
            {"Happier customers", "Net promoter score", "CUSTOMER"},
            {"Fewer defects in production", "Incidents a month", "QUALITY"}};

    private final ApplicationContext context;
    private final PrintStream out;

    GeneratedPeopleAndBenefits(ApplicationContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    /** People for these projects, their bookings and the projects' benefits; prints progress. */
    void generate(List<ProjectRow> projects) {
        if (projects.isEmpty()) return;
        RunAs runAs = context.getBean(RunAs.class);
        ResourceAllocations allocations = context.getBean(ResourceAllocations.class);
        Benefits benefits = context.getBean(Benefits.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        long started = System.nanoTime();
        List<ResourceView> people = runAs.call("admin", () -> pool(Math.max(1, projects.size() / 2), today));
        int booked = 0;
        int planned = 0;
        int kept = 0;
        for (int i = 0; i < projects.size(); i++) {
            ProjectRow project = projects.get(i);
            Random random = new Random(31_000L + project.id());
            int[] added = runAs.call("admin", () -> {
                if (!allocations.list(project.id()).isEmpty() || !benefits.of(project.id()).isEmpty()) return null;
                return new int[] {book(allocations, project, people, random, today),
                        benefits(benefits, project, random, today)};
            });
            if (added == null) {
                kept++;
            } else {
                booked += added[0];
                planned += added[1];
            }
            if ((i + 1) % 500 == 0 || i + 1 == projects.size()) {
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf("  people and benefits %,d of %,d (%d kept theirs), %.0f s, about %.0f s left%n", i + 1,
                        projects.size(), kept, seconds, seconds / (i + 1) * (projects.size() - i - 1));
            }
        }
        out.printf("Booked %,d person-months and planned %,d benefits in %.1f s.%n", booked, planned,
                (System.nanoTime() - started) / 1e9);
    }

    /** The generated people of the pool, registering those missing with their account and cost rate. */
    private List<ResourceView> pool(int size, LocalDate today) {
        ResourcePool pool = context.getBean(ResourcePool.class);
        List<ResourceView> people = new ArrayList<>(pool.list(false).stream()
                .filter(resource -> resource.name().startsWith(PERSON)).toList());
        int had = people.size();
        if (had < size) {
            People accounts = context.getBean(People.class);
            // an account made by a run that stopped before registering its person is taken as it is
            Map<String, Person> made = accounts.all().stream().filter(a -> a.username().startsWith(USERNAME))
                    .collect(Collectors.toMap(Person::username, Function.identity()));
            String password = secret();
            for (int n = had; n < size; n++) {
                String number = String.format("%05d", n + 1);
                String role = ROLES[n % ROLES.length];
                Person account = made.computeIfAbsent(USERNAME + number, username -> accounts.create(new NewPerson(
                        username, PERSON + number, null, role, "Delivery", Set.of(Role.TEAM_MEMBER), password)));
                ResourceView person = pool.register(new ResourceCommand(ResourceKind.PERSON, PERSON + number,
                        account.id().value(), "Delivery", List.of(role), List.of(), null, BigDecimal.ONE, null));
                people.add(pool.setRate(person.id(), new RateCommand(today.minusYears(3).withDayOfYear(1),
                        BigDecimal.valueOf(RATES[n % ROLES.length]), "EUR", person.version())));
            }
        }
        out.printf("People: %,d in the pool (%,d were there).%n", people.size(), had);
        return people;
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static int book(ResourceAllocations allocations, ProjectRow project, List<ResourceView> people,
                            Random random, LocalDate today) {
        int months = 0;
        int named = 1 + random.nextInt(2);
        for (int p = 0; p < named; p++) {
            ResourceView person = people.get(random.nextInt(people.size()));
            BigDecimal fte = BigDecimal.valueOf(20 + 10L * random.nextInt(4), 2);
            for (int m = 0; m < 3; m++) {
                allocations.allocate(project.id(), new AllocationCommand(person.roles().get(0), person.id(),
                        YearMonth.from(today).plusMonths(m).toString(), fte, Booking.HARD, null));
                months++;
            }
        }
        return months;
    }

    private static int benefits(Benefits benefits, ProjectRow project, Random random, LocalDate today) {
        if (project.plannedStart() == null || project.plannedFinish() == null) return 0;
        LocalDate baseline = project.plannedStart();
        LocalDate target = project.plannedFinish().plusMonths(6);
        int count = 1 + random.nextInt(2);
        for (int b = 0; b < count; b++) {
            String[] kind = BENEFITS[random.nextInt(BENEFITS.length)];
            BigDecimal from = BigDecimal.valueOf(100 + random.nextInt(900));
            BigDecimal to = from.add(BigDecimal.valueOf(50 + random.nextInt(200)));
            BenefitView plannedBenefit = benefits.plan(project.id(), new BenefitCommand.Plan(kind[0],
                    BenefitType.valueOf(kind[2]), kind[1], from, baseline, to, target, null, null));
            LocalDate measured = today.withDayOfMonth(1).minusDays(1);
            if (measured.isBefore(baseline)) continue;
            double expected = Math.min(1, (double) (measured.toEpochDay() - baseline.toEpochDay())
                    / (target.toEpochDay() - baseline.toEpochDay()));
            double pace = 0.3 + random.nextDouble() * 0.8;
            BigDecimal value = from.add(to.subtract(from).multiply(BigDecimal.valueOf(expected * pace)))
                    .setScale(1, java.math.RoundingMode.HALF_EVEN);
            benefits.measure(plannedBenefit.id(), new BenefitCommand.Measurement(measured, value,
                    "Measured at the month's close", plannedBenefit.version()));
        }
        return count;
    }
}
