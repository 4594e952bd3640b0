package org.lodestar.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.lodestar.change.ChangeControl;
import org.lodestar.change.ChangeDecision;
import org.lodestar.change.ChangeRequestCommand;
import org.lodestar.change.ChangeRequestView;
import org.lodestar.platform.People;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.quality.FindingCommand;
import org.lodestar.quality.FindingSeverity;
import org.lodestar.quality.LessonCommand;
import org.lodestar.quality.LessonsLearned;
import org.lodestar.quality.QualityReviewCommand;
import org.lodestar.quality.QualityReviewView;
import org.lodestar.quality.QualityReviews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the other demo loaders, gives the demo organisation change control and quality: on an active project with a
 * plan, a change request above the thresholds approved by the steering committee (which re-baselined the plan) and
 * implemented, one rejected and one awaiting the committee; a PMO quality review with findings and corrective
 * actions (one followed to closure); and a few lessons learned. Through the modules' APIs, as the project's manager
 * and the PMO; runs once, into a demo database without change requests.
 */
@Component
@Order(ChangeQualityDemo.DEMO_ORDER)
class ChangeQualityDemo implements ApplicationRunner {

    /** After the organisation (2), intake (3), status (4), governance (6) and RAID (16) demo loaders. */
    static final int DEMO_ORDER = 26;

    private static final Logger log = LoggerFactory.getLogger(ChangeQualityDemo.class);
    private static final String[][] LESSONS = {
            {"Suppliers", "Execution", "The main supplier delivered the integration kit three weeks late; nothing in the contract covered it.",
                    "Put delivery dates and penalties for late delivery in supplier contracts."},
            {"Testing", "Execution", "User acceptance testing started the week before go-live, and business testers were not available.",
                    "Book business testers when the plan is baselined and start acceptance tests a month before go-live."},
            {"Governance", "Initiation", "The business case counted benefits twice across two projects of the same programme.",
                    "Have the programme review the benefits of its projects together before the first gate."},
            {"People", "Closure", "Knowledge of the interfaces stayed with one contractor, who left at closure.",
                    "Pair an employee with every contractor on critical interfaces and write the hand-over into the plan."}};

    private final ChangeControl changes;
    private final QualityReviews reviews;
    private final LessonsLearned lessons;
    private final ProjectRegistry projects;
    private final People people;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    ChangeQualityDemo(ChangeControl changes, QualityReviews reviews, LessonsLearned lessons, ProjectRegistry projects,
                      People people, RunAs runAs, TransactionTemplate transaction, Clock clock,
                      @Value("${lodestar.demo}") boolean demo) {
        this.changes = changes;
        this.reviews = reviews;
        this.lessons = lessons;
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
        List<ProjectRow> active = transaction.execute(status -> runAs.call("pmo", () -> {
            if (!changes.search(null, null).isEmpty()) return List.<ProjectRow>of();
            return projects.search(new ProjectQuery(null, null, null, ProjectState.ACTIVE, null, null, null, null,
                    null, false, "code", false, 0, ProjectQuery.MAX_SIZE)).items();
        }));
        if (active == null || active.size() < 2) return;
        // the first active project whose plan can be re-baselined gets the change requests
        ProjectRow changed = null;
        for (ProjectRow project : active) {
            try {
                transaction.executeWithoutResult(status -> changeRequests(project));
                changed = project;
                break;
            } catch (RuntimeException refused) {
                log.debug("No demo change requests on {}: {}", project.code(), refused.getMessage());
            }
        }
        ProjectRow reviewed = active.get(changed == active.get(0) ? 1 : 0);
        transaction.executeWithoutResult(status -> runAs.call("pmo", () -> {
            qualityReview(reviewed);
            for (int i = 0; i < LESSONS.length; i++) {
                ProjectRow project = active.get(i % active.size());
                String[] lesson = LESSONS[i];
                lessons.record(project.id(), new LessonCommand(lesson[0], lesson[1], lesson[2], lesson[3]));
            }
            return null;
        }));
        log.info("Created demo change requests on {} and a quality review of {}, with lessons learned.",
                changed == null ? "no project" : changed.code(), reviewed.code());
    }

    private void changeRequests(ProjectRow project) {
        String manager = project.manager() == null || project.manager().code() == null ? "pmo" : project.manager().code();
        ChangeRequestView approved = runAs.call(manager, () -> submitted(project, new ChangeRequestCommand(
                "Add the regulator's reporting interface", "A monthly report to the regulator through its new portal.",
                "New regulation in force next year", "One more interface and its tests", 15,
                new BigDecimal("85000"), "Build it now; buy a reporting service; ask for an exemption", null)));
        ChangeRequestView decided = runAs.call("pmo", () -> changes.approve(approved.id(), new ChangeDecision(
                "Required by law; the steering committee accepts the delay", true, approved.version())));
        runAs.call(manager, () -> changes.implement(decided.id(), decided.version()));

        ChangeRequestView rejected = runAs.call(manager, () -> submitted(project, new ChangeRequestCommand(
                "Redesign the customer portal", "A new look for every page of the portal.", "Marketing asks for it",
                "All pages of the portal", 40, new BigDecimal("140000"), "Redesign now; restyle in the next release",
                null)));
        runAs.call("pmo", () -> changes.reject(rejected.id(), new ChangeDecision(
                "Not in the project's objectives; propose it as a new request", false, rejected.version())));

        runAs.call(manager, () -> submitted(project, new ChangeRequestCommand("Second data centre for fail-over",
                null, "Audit finding on resilience", "Infrastructure and a fail-over test", 25,
                new BigDecimal("60000"), null, null)));
    }

    private ChangeRequestView submitted(ProjectRow project, ChangeRequestCommand command) {
        ChangeRequestView raised = changes.raise(project.id(), command);
        return changes.submit(raised.id(), raised.version());
    }

    private void qualityReview(ProjectRow project) {
        LocalDate today = LocalDate.now(clock);
        Long owner = project.manager() == null ? null : project.manager().id();
        QualityReviewView review = reviews.hold(project.id(), new QualityReviewCommand(today.minusDays(20), null,
                "Quarterly health check of the project's management", List.of(
                new QualityReviewCommand.Criterion("Plan baselined and up to date", 3, 4, null),
                new QualityReviewCommand.Criterion("Risks reviewed every month", 2, 2, "Last review in the spring"),
                new QualityReviewCommand.Criterion("Status reports on time", 2, 5, null),
                new QualityReviewCommand.Criterion("Change log kept", 1, 3, null))));
        review = reviews.addFinding(review.id(), new FindingCommand("Risk register not reviewed for three months",
                FindingSeverity.HIGH, "Review the risk register with the team every month", owner,
                today.plusDays(10), review.version()));
        review = reviews.addFinding(review.id(), new FindingCommand("Two status reports published late",
                FindingSeverity.LOW, "Put the reporting deadline in the team calendar", owner, today.minusDays(5),
                review.version()));
        review = reviews.completeAction(review.id(), 1, review.version());
        reviews.closeFinding(review.id(), 1, review.version());
    }
}
