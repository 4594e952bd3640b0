package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lodestar.engine.evm.EarnedValue;
import org.lodestar.engine.evm.EarningMethod;
import org.lodestar.finance.ControlAccounts.Account;
import org.lodestar.finance.ControlAccounts.AccountLine;
import org.lodestar.finance.ControlAccounts.TaskCost;
import org.lodestar.finance.EarnedValueCalculation.Cost;
import org.lodestar.finance.EarnedValueCalculation.Result;
import org.lodestar.finance.EarnedValueCalculation.Task;

/**
 * Earned value per control account, every figure computed by hand. The plan:
 * <pre>
 * 1 Design (summary)            account 1
 *   1.1 Drafts (summary)
 *     1.1.1 task 3   2 d  baseline 1 to 5 Jan, finished             share  960
 *     1.1.2 task 4   1 d  baseline 5 to 7 Jan, 50 %                 share  480
 *   1.2   task 5     1 d  baseline 9 to 13 Jan, not started         share  480
 * 2 Launch (task 6)  4 d  baseline 20 Jan to 1 Feb, 25 %            share 1920   account 2
 * </pre>
 * Budget 3,840 EUR in January (BAC), status date 10 January (its whole day counts: PV to 11 Jan 00:00). Costs:
 * 1,000 on task 3, 300 on task 6, a ledger row of 500 without a task, 50 on a task no longer in the plan, and 100 on
 * task 4 after the status date.
 */
class ControlAccountsTests {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate STATUS = LocalDate.parse("2026-01-10");
    private static final List<Account> ACCOUNTS = List.of(
            new Account(1, "1", "Design", true, Set.of(1L, 2L, 3L, 4L, 5L)),
            new Account(6, "2", "Launch", false, Set.of(6L)));
    private static final List<TaskCost> COSTS = List.of(
            new TaskCost(LocalDate.parse("2026-01-04"), 1000, 3L),
            new TaskCost(LocalDate.parse("2026-01-08"), 500, null),
            new TaskCost(LocalDate.parse("2026-01-09"), 300, 6L),
            new TaskCost(LocalDate.parse("2026-01-09"), 50, 99L),
            new TaskCost(LocalDate.parse("2026-01-20"), 100, 4L));

    private static Task task(long id, int days, String baselineStart, String baselineFinish, String actualFinish,
                             int percent) {
        LocalDateTime from = LocalDateTime.parse(baselineStart + "T00:00");
        LocalDateTime to = LocalDateTime.parse(baselineFinish + "T00:00");
        return new Task(id, days * 480, from, to, from, to, percent > 0 ? from : null,
                actualFinish == null ? null : LocalDateTime.parse(actualFinish + "T17:00"), percent,
                EarningMethod.PHYSICAL_PERCENT_COMPLETE);
    }

    private static final List<Task> TASKS = List.of(
            task(3, 2, "2026-01-01", "2026-01-05", "2026-01-05", 100),
            task(4, 1, "2026-01-05", "2026-01-07", null, 50),
            task(5, 1, "2026-01-09", "2026-01-13", null, 0),
            task(6, 4, "2026-01-20", "2026-02-01", null, 25));

