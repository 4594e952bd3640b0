package org.lodestar.finance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.lodestar.engine.evm.EarnedSchedule;
import org.lodestar.engine.evm.EarnedValue;
import org.lodestar.engine.evm.EarningMethod;

/**
 * The earned-value position of one project at its status date, from plain inputs, in one currency by month. The
 * budget at completion (BAC) is the current budget; each working task's share of it is in proportion to its
 * duration (all tasks alike when none has a duration), or to the weights given ({@link TaskWeights}: assigned cost). Planned value is each share spread evenly in time over the
 * task's baseline dates ({@link PlannedValueSource#BASELINE}; tasks added since the baseline over their scheduled
 * dates) or, without a baseline, the budget lines' months spread evenly over their days
 * ({@link PlannedValueSource#BUDGET}). Earned value is each share earned by the task's method from its progress;
 * actual cost is the costs posted up to the status date. Months run from the first with any planned value or
 * cost (or the status month) to the last.
 */
final class EarnedValueCalculation {

    /** Where planned value comes from. */
    enum PlannedValueSource { BASELINE, BUDGET }

    /**
     * A working task's progress and dates, as planning gives them, and its earning milestones (read only when it
     * earns by {@link EarningMethod#WEIGHTED_MILESTONES}; empty otherwise).
     */
    record Task(long id, int durationMinutes, LocalDateTime baselineStart, LocalDateTime baselineFinish,
                LocalDateTime start, LocalDateTime finish, LocalDateTime actualStart, LocalDateTime actualFinish,
                int percentComplete, EarningMethod method, List<Milestone> milestones) {

        Task {
            milestones = milestones == null ? List.of() : List.copyOf(milestones);
        }

        /** A task without earning milestones. */
        Task(long id, int durationMinutes, LocalDateTime baselineStart, LocalDateTime baselineFinish,
             LocalDateTime start, LocalDateTime finish, LocalDateTime actualStart, LocalDateTime actualFinish,
             int percentComplete, EarningMethod method) {
            this(id, durationMinutes, baselineStart, baselineFinish, start, finish, actualStart, actualFinish,
                    percentComplete, method, List.of());
        }
    }

    /** An earning milestone: its weight (above 0) and the day it was reached (null: not yet). */
    record Milestone(double weight, LocalDate reachedOn) {
    }

    /** A cost posted on a day. */
    record Cost(LocalDate postedOn, double amount) {
    }

    /**
     * The result: months (first to last) with the planned value and actual cost of each (not cumulative), the
     * position at the status date, the earned schedule (null without planned value) and where PV came from.
     */
    record Result(YearMonth first, double[] pvByMonth, double[] acByMonth, LocalDate statusDate, EarnedValue position,
                  boolean earned, EarnedSchedule schedule, PlannedValueSource source) {

        int months() {
            return pvByMonth.length;
        }

        YearMonth month(int index) {
            return first.plusMonths(index);
        }
    }

    private EarnedValueCalculation() {
    }

    /**
     * @param budgetByMonth the current budget by month (original plus approved changes)
     * @param tasks         the plan's working tasks; empty when the project has no plan
     * @param baseline      whether the plan has a baseline to take planned value from
     * @param costs         the actual costs
     * @param statusDate    the status date (its whole day counts)
     */
    static Result calculate(NavigableMap<YearMonth, Double> budgetByMonth, List<Task> tasks, boolean baseline,
                            List<Cost> costs, LocalDate statusDate) {
        return calculate(budgetByMonth, tasks, null, baseline, costs, statusDate);
    }

