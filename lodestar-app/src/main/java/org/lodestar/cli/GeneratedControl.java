package org.lodestar.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.lodestar.finance.ActualCosts;
import org.lodestar.finance.Budgets;
import org.lodestar.finance.CostFileImport;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.raid.AssessmentCommand;
import org.lodestar.raid.IssueCommand;
import org.lodestar.raid.IssueLog;
import org.lodestar.raid.IssuePriority;
import org.lodestar.raid.RiskActionCommand;
import org.lodestar.raid.RiskCommand;
import org.lodestar.raid.RiskKind;
import org.lodestar.raid.RiskRegister;
import org.lodestar.raid.RiskStrategy;
import org.lodestar.raid.RiskView;
import org.springframework.context.ApplicationContext;

/**
 * Gives generated projects what project control keeps of them, through the modules' APIs: a RAID log (one to four
 * risks, some reassessed or closed, some with a mitigation action, and an issue with an action that may be overdue)
 * and money (a budget by quarter over the planned dates, and the ledger's actual costs so far as one cost file per
 * project, all or nothing, spent at 80 to 120 % of the budget's pace). These feed the health the dashboard computes
 * (high risks, overdue actions, cost variance). A project with risks already is left as it is, so a second run adds
 * only what is missing.
 */
final class GeneratedControl {

    private static final String[][] RISKS = {
            {"Key supplier delivers late", "Single source", "Late delivery", "Milestones slip", "Supply chain"},
            {"Specialists leave mid-project", "Tight market", "Attrition", "Velocity drops", "People"},
            {"Requirements keep changing", "Unclear scope", "Rework", "Cost grows", "Scope"},
            {"Integration fails testing", "Legacy interfaces", "Defects", "Go-live moves", "Technology"},
            {"Regulator changes the rule", "Consultation open", "New obligations", "Redesign", "Compliance"}};

    private final ApplicationContext context;
    private final PrintStream out;

    GeneratedControl(ApplicationContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    /** RAID logs and money for every project; prints progress. */
    void generate(List<ProjectRow> projects) {
        if (projects.isEmpty()) return;
        RunAs runAs = context.getBean(RunAs.class);
        RiskRegister register = context.getBean(RiskRegister.class);
        IssueLog issues = context.getBean(IssueLog.class);
        Budgets budgets = context.getBean(Budgets.class);
        ActualCosts actuals = context.getBean(ActualCosts.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        long started = System.nanoTime();
        int risks = 0;
        int skipped = 0;
        for (int i = 0; i < projects.size(); i++) {
            ProjectRow project = projects.get(i);
            Random random = new Random(23_000L + project.id());
            int raised = runAs.call("admin", () -> {
                if (!register.list(project.id()).isEmpty()) return -1;
                int count = raid(register, issues, project, random, today);
                money(budgets, actuals, project, random, today);
                return count;
            });
            if (raised < 0) skipped++;
            else risks += raised;
            if ((i + 1) % 500 == 0 || i + 1 == projects.size()) {
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf("  control %,d of %,d (%,d risks raised, %d had risks), %.0f s, about %.0f s left%n", i + 1,
                        projects.size(), risks, skipped, seconds, seconds / (i + 1) * (projects.size() - i - 1));
            }
        }
        out.printf("Raised %,d risks with issues, budgets and costs in %.1f s.%n", risks, (System.nanoTime() - started) / 1e9);
    }

    private static int raid(RiskRegister register, IssueLog issues, ProjectRow project, Random random, LocalDate today) {
        Long owner = project.manager() == null ? null : project.manager().id();
        int count = 1 + random.nextInt(4);
        for (int r = 0; r < count; r++) {
            String[] text = RISKS[random.nextInt(RISKS.length)];
            RiskView risk = register.raise(project.id(), new RiskCommand(RiskKind.THREAT, text[0], text[1], text[2],
                    text[3], text[4], 1 + random.nextInt(5), 1 + random.nextInt(5), owner,
                    today.plusWeeks(1 + random.nextInt(26)), RiskStrategy.REDUCE, null, null, null, null));
            if (random.nextInt(3) == 0) {
                risk = register.addAction(risk.id(), new RiskActionCommand("Agree a mitigation plan with the owner",
                        owner, today.plusDays(random.nextInt(60) - 20), risk.version()));
            }
            if (random.nextInt(3) == 0) {
                risk = register.reassess(risk.id(), new AssessmentCommand(1 + random.nextInt(5), 1 + random.nextInt(5),
                        null, null, risk.version()));
            }
            if (random.nextInt(8) == 0) register.close(risk.id(), risk.version());
        }
        var issue = issues.log(project.id(), new IssueCommand("Decision needed on the test environment",
                "Raised at the weekly status meeting", IssuePriority.values()[random.nextInt(IssuePriority.values().length)],
                owner, today.plusDays(random.nextInt(30)), null));
        issues.addAction(issue.id(), new RiskActionCommand("Escalate to the service owner", owner,
                today.plusDays(random.nextInt(40) - 15), issue.version()));
        return count;
    }

    /** A budget by quarter over the planned dates, and the costs posted up to last month at the project's pace. */
    private static void money(Budgets budgets, ActualCosts actuals, ProjectRow project, Random random, LocalDate today) {
        if (project.plannedStart() == null || project.plannedFinish() == null || project.budget() == null
                || project.budget().signum() <= 0) {
            return;
        }
        YearMonth first = YearMonth.from(project.plannedStart());
        int months = (int) first.until(YearMonth.from(project.plannedFinish()), ChronoUnit.MONTHS) + 1;
        int quarters = (months + 2) / 3;
        int scale = Math.max(0, Currency.getInstance(project.currency()).getDefaultFractionDigits());
        BigDecimal quarterly = project.budget().divide(BigDecimal.valueOf(quarters), scale, RoundingMode.DOWN);
        BigDecimal rest = project.budget().subtract(quarterly.multiply(BigDecimal.valueOf(quarters)));
        for (int q = 0; q < quarters; q++) {
            budgets.add(project.id(), new Budgets.BudgetLineCommand("labour-opex", first.plusMonths(3L * q).toString(),
                    "ORIGINAL", q == quarters - 1 ? quarterly.add(rest) : quarterly, null));
        }
        double pace = 0.8 + random.nextDouble() * 0.4;
        BigDecimal monthly = project.budget().divide(BigDecimal.valueOf(months), scale + 2, RoundingMode.DOWN)
                .multiply(BigDecimal.valueOf(pace)).setScale(scale, RoundingMode.HALF_EVEN);
        StringBuilder csv = new StringBuilder("Voucher,Posted,Amount,Category\n");
        int lines = 0;
        for (YearMonth month = first; month.isBefore(YearMonth.from(today)) && lines < months; month = month.plusMonths(1)) {
            csv.append(project.code()).append('-').append(month).append(',').append(month.atEndOfMonth()).append(',')
                    .append(monthly.toPlainString()).append(",labour-opex\n");
            lines++;
        }
        if (lines > 0 && monthly.signum() > 0) {
            actuals.importFile(project.id(), new ActualCosts.CostFileCommand(csv.toString(),
                    new CostFileImport.ColumnMapping("Posted", "Amount", "Category", "Voucher")));
        }
    }
}