    private static ControlAccounts.View view(boolean baseline) {
        TreeMap<YearMonth, Double> budget = new TreeMap<>();
        budget.put(YearMonth.of(2026, 1), 3840.0);
        List<Cost> costs = COSTS.stream().map(cost -> new Cost(cost.postedOn(), cost.amount())).toList();
        Result project = EarnedValueCalculation.calculate(budget, TASKS, baseline, costs, STATUS);
        ControlAccounts.Grouping grouping = ControlAccounts.group(project, TASKS,
                EarnedValueCalculation.shares(TASKS, 3840), ACCOUNTS, COSTS);
        List<EarnedValue> parts = new ArrayList<>();
        for (Result result : grouping.results()) parts.add(result.position());
        return ControlAccounts.view(7, "PRJ", "Project", EUR, EUR, project, baseline ? 1 : null,
                EarnedValues.metrics(project.position(), project.earned(), EUR), grouping.accounts(), parts,
                grouping.unattributed().position());
    }

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void eachAccountTakesItsTasksSharesProgressAndCostsAndTheRestOfTheCostIsUnattributed() {
        ControlAccounts.View view = view(true);

        assertThat(view.plannedValueByAccount()).isTrue();
        AccountLine design = view.accounts().get(0);
        assertThat(design.code()).isEqualTo("1");
        assertThat(design.summary()).isTrue();
        assertThat(design.metrics().bac()).as("960 + 480 + 480").isEqualByComparingTo(eur("1920"));
        assertThat(design.metrics().pv()).as("960 + 480 + half of 480 (2 of its 4 days)")
                .isEqualByComparingTo(eur("1680"));
        assertThat(design.metrics().ev()).as("960 finished + 50 % of 480").isEqualByComparingTo(eur("1200"));
        assertThat(design.metrics().ac()).as("the cost on task 3; task 4's is after the status date")
                .isEqualByComparingTo(eur("1000"));
        assertThat(design.metrics().sv()).isEqualByComparingTo(eur("-480"));
        assertThat(design.metrics().cv()).isEqualByComparingTo(eur("200"));
        assertThat(design.metrics().spi()).isEqualTo(0.714);
        assertThat(design.metrics().cpi()).isEqualTo(1.2);
        assertThat(design.metrics().eac()).as("1920 / 1.2").isEqualByComparingTo(eur("1600"));
        assertThat(design.metrics().vac()).isEqualByComparingTo(eur("320"));
        assertThat(design.percentComplete()).isEqualTo(62.5);

        AccountLine launch = view.accounts().get(1);
        assertThat(launch.code()).isEqualTo("2");
        assertThat(launch.summary()).as("a working task at level 1 is its own account").isFalse();
        assertThat(launch.metrics().bac()).isEqualByComparingTo(eur("1920"));
        assertThat(launch.metrics().pv()).as("its baseline starts after the status date")
                .isEqualByComparingTo(eur("0"));
        assertThat(launch.metrics().ev()).isEqualByComparingTo(eur("480"));
        assertThat(launch.metrics().ac()).isEqualByComparingTo(eur("300"));
        assertThat(launch.metrics().spi()).as("no PV: no SPI, never 0 or 1").isNull();
        assertThat(launch.metrics().cpi()).isEqualTo(1.6);
        assertThat(launch.metrics().eac()).isEqualByComparingTo(eur("1200"));
        assertThat(launch.metrics().vac()).isEqualByComparingTo(eur("720"));
        assertThat(launch.percentComplete()).isEqualTo(25.0);

        assertThat(view.unattributedAc()).as("the ledger row and the cost of a task gone from the plan")
                .isEqualByComparingTo(eur("550"));
        assertThat(view.project().pv()).isEqualByComparingTo(eur("1680"));
        assertThat(view.project().ev()).isEqualByComparingTo(eur("1680"));
        assertThat(view.project().ac()).isEqualByComparingTo(eur("1850"));
        assertThat(view.projectPercentComplete()).isEqualTo(43.8);
    }

    @Test
    void withoutABaselineAccountsHaveNoPlannedValueButTheirOtherAmountsStillAddUp() {
        ControlAccounts.View view = view(false);

        assertThat(view.plannedValueByAccount()).isFalse();
        assertThat(view.plannedValueFrom()).isEqualTo("BUDGET");
        for (AccountLine line : view.accounts()) {
            assertThat(line.metrics().pv()).isNull();
            assertThat(line.metrics().sv()).isNull();
            assertThat(line.metrics().spi()).isNull();
            assertThat(line.metrics().eacByCpiAndSpi()).isNull();
        }
        assertThat(view.accounts().get(0).metrics().ev()).isEqualByComparingTo(eur("1200"));
        assertThat(view.accounts().get(0).metrics().cpi()).isEqualTo(1.2);
        assertThat(view.project().pv()).as("the budget's January to the 10th of 31 days")
                .isEqualByComparingTo(eur("1238.71"));
    }

    @Test
    void roundedAmountsAreApportionedSoThatTheyAddUpToTheRoundedTotal() {
        BigDecimal[] thirds = ControlAccounts.apportion(new double[] {100 / 3.0, 100 / 3.0, 100 / 3.0},
                eur("100.00"), EUR);
        assertThat(thirds).containsExactly(eur("33.34"), eur("33.33"), eur("33.33"));

        BigDecimal[] yen = ControlAccounts.apportion(new double[] {0.6, 0.6, -0.2}, eur("1"),
                Currency.getInstance("JPY"));
        assertThat(yen[0].add(yen[1]).add(yen[2])).isEqualByComparingTo(eur("1"));
        assertThat(yen).containsExactly(eur("1"), eur("0"), eur("0"));
    }
}
