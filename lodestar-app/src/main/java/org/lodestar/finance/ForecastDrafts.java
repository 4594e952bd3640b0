package org.lodestar.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestar.finance.EarnedValueCalculation.Result;
import org.lodestar.finance.Forecasts.ForecastLine;
import org.lodestar.finance.Forecasts.ForecastView;
import org.lodestar.finance.internal.BudgetLineStore;
import org.lodestar.planning.PlanProgress;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The starting point of a project's next forecast, for the page that enters it: the reporting period is the status
 * month (the plan's status date, else today's), and there is one month from it to the last month of the plan or the
 * budget (or of the latest forecast, if it reaches further), at most {@link Forecasts#MAX_LINES}; each month holds
 * the latest version's estimate for it, or nothing. For the project's editors, who enter forecasts.
 */
@Service
public class ForecastDrafts {

    private final EarnedValues earnedValues;
    private final Forecasts forecasts;
    private final BudgetLineStore budgets;
    private final PlanProgress plans;
    private final ProjectRights rights;
    private final Clock clock;

    ForecastDrafts(EarnedValues earnedValues, Forecasts forecasts, BudgetLineStore budgets, PlanProgress plans,
                   ProjectRights rights, Clock clock) {
        this.earnedValues = earnedValues;
        this.forecasts = forecasts;
        this.budgets = budgets;
        this.plans = plans;
        this.rights = rights;
        this.clock = clock;
    }

    /**
     * A draft: the period, the version it starts from (null without one) and the months with the amounts of that
     * version (null where it has none).
     */
    public record ForecastDraft(long projectId, String period, Integer basedOn, List<ForecastLine> lines) {
    }

    @Transactional(readOnly = true)
    public ForecastDraft draft(long project) {
        rights.require(new ProjectId(project), ProjectRight.EDIT);
        Result position = earnedValues.position(project, LocalDate.now(clock)).result();
        YearMonth status = YearMonth.from(position.statusDate());
        YearMonth last = status;
        for (int m = 0; m < position.months(); m++) {
            if (position.pvByMonth()[m] != 0) last = later(last, position.month(m));
        }
        for (BudgetLineStore.Stored line : budgets.forProject(project)) {
            last = later(last, YearMonth.from(line.month()));
        }
        Optional<PlanProgress.Progress> plan = plans.of(project);
        if (plan.isPresent()) {
            for (PlanProgress.TaskProgress task : plan.get().tasks()) {
                last = later(last, month(task.finish()));
                last = later(last, month(task.baselineFinish()));
            }
        }
        Optional<ForecastView> latest = forecasts.latest(project);
        Map<YearMonth, BigDecimal> previous = new HashMap<>();
        if (latest.isPresent()) {
            for (ForecastLine line : latest.get().lines()) {
                YearMonth month = YearMonth.parse(line.month());
                if (month.isBefore(status)) continue;
                previous.put(month, line.amount());
                last = later(last, month);
            }
        }
        YearMonth cap = status.plusMonths(Forecasts.MAX_LINES - 1);
        if (last.isAfter(cap)) last = cap;
        List<ForecastLine> lines = new ArrayList<>();
        for (YearMonth month = status; !month.isAfter(last); month = month.plusMonths(1)) {
            lines.add(new ForecastLine(month.toString(), previous.get(month)));
        }
        return new ForecastDraft(project, status.toString(), latest.map(ForecastView::number).orElse(null),
                List.copyOf(lines));
    }

    private static YearMonth month(LocalDateTime time) {
        return time == null ? null : YearMonth.from(time);
    }

    private static YearMonth later(YearMonth one, YearMonth other) {
        return other != null && other.isAfter(one) ? other : one;
    }
}