    /**
     * The same with each task's share of the BAC in proportion to {@code weights} (one per task, as
     * {@link TaskWeights} gives them), or to durations when {@code weights} is null.
     */
    static Result calculate(NavigableMap<YearMonth, Double> budgetByMonth, List<Task> tasks, double[] weights,
                            boolean baseline, List<Cost> costs, LocalDate statusDate) {
        double bac = 0;
        for (double amount : budgetByMonth.values()) bac += amount;
        double[] shares = shares(tasks, weights, bac);
        PlannedValueSource source = baseline && !tasks.isEmpty() ? PlannedValueSource.BASELINE
                : PlannedValueSource.BUDGET;
        TreeMap<YearMonth, Double> pv = new TreeMap<>();
        if (source == PlannedValueSource.BASELINE) {
            for (int i = 0; i < tasks.size(); i++) {
                Task task = tasks.get(i);
                LocalDateTime from = task.baselineStart() != null ? task.baselineStart() : task.start();
                LocalDateTime to = task.baselineFinish() != null ? task.baselineFinish() : task.finish();
                spread(pv, shares[i], from, to);
            }
        } else {
            budgetByMonth.forEach((month, amount) -> pv.merge(month, amount, Double::sum));
        }
        YearMonth status = YearMonth.from(statusDate);
        YearMonth first = status;
        YearMonth last = status;
        for (YearMonth month : pv.keySet()) {
            if (month.isBefore(first)) first = month;
            if (month.isAfter(last)) last = month;
        }
        for (Cost cost : costs) {
            YearMonth month = YearMonth.from(cost.postedOn());
            if (month.isBefore(first)) first = month;
            if (month.isAfter(last)) last = month;
        }
        int months = (int) first.until(last, ChronoUnit.MONTHS) + 1;
        double[] pvByMonth = new double[months];
        double[] acByMonth = new double[months];
        for (Map.Entry<YearMonth, Double> entry : pv.entrySet()) {
            pvByMonth[(int) first.until(entry.getKey(), ChronoUnit.MONTHS)] += entry.getValue();
        }
        double ac = 0;
        for (Cost cost : costs) {
            acByMonth[(int) first.until(YearMonth.from(cost.postedOn()), ChronoUnit.MONTHS)] += cost.amount();
            if (!cost.postedOn().isAfter(statusDate)) ac += cost.amount();
        }
        int statusIndex = (int) first.until(status, ChronoUnit.MONTHS);
        double plannedToDate = 0;
        if (source == PlannedValueSource.BASELINE) {
            LocalDateTime endOfStatus = statusDate.plusDays(1).atStartOfDay();
            for (int i = 0; i < tasks.size(); i++) {
                Task task = tasks.get(i);
                LocalDateTime from = task.baselineStart() != null ? task.baselineStart() : task.start();
                LocalDateTime to = task.baselineFinish() != null ? task.baselineFinish() : task.finish();
                plannedToDate += shares[i] * elapsed(from, to, endOfStatus);
            }
        } else {
            for (int m = 0; m < statusIndex; m++) plannedToDate += pvByMonth[m];
            plannedToDate += pvByMonth[statusIndex] * statusDate.getDayOfMonth() / status.lengthOfMonth();
        }
        double ev = 0;
        for (int i = 0; i < tasks.size(); i++) ev += earned(tasks.get(i), shares[i], statusDate);
        boolean earned = !tasks.isEmpty();
        return result(first, pvByMonth, acByMonth, statusDate, new EarnedValue(bac, plannedToDate, ev, ac), earned,
                source);
    }

    /**
     * A result with its earned schedule computed on the cumulative planned value of {@code pvByMonth} (capped at the
     * BAC) against the position's earned value, AT counting the status month's elapsed days; also used for the sum
     * of several projects' curves ({@link EarnedValueRollup}).
     */
    static Result result(YearMonth first, double[] pvByMonth, double[] acByMonth, LocalDate statusDate,
                         EarnedValue position, boolean earned, PlannedValueSource source) {
        YearMonth status = YearMonth.from(statusDate);
        int statusIndex = (int) first.until(status, ChronoUnit.MONTHS);
        double statusFraction = (double) statusDate.getDayOfMonth() / status.lengthOfMonth();
        EarnedSchedule schedule = null;
        double bac = position.bac();
        if (bac > 0 && earned) {
            double[] cumulative = new double[pvByMonth.length];
            double sum = 0;
            for (int m = 0; m < pvByMonth.length; m++) {
                sum += pvByMonth[m];
                cumulative[m] = Math.min(sum, bac);
            }
            cumulative[cumulative.length - 1] = bac; // rounding never hides the BAC
            schedule = EarnedSchedule.of(cumulative, Math.max(0, Math.min(position.ev(), bac)),
                    statusIndex + statusFraction);
        }
        return new Result(first, pvByMonth, acByMonth, statusDate, position, earned, schedule, source);
    }

    /**
     * The same result in another currency: each month's planned value and cost at that month's rate
     * ({@code rates[m]}, one unit of the project's currency in the other), the value earned at the status month's.
     */
    static Result convert(Result result, double[] rates) {
        int months = result.months();
        if (rates.length != months) throw new IllegalArgumentException("one rate per month is needed");
        int statusIndex = (int) result.first().until(YearMonth.from(result.statusDate()), ChronoUnit.MONTHS);
        double[] pv = new double[months];
        double[] ac = new double[months];
        double bac = 0;
        double pvBefore = 0, pvBeforeConverted = 0, acBefore = 0, acBeforeConverted = 0;
        for (int m = 0; m < months; m++) {
            pv[m] = result.pvByMonth()[m] * rates[m];
            ac[m] = result.acByMonth()[m] * rates[m];
            bac += pv[m];
            if (m < statusIndex) {
                pvBefore += result.pvByMonth()[m];
                pvBeforeConverted += pv[m];
                acBefore += result.acByMonth()[m];
                acBeforeConverted += ac[m];
            }
        }
        EarnedValue position = result.position();
        double rate = rates[statusIndex];
        EarnedValue converted = new EarnedValue(bac, pvBeforeConverted + (position.pv() - pvBefore) * rate,
                position.ev() * rate, acBeforeConverted + (position.ac() - acBefore) * rate);
        return result(result.first(), pv, ac, result.statusDate(), converted, result.earned(), result.source());
    }

