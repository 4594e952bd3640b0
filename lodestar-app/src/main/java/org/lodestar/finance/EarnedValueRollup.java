package org.lodestar.finance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.lodestar.engine.evm.EarnedValue;
import org.lodestar.finance.EarnedValueCalculation.Result;

/**
 * Several projects' earned value added up into one position, for a programme, a portfolio or the whole roll-up; the
 * projects' results must already be in one currency (converted month by month at the rate in force).
 *
 * <p>The amounts add up: BAC, PV, EV and AC are the sums, and the indices (SPI, CPI, TCPI) and estimates are those of
 * the sums. Earned schedule does not add up: as Lipke applies ES to any level above or below the project ("Applying
 * Earned Schedule to Critical Path Analysis and More", The Measurable News, Fall 2006), a level's ES comes from that
 * level's own time-phased PV and its EV, as if it were the project, never as a sum or an average of its members' ES.
 * So the monthly PV of every project
 * is summed by calendar month into one time-phased curve, from the earliest project's first month to the latest
 * project's last, and ES = C + I is read off that curve's cumulative values at the summed EV. AT counts from the
 * curve's first month to the latest status date among the projects (its status month's elapsed days included) and
 * PD is the first month whose cumulative summed PV reaches the summed BAC.
 */
final class EarnedValueRollup {

    private EarnedValueRollup() {
    }

    /**
     * The projects' results added up; {@code earned} only when every project earns from a plan (otherwise EV, and
     * everything that needs it, would silently leave some projects out). The result's source is null (mixed).
     */
    static Result combine(List<Result> results) {
        if (results.isEmpty()) throw new IllegalArgumentException("nothing to add up");
        YearMonth first = results.get(0).first();
        YearMonth last = results.get(0).month(results.get(0).months() - 1);
        LocalDate status = results.get(0).statusDate();
        for (Result result : results) {
            if (result.first().isBefore(first)) first = result.first();
            YearMonth end = result.month(result.months() - 1);
            if (end.isAfter(last)) last = end;
            if (result.statusDate().isAfter(status)) status = result.statusDate();
        }
        int months = (int) first.until(last, ChronoUnit.MONTHS) + 1;
        double[] pv = new double[months];
        double[] ac = new double[months];
        EarnedValue position = new EarnedValue(0, 0, 0, 0);
        boolean earned = true;
        for (Result result : results) {
            int offset = (int) first.until(result.first(), ChronoUnit.MONTHS);
            for (int m = 0; m < result.months(); m++) {
                pv[offset + m] += result.pvByMonth()[m];
                ac[offset + m] += result.acByMonth()[m];
            }
            position = position.plus(result.position());
            earned &= result.earned();
        }
        return EarnedValueCalculation.result(first, pv, ac, status, position, earned, null);
    }
}
