package org.lodestar.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.RunAs;
import org.lodestar.resources.AbsenceCommand;
import org.lodestar.resources.RateCommand;
import org.lodestar.resources.ResourceCommand;
import org.lodestar.resources.ResourceKind;
import org.lodestar.resources.ResourcePool;
import org.lodestar.resources.ResourceView;
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
 * absences, two generic roles and a material resource. Kept as the resource manager through the pool's acts, so
 * every record is audited; runs once, into a demo database without resources.
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

    private final ResourcePool pool;
    private final People people;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    ResourcesDemo(ResourcePool pool, People people, RunAs runAs, TransactionTemplate transaction, Clock clock,
                  @Value("${lodestar.demo}") boolean demo) {
        this.pool = pool;
        this.people = people;
        this.runAs = runAs;
        this.transaction = transaction;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!demo || people.isEmpty()) return;
        Integer kept = transaction.execute(status -> runAs.call(KEEPER, () -> {
            if (!pool.list(true).isEmpty()) return 0;
            return createPool(LocalDate.now(clock));
        }));
        if (kept != null && kept > 0) log.info("Created the demo resource pool: {} resources.", kept);
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
}
