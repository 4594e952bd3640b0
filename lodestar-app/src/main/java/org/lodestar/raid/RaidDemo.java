package org.lodestar.raid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.lodestar.engine.health.Rag;
import org.lodestar.platform.People;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.raid.internal.Risks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the other demo loaders, gives most active demo projects RAID logs with history: risks raised and
 * reassessed (some closed, some with response actions), issues with actions (some overdue), an assumption and a
 * decision each. Written through the module's services as the PMO, so every record is audited. Runs once, into a
 * demo database without risks.
 */
@Component
@Order(RaidDemo.DEMO_ORDER)
class RaidDemo implements ApplicationRunner {

    /** After the organisation (2), intake (3) and status (4) demo loaders. */
    static final int DEMO_ORDER = 16;

    private static final Logger log = LoggerFactory.getLogger(RaidDemo.class);
    private static final String[][] RISKS = {
            {"Supplier delivers the main component late", "One qualified supplier", "Delivery slips past integration",
                    "Integration and go-live move by a month", "Supply"},
            {"Key engineer leaves the team", "Knowledge held by one person", "The engineer resigns",
                    "Design decisions stall for weeks", "People"},
            {"Regulator asks for more evidence", "New guidance expected this year", "Audit finds gaps",
                    "Launch waits for a second review", "Compliance"},
            {"Data migration quality below target", "Legacy data never cleansed", "Rehearsal fails",
                    "Cut-over postponed", "Technical"},
            {"Licence costs rise at renewal", "Vendor changes its price list", "Renewal quote above budget",
                    "Budget overrun", "Financial"},
            {"Reuse the platform of a sister project", "A similar platform is live", "The other team agrees to share",
                    "Months of build saved", "Technical"}};
    private static final String[] ISSUES = {"Test environment unstable", "Integration partner late",
            "Requirements still changing", "Security findings open"};

    private final RiskRegister register;
    private final IssueLog issues;
    private final RaidLogs logs;
    private final Risks risks;
    private final ProjectRegistry projects;
    private final People people;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    RaidDemo(RiskRegister register, IssueLog issues, RaidLogs logs, Risks risks, ProjectRegistry projects,
             People people, RunAs runAs, TransactionTemplate transaction, Clock clock,
             @Value("${lodestar.demo}") boolean demo) {
        this.register = register;
        this.issues = issues;
        this.logs = logs;
        this.risks = risks;
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
        Integer logged = transaction.execute(status -> runAs.call("pmo", () -> {
            if (risks.count() > 0) return 0;
            return create();
        }));
        if (logged != null && logged > 0) log.info("Created demo RAID logs on {} projects.", logged);
    }

    private int create() {
        List<ProjectRow> active = projects.search(new ProjectQuery(null, null, null, ProjectState.ACTIVE, null, null,
                null, null, null, false, "code", false, 0, ProjectQuery.MAX_SIZE)).items();
        Random random = new Random(16);
        LocalDate today = LocalDate.now(clock);
        int logged = 0;
        for (int index = 0; index < active.size(); index++) {
            if (index % 4 == 3) continue;  // most, not all, active projects keep RAID logs
            ProjectRow project = active.get(index);
            Long owner = project.manager() == null ? null : project.manager().id();
            // the log agrees with the health the project reports: a green one has no high risk and no overdue
            // action, an amber one one high risk, a red one whatever came (see RiskMatrix.HIGH)
            Rag reported = project.reportedHealth();
            boolean red = reported == Rag.RED;
            for (int r = 0; r < 2 + random.nextInt(3); r++) {
                String[] text = RISKS[(index + r) % RISKS.length];
                boolean opportunity = text[0].startsWith("Reuse");
                int cap = red ? 5 : reported == Rag.AMBER && r == 0 ? 4 : 3;
                int probability = Math.min(cap, 2 + random.nextInt(4));
                int impact = Math.min(cap, 2 + random.nextInt(4));
                if (cap == 4) {
                    probability = 4;
                    impact = 4;
                }
                RiskView risk = register.raise(project.id(), new RiskCommand(
                        opportunity ? RiskKind.OPPORTUNITY : RiskKind.THREAT, text[0], text[1], text[2], text[3],
                        text[4], probability, impact, owner, today.plusWeeks(2 + random.nextInt(20)),
                        opportunity ? RiskStrategy.EXPLOIT : RiskStrategy.REDUCE, null, null, null, null));
                if (random.nextInt(3) > 0) {
                    risk = register.addAction(risk.id(), new RiskActionCommand(opportunity ? "Agree terms with the "
                            + "other team" : "Agree a mitigation plan with the owner", owner,
                            today.plusDays(random.nextInt(40) - 15), risk.version()));
                }
                // the score's history: one or two reassessments
                for (int a = 0; a < 1 + random.nextInt(2); a++) {
                    risk = register.reassess(risk.id(), new AssessmentCommand(Math.min(cap, clamp(risk.probability()
                            + random.nextInt(3) - 1)), Math.min(cap, clamp(risk.impact() + random.nextInt(3) - 1)),
                            null, null, risk.version()));
                }
                if (random.nextInt(6) == 0) register.close(risk.id(), risk.version());
            }
            IssueView issue = issues.log(project.id(), new IssueCommand(ISSUES[index % ISSUES.length],
                    "Raised at the weekly status meeting", IssuePriority.values()[random.nextInt(4)], owner,
                    today.plusDays(random.nextInt(30)), null));
            issue = issues.addAction(issue.id(), new RiskActionCommand("Escalate to the supplier's account manager",
                    owner, today.plusDays(random.nextInt(30) - (red ? 20 : -1)), issue.version()));
            if (random.nextInt(4) == 0) issues.resolve(issue.id(), new IssueResolution("Fixed", issue.version()));
            logs.recordAssumption(project.id(), new AssumptionCommand("Business users are available for testing",
                    null, owner, today.plusDays(random.nextInt(60) - 20), null));
            logs.recordDecision(project.id(), new RaidDecisionCommand("Delivery approach", owner,
                    today.minusDays(30 + random.nextInt(90)), "Big bang; phased roll-out by region", "Phased roll-out "
                    + "by region", "Lower risk for the business", null));
            logged++;
        }
        return logged;
    }

    private static int clamp(int level) {
        return Math.max(1, Math.min(5, level));
    }
}
