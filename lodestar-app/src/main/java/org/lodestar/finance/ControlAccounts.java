package org.lodestar.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lodestar.engine.evm.EarnedValue;
import org.lodestar.finance.EarnedValueCalculation.PlannedValueSource;
import org.lodestar.finance.EarnedValueCalculation.Result;
import org.lodestar.finance.EarnedValueCalculation.Task;

/**
 * Earned value per control account: the plan's top-level WBS elements (a summary at outline level 1 with every task
 * under it; a working task at level 1 is its own account). Each account's BAC is the sum of its working tasks' shares,
 * its PV and EV the same per-task figures the project's come from ({@link EarnedValueCalculation}), so that the
 * accounts add up to the project; its AC the costs posted against one of its tasks (timesheet costs carry a task;
 * ledger rows and invoices do not, and neither does a cost whose task has left the plan): the rest is the
 * <em>unattributed</em> actual cost, and the accounts plus that line add up to the project's AC. Without a baseline
 * the project's PV follows the budget's months, which name no task: accounts then have no PV (nor SV, SPI).
 */
public final class ControlAccounts {

    /** A control account as the plan gives it: its top-level task, WBS code and name, and its tasks' ids. */
    record Account(long taskId, String code, String name, boolean summary, Set<Long> tasks) {
    }

    /** An actual cost; {@code task} is the plan task it was posted against, null when it names none. */
    record TaskCost(LocalDate postedOn, double amount, Long task) {
    }

    /**
     * The grouping: each account's result (months as the project's; PV to date and by month from its tasks' shares
     * with a baseline, the budget's months pro rata to its BAC without one) and the unattributed costs' result.
     */
    record Grouping(List<Account> accounts, List<Result> results, Result unattributed) {
    }

    /**
     * One control account: its top-level task, WBS code and name, whether it is a summary, its metrics (PV, SV, SPI
     * and the EAC by CPI × SPI null without a baseline; AC only the costs posted against its tasks) and its % complete
     * (EV / BAC, null when its BAC is 0).
     */
    public record AccountLine(long taskId, String code, String name, boolean summary, EarnedValues.Metrics metrics,
                              Double percentComplete) {
    }

    /**
     * A project's control accounts, in the view's currency: {@code plannedValueFrom} as the project's earned value
     * says ({@code BASELINE}: accounts have PV; {@code BUDGET}: they have none), the accounts in outline order, the
     * actual cost to the status date attributed to no account, and the project's own metrics, which the accounts'
     * BAC, PV, EV (and AC with the unattributed line) add up to exactly.
     */
    public record View(long projectId, String code, String name, String currency, String projectCurrency,
                       LocalDate statusDate, String plannedValueFrom, Integer baseline, boolean plannedValueByAccount,
                       List<AccountLine> accounts, BigDecimal unattributedAc, EarnedValues.Metrics project,
                       Double projectPercentComplete) {
    }

    private ControlAccounts() {
    }