    /** The part of [from, to] elapsed at {@code at}, 0 to 1 (a moment: 0 before it, 1 from it on). */
    static double elapsed(LocalDateTime from, LocalDateTime to, LocalDateTime at) {
        if (from == null) return 0;
        if (to == null || !to.isAfter(from)) return at.isBefore(from) ? 0 : 1;
        if (!at.isAfter(from)) return 0;
        if (!at.isBefore(to)) return 1;
        return (double) Duration.between(from, at).toMinutes() / Duration.between(from, to).toMinutes();
    }

    /** Each task's share of the BAC, in proportion to its duration (all alike when no task has one). */
    static double[] shares(List<Task> tasks, double bac) {
        double[] shares = new double[tasks.size()];
        double total = 0;
        for (Task task : tasks) total += Math.max(0, task.durationMinutes());
        for (int i = 0; i < tasks.size(); i++) {
            shares[i] = total > 0 ? bac * Math.max(0, tasks.get(i).durationMinutes()) / total : bac / tasks.size();
        }
        return shares;
    }

    /** Each task's share of the BAC in proportion to its weight (null: {@link #shares(List, double)}). */
    static double[] shares(List<Task> tasks, double[] weights, double bac) {
        if (weights == null) return shares(tasks, bac);
        if (weights.length != tasks.size()) throw new IllegalArgumentException("one weight per task is needed");
        double total = 0;
        for (double weight : weights) total += Math.max(0, weight);
        if (total <= 0) return shares(tasks, bac);
        double[] shares = new double[tasks.size()];
        for (int i = 0; i < shares.length; i++) shares[i] = bac * Math.max(0, weights[i]) / total;
        return shares;
    }

    /** The value a task has earned by its method (finished: all of it; started: the method decides). */
    static double earned(Task task, double share) {
        boolean finished = task.actualFinish() != null || task.percentComplete() >= 100;
        boolean started = finished || task.actualStart() != null || task.percentComplete() > 0;
        EarningMethod method = task.method() == EarningMethod.WEIGHTED_MILESTONES
                ? EarningMethod.PHYSICAL_PERCENT_COMPLETE : task.method();
        return method.earned(Math.max(0, share), started, finished,
                Math.max(0, Math.min(100, task.percentComplete())));
    }

    /**
     * The value a task has earned at the status date: by weighted milestones, the share times the weights of the
     * milestones reached on or before the status date over all their weights (a finished task has earned all of it,
     * as by every method; a task without milestones earns by physical % complete); otherwise as
     * {@link #earned(Task, double)}.
     */
    static double earned(Task task, double share, LocalDate statusDate) {
        boolean finished = task.actualFinish() != null || task.percentComplete() >= 100;
        if (task.method() != EarningMethod.WEIGHTED_MILESTONES || task.milestones().isEmpty() || finished) {
            return earned(task, share);
        }
        double[] weights = new double[task.milestones().size()];
        boolean[] reached = new boolean[weights.length];
        for (int m = 0; m < weights.length; m++) {
            Milestone milestone = task.milestones().get(m);
            weights[m] = milestone.weight();
            reached[m] = milestone.reachedOn() != null && !milestone.reachedOn().isAfter(statusDate);
        }
        return EarningMethod.earnedByMilestones(Math.max(0, share), weights, reached);
    }

    /** Spreads an amount evenly in time from {@code from} to {@code to} over the months it covers. */
    static void spread(Map<YearMonth, Double> byMonth, double amount, LocalDateTime from, LocalDateTime to) {
        if (amount == 0 || from == null) return;
        if (to == null || !to.isAfter(from)) {
            byMonth.merge(YearMonth.from(from), amount, Double::sum);
            return;
        }
        double total = Duration.between(from, to).toMinutes();
        LocalDateTime cursor = from;
        while (cursor.isBefore(to)) {
            LocalDateTime nextMonth = YearMonth.from(cursor).plusMonths(1).atDay(1).atStartOfDay();
            LocalDateTime end = nextMonth.isBefore(to) ? nextMonth : to;
            double part = Duration.between(cursor, end).toMinutes() / total;
            byMonth.merge(YearMonth.from(cursor), amount * part, Double::sum);
            cursor = end;
        }
    }
}
