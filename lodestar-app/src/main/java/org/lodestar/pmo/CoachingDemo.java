package org.lodestar.pmo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.RunAs;
import org.lodestar.pmo.internal.MentoringStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo organisation its coaching: the PMO (`pmo`) mentors the demo's project manager `pm` and Daniel Osei,
 * the portfolio manager (`portfolio`) Lucie Bernard, each with sessions over the past months and the actions agreed
 * in them (most followed up, one overdue). Mentors are demo accounts that sign in, so that they log their own
 * sessions. Through the module's API, as the PMO who assigns and the mentors who log; once, into a demo database
 * without mentorings.
 */
@Component
@Order(CoachingDemo.DEMO_ORDER)
class CoachingDemo implements ApplicationRunner {

    static final int DEMO_ORDER = MaturityDemo.DEMO_ORDER + 1;

    private static final Logger log = LoggerFactory.getLogger(CoachingDemo.class);

    private final Coaching coaching;
    private final MentoringStore store;
    private final People people;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    CoachingDemo(Coaching coaching, MentoringStore store, People people, RunAs runAs, TransactionTemplate transaction,
                 Clock clock, @Value("${lodestar.demo}") boolean demo) {
        this.coaching = coaching;
        this.store = store;
        this.people = people;
        this.runAs = runAs;
        this.transaction = transaction;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!demo || people.isEmpty() || store.count() > 0) return;
        Map<String, Person> byName = people.all().stream().collect(Collectors.toMap(Person::username, Function.identity()));
        if (!byName.keySet().containsAll(List.of("portfolio", "pm", "lbernard", "dosei", "pmo"))) return;
        LocalDate today = LocalDate.now(clock);
        transaction.executeWithoutResult(status -> {
            mentoring(byName.get("pmo"), byName.get("pm"), today.minusMonths(5), List.of(
                    new Session(today.minusMonths(5), List.of(CoachingTopic.PLANNING, CoachingTopic.RISK),
                            "First plan review: the baseline was set before the estimates were agreed.",
                            "Re-estimate the build phase with the team", today.minusMonths(4), true),
                    new Session(today.minusMonths(3), List.of(CoachingTopic.STAKEHOLDERS, CoachingTopic.COMMUNICATION),
                            "The sponsor hears of delays late; agreed a fortnightly note.",
                            "Send the sponsor a fortnightly status note", today.minusMonths(2), true),
                    new Session(today.minusWeeks(3), List.of(CoachingTopic.LEADERSHIP),
                            "Delegating test planning to the test lead.",
                            "Hand the test plan over to the test lead", today.minusWeeks(1), false)));
            mentoring(byName.get("portfolio"), byName.get("lbernard"), today.minusMonths(2), List.of(
                    new Session(today.minusMonths(2), List.of(CoachingTopic.FINANCE, CoachingTopic.BENEFITS),
                            "Reading earned value: why the CPI fell in the second month.",
                            "Explain the CPI to the steering committee", today.minusMonths(1), true)));
            mentoring(byName.get("pmo"), byName.get("dosei"), today.minusMonths(1), List.of(
                    new Session(today.minusWeeks(2), List.of(CoachingTopic.GOVERNANCE, CoachingTopic.CAREER),
                            "Preparing the first gate review of a new project.",
                            "Read the gate checklist of the standard lifecycle", today.plusWeeks(2), false)));
        });
        log.info("Created the demo mentorings and coaching logs.");
    }

    private record Session(LocalDate heldOn, List<CoachingTopic> topics, String notes, String action, LocalDate due,
                           boolean done) {
    }

    private void mentoring(Person mentor, Person mentee, LocalDate since, List<Session> sessions) {
        MentoringView assigned = runAs.call("pmo", () -> coaching.assign(new CoachingCommand.Assign(mentor.id().value(),
                mentee.id().value(), since)));
        runAs.call(mentor.username(), () -> {
            MentoringView current = assigned;
            for (Session session : sessions) {
                current = coaching.logSession(current.id(), new CoachingCommand.Session(session.heldOn(),
                        session.topics(), session.notes(),
                        List.of(new CoachingCommand.AgreedAction(session.action(), session.due())), current.version()));
                if (session.done()) {
                    current = coaching.followUp(current.id(), current.actions().size() - 1,
                            new CoachingCommand.FollowUp("Done as agreed", current.version()));
                }
            }
            return null;
        });
    }
}