    /** The view: each account's amounts apportioned so that they add up to the project's rounded ones. */
    static View view(long projectId, String code, String name, Currency currency, Currency projectCurrency,
                     Result whole, Integer baseline, EarnedValues.Metrics project, List<Account> accounts,
                     List<EarnedValue> parts, EarnedValue unattributed) {
        int n = accounts.size();
        boolean byAccount = whole.source() == PlannedValueSource.BASELINE && whole.earned();
        double[] bac = new double[n], pv = new double[n], ev = new double[n], ac = new double[n + 1];
        for (int a = 0; a < n; a++) {
            bac[a] = parts.get(a).bac();
            pv[a] = parts.get(a).pv();
            ev[a] = parts.get(a).ev();
            ac[a] = parts.get(a).ac();
        }
        ac[n] = unattributed.ac();
        BigDecimal[] bacs = apportion(bac, project.bac(), currency);
        BigDecimal[] pvs = byAccount ? apportion(pv, project.pv(), currency) : null;
        BigDecimal[] evs = project.ev() == null ? null : apportion(ev, project.ev(), currency);
        BigDecimal[] acs = apportion(ac, project.ac(), currency);
        List<AccountLine> lines = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            Account account = accounts.get(a);
            if (evs == null) {
                lines.add(new AccountLine(account.taskId(), account.code(), account.name(), account.summary(),
                        EarnedValues.metrics(new EarnedValue(bacs[a].doubleValue(), 0, 0, acs[a].doubleValue()),
                                false, currency).withoutPlannedValue(), null));
                continue;
            }
            EarnedValues.Metrics metrics = EarnedValues.metrics(new EarnedValue(bacs[a].doubleValue(),
                    pvs == null ? 0 : pvs[a].doubleValue(), evs[a].doubleValue(), acs[a].doubleValue()), true,
                    currency);
            lines.add(new AccountLine(account.taskId(), account.code(), account.name(), account.summary(),
                    pvs == null ? metrics.withoutPlannedValue() : metrics, percent(evs[a], bacs[a])));
        }
        return new View(projectId, code, name, currency.getCurrencyCode(), projectCurrency.getCurrencyCode(),
                whole.statusDate(), whole.source().name(), baseline, byAccount, List.copyOf(lines), acs[n], project,
                project.ev() == null ? null : percent(project.ev(), project.bac()));
    }

    private static Double percent(BigDecimal ev, BigDecimal bac) {
        if (ev == null || bac == null || bac.signum() == 0) return null;
        return Math.round(ev.doubleValue() / bac.doubleValue() * 1000) / 10.0;
    }

    /**
     * Groups a project's earned value by control account.
     *
     * @param project  the project's result, from {@link EarnedValueCalculation#calculate} on {@code tasks}
     * @param tasks    the working tasks the project's result was computed on
     * @param shares   each task's share of the BAC, as the project's result used them
     * @param accounts the control accounts, in outline order
     * @param costs    every actual cost of the project, with its task where it has one
     */
    static Grouping group(Result project, List<Task> tasks, double[] shares, List<Account> accounts,
                          List<TaskCost> costs) {
        int months = project.months();
        LocalDate statusDate = project.statusDate();
        LocalDateTime endOfStatus = statusDate.plusDays(1).atStartOfDay();
        boolean baseline = project.source() == PlannedValueSource.BASELINE;
        Map<Long, Integer> accountOf = new HashMap<>();
        for (int a = 0; a < accounts.size(); a++) {
            for (long task : accounts.get(a).tasks()) accountOf.put(task, a);
        }
        int n = accounts.size();
        double[] bac = new double[n], pv = new double[n], ev = new double[n], ac = new double[n];
        double[][] pvByMonth = new double[n + 1][months];
        double[][] acByMonth = new double[n + 1][months];
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            Integer a = accountOf.get(task.id());
            if (a == null) throw new IllegalArgumentException("task " + task.id() + " is in no control account");
            bac[a] += shares[i];
            ev[a] += EarnedValueCalculation.earned(task, shares[i]);
            if (baseline) {
                LocalDateTime from = task.baselineStart() != null ? task.baselineStart() : task.start();
                LocalDateTime to = task.baselineFinish() != null ? task.baselineFinish() : task.finish();
                pv[a] += shares[i] * EarnedValueCalculation.elapsed(from, to, endOfStatus);
                TreeMap<YearMonth, Double> spread = new TreeMap<>();
                EarnedValueCalculation.spread(spread, shares[i], from, to);
                for (Map.Entry<YearMonth, Double> entry : spread.entrySet()) {
                    pvByMonth[a][(int) project.first().until(entry.getKey(), ChronoUnit.MONTHS)] += entry.getValue();
                }
            }
        }
        double total = project.position().bac();
        if (!baseline) {
            // the budget's months, pro rata: only so that a converted BAC follows the rates the project's did
            for (int a = 0; a < n; a++) {
                for (int m = 0; m < months; m++) {
                    pvByMonth[a][m] = total == 0 ? 0 : project.pvByMonth()[m] * bac[a] / total;
                }
                pv[a] = total == 0 ? 0 : project.position().pv() * bac[a] / total;
            }
        }
        double unattributed = 0;
        for (TaskCost cost : costs) {
            Integer a = cost.task() == null ? null : accountOf.get(cost.task());
            int row = a == null ? n : a;
            acByMonth[row][(int) project.first().until(YearMonth.from(cost.postedOn()), ChronoUnit.MONTHS)] +=
                    cost.amount();
            if (!cost.postedOn().isAfter(statusDate)) {
                if (a == null) unattributed += cost.amount();
                else ac[a] += cost.amount();
            }
        }
        List<Result> results = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            results.add(EarnedValueCalculation.result(project.first(), pvByMonth[a], acByMonth[a], statusDate,
                    new EarnedValue(bac[a], pv[a], ev[a], ac[a]), project.earned(), project.source()));
        }
        Result rest = EarnedValueCalculation.result(project.first(), pvByMonth[n], acByMonth[n], statusDate,
                new EarnedValue(0, 0, 0, unattributed), false, project.source());
        return new Grouping(List.copyOf(accounts), List.copyOf(results), rest);
    }

    /**
     * Whole minor units of the currency for each amount, rounded so that they add up exactly to {@code total} (itself
     * rounded to the currency): each amount is rounded down and the units left go to the largest remainders (taken
     * back from the smallest when the rounded-down parts exceed the total), so a table's accounts sum to its total.
     */
    static BigDecimal[] apportion(double[] amounts, BigDecimal total, Currency currency) {
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        long target = total.setScale(scale, RoundingMode.HALF_EVEN).movePointRight(scale).longValueExact();
        long[] units = new long[amounts.length];
        double[] remainders = new double[amounts.length];
        long sum = 0;
        for (int i = 0; i < amounts.length; i++) {
            double scaled = amounts[i] * Math.pow(10, scale);
            units[i] = (long) Math.floor(scaled);
            remainders[i] = scaled - units[i];
            sum += units[i];
        }
        Integer[] order = new Integer[amounts.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> Double.compare(remainders[y], remainders[x]));
        long left = target - sum;
        for (int k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) units[order[k]]++;
        for (int k = order.length - 1; left < 0 && order.length > 0; k = k == 0 ? order.length - 1 : k - 1, left++) {
            units[order[k]]--;
        }
        BigDecimal[] rounded = new BigDecimal[amounts.length];
        for (int i = 0; i < amounts.length; i++) rounded[i] = BigDecimal.valueOf(units[i], scale);
        return rounded;
    }
}
