package org.lodestar.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.timesheets.ApprovedHours;
import org.lodestar.timesheets.TimesheetApproved;
import org.lodestar.timesheets.Timesheets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approved hours that are not actual costs yet: the person has no cost rate in force that day, the rate's currency
 * has no exchange rate into the project's that month, or (rarely) the project has no currency. A reader sees the
 * hours they may approve (the rights of {@link Timesheets#approvedHours}), so those who approve hours find the ones
 * their approval could not cost; costing them again, once the rate is kept, books them exactly as the approval
 * would have (the same lines, named by timesheet, task and day, so nothing is booked twice).
 */
@Service
public class UncostedHours {

    /** What keeps hours from being costed; {@code READY}: nothing any more (a rate has been kept since). */
    public enum Reason {
        NO_CURRENCY, NO_RATE, NO_EXCHANGE_RATE, READY;

        public String messageKey() {
            return "finance.uncosted.reason." + name();
        }
    }

    /** One person's approved hours on a task on a day that are not costed, and why. */
    public record Row(LocalDate day, String projectCode, long projectId, long taskId, String taskName, String person,
                      BigDecimal hours, long timesheet, Reason reason) {
    }

    private final Timesheets timesheets;
    private final TimesheetCosts costs;

    UncostedHours(Timesheets timesheets, TimesheetCosts costs) {
        this.timesheets = timesheets;
        this.costs = costs;
    }

    /** The month's approved hours the reader may approve that are not costed, by day (this month when null). */
    @Transactional(readOnly = true)
    public List<Row> list(YearMonth month) {
        return unbooked(timesheets.approvedHours(month, null), false);
    }

    /** Costs what can be costed now of the month's uncosted hours the reader may approve; what is still left. */
    @Transactional
    public List<Row> cost(YearMonth month) {
        // the costing walk returns what it could not book, with why: no second walk to find what is left
        return unbooked(timesheets.approvedHours(month, null), true);
    }

    private List<Row> unbooked(List<ApprovedHours> approved, boolean book) {
        Map<Long, List<ApprovedHours>> bySheet = new LinkedHashMap<>();
        for (ApprovedHours row : approved) bySheet.computeIfAbsent(row.timesheet(), sheet -> new ArrayList<>()).add(row);
        Map<String, Reason> reasons = new HashMap<>();
        bySheet.forEach((sheet, rows) -> {
            List<TimesheetApproved.Entry> entries = rows.stream()
                    .map(row -> new TimesheetApproved.Entry(row.projectId(), row.taskId(), row.day(), row.hours()))
                    .toList();
            long person = rows.get(0).personId();
            for (TimesheetCosts.Unbooked left : book ? costs.cost(sheet, person, entries)
                    : costs.assess(sheet, person, entries)) {
                reasons.put(key(sheet, left.entry().task(), left.entry().day()),
                        left.reason() == null ? Reason.READY : left.reason());
            }
        });
        List<Row> rows = new ArrayList<>();
        for (ApprovedHours row : approved) {
            Reason reason = reasons.get(key(row.timesheet(), row.taskId(), row.day()));
            if (reason != null) {
                rows.add(new Row(row.day(), row.projectCode(), row.projectId(), row.taskId(), row.taskName(),
                        row.person(), row.hours(), row.timesheet(), reason));
            }
        }
        return rows;
    }

    private static String key(long timesheet, long task, LocalDate day) {
        return timesheet + "-" + task + "-" + day;
    }
}
