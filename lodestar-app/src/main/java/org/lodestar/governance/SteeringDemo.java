package org.lodestar.governance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.governance.internal.SteeringCommitteeStore;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.Role;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.PortfolioView;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the other demo loaders, gives every demo portfolio a steering committee (its manager in the chair, an
 * executive as sponsor, the PMO as secretary) with two past meetings, their minutes, decisions and actions (one
 * closed, two open) and a meeting scheduled four weeks ahead, whose pack shows them; and closes one running demo
 * project with an accepted closure report. Written through the module's services as the PMO, so every record is
 * audited. Runs once, into a demo database without steering committees.
 */
@Component
@Order(SteeringDemo.DEMO_ORDER)
class SteeringDemo implements ApplicationRunner {

    /** After the organisation (2), intake (3), status (4), governance (6) and RAID (16) demo loaders. */
    static final int DEMO_ORDER = 17;

    private static final Logger log = LoggerFactory.getLogger(SteeringDemo.class);

    private final SteeringCommittees steering;
    private final ProjectClosures closures;
    private final SteeringCommitteeStore committees;
    private final PortfolioRegistry portfolios;
    private final ProjectRegistry projects;
    private final People people;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    SteeringDemo(SteeringCommittees steering, ProjectClosures closures, SteeringCommitteeStore committees,
                 PortfolioRegistry portfolios, ProjectRegistry projects, People people, RunAs runAs,
                 TransactionTemplate transaction, Clock clock, @Value("${lodestar.demo}") boolean demo) {
        this.steering = steering;
        this.closures = closures;
        this.committees = committees;
        this.portfolios = portfolios;
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
        Integer formed = transaction.execute(status -> runAs.call("pmo", () -> {
            if (committees.count() > 0) return 0;
            return create();
        }));
        if (formed != null && formed > 0) log.info("Created {} demo steering committees and a closed project.", formed);
    }

    private int create() {
        List<PortfolioView> all = portfolios.portfolios();
        if (all.isEmpty()) return 0;
        List<ProjectRow> active = projects.search(new ProjectQuery(null, null, null, ProjectState.ACTIVE, null, null,
                null, null, null, false, "code", false, 0, ProjectQuery.MAX_SIZE)).items();
        Long pmo = id("pmo");
        Long executive = people.all().stream().filter(person -> person.roles().contains(Role.EXECUTIVE))
                .map(person -> person.id().value()).findFirst().orElse(pmo);
        LocalDate today = LocalDate.now(clock);
        int formed = 0;
        for (PortfolioView portfolio : all) {
            Long chair = portfolio.manager() == null ? pmo : Long.valueOf(portfolio.manager().id());
            Map<Long, String> members = new LinkedHashMap<>();
            members.put(chair, "Chair");
            members.putIfAbsent(executive, "Sponsor");
            members.putIfAbsent(pmo, "Secretary");
            List<SteeringCommand.Member> list = new ArrayList<>();
            members.forEach((person, role) -> list.add(new SteeringCommand.Member(person, role)));
            steering.keep(portfolio.id(), new SteeringCommand.Keep(portfolio.name() + " steering committee", chair,
                    MeetingCadence.MONTHLY, list, null));
            List<ProjectRow> mine = active.stream().filter(row -> row.portfolio() != null
                    && row.portfolio().id() == portfolio.id()).toList();
            List<Long> attendees = new ArrayList<>(members.keySet());

            SteeringView.Meeting first = steering.schedule(portfolio.id(), new SteeringCommand.Schedule(
                    today.minusDays(56), "Portfolio priorities for the quarter\nGate reviews awaiting a decision\n"
                    + "Top risks"));
            first = steering.record(first.id(), new SteeringCommand.Record(attendees,
                    "The committee confirmed the quarter's priorities and reviewed the top risks of the portfolio.",
                    first.version()));
            steering.decide(first.id(), new SteeringCommand.Decide("Confirm the portfolio's priorities for the quarter.",
                    null, null));
            if (!mine.isEmpty()) {
                steering.decide(first.id(), new SteeringCommand.Decide("Continue " + mine.get(0).name()
                        + " as planned; report on its schedule at the next meeting.", null, mine.get(0).id()));
            }
            SteeringView.Meeting withActions = steering.assign(first.id(), new SteeringCommand.Assign(
                    "Share the updated benefits profile with the committee.", chair, today.minusDays(35)));
            steering.close(withActions.actions().get(0).id(), new SteeringCommand.Close(
                    "Sent to the members before the second meeting.", withActions.actions().get(0).version()));
            steering.assign(first.id(), new SteeringCommand.Assign(
                    "Propose a contingency reserve for the portfolio.", chair, today.plusDays(7)));

            SteeringView.Meeting second = steering.schedule(portfolio.id(), new SteeringCommand.Schedule(
                    today.minusDays(28), "Actions of the last meeting\nGate reviews awaiting a decision\n"
                    + "High-priority issues"));
            second = steering.record(second.id(), new SteeringCommand.Record(attendees,
                    "The committee reviewed the open issues and the schedule of the portfolio's projects.",
                    second.version()));
            steering.decide(second.id(), new SteeringCommand.Decide(mine.size() > 1
                    ? "Release the contingency held for " + mine.get(1).name() + "."
                    : "Keep the contingency reserve unchanged.", null, mine.size() > 1 ? mine.get(1).id() : null));
            steering.assign(second.id(), new SteeringCommand.Assign(
                    "Ask the project managers for a recovery plan on every red project.", executive,
                    today.plusDays(14)));

            steering.schedule(portfolio.id(), new SteeringCommand.Schedule(today.plusDays(28),
                    "Actions of the last meetings\nGate reviews awaiting a decision\nRisks and issues\n"
                    + "Health of the projects"));
            formed++;
        }
        if (active.size() > 8) close(active.get(active.size() - 1), today);
        return formed;
    }

    /** Writes the project's closure report and accepts it, which closes the project. */
    private void close(ProjectRow project, LocalDate today) {
        ProjectId id = new ProjectId(project.id());
        Map<String, Answer> checklist = new LinkedHashMap<>();
        for (ClosureItem item : ClosureItem.values()) checklist.put(item.name(), Answer.YES);
        checklist.put(ClosureItem.CONTRACTS_CLOSED.name(), Answer.NOT_APPLICABLE);
        LocalDate start = project.plannedStart() == null || project.plannedStart().isAfter(today.minusDays(30))
                ? today.minusDays(180) : project.plannedStart();
        ClosureView draft = closures.write(id, new ClosureCommand.Write(checklist,
                "The solution is live and used by all target teams; two of the three objectives were met in full, "
                        + "the third (cost per case) is 5% short and handed over to the business as a target.",
                start, today.minusDays(3), project.budget() == null ? null
                        : project.budget().multiply(new BigDecimal("0.97")).setScale(2, java.math.RoundingMode.HALF_UP),
                "Involve operations from the first release; agree data ownership before migration; keep the "
                        + "steering committee's decisions in its log, not in mails.",
                "Head of operations", null));
        closures.accept(id, new ClosureCommand.Accept(draft.version()));
    }

    private Long id(String username) {
        return people.all().stream().filter(person -> person.username().equals(username))
                .map(Person::id).map(userId -> userId.value()).findFirst().orElseThrow();
    }
}
