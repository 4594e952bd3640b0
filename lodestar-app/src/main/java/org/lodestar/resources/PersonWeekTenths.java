package org.lodestar.resources;

import java.time.LocalDate;
import java.util.List;

/**
 * People's demand and capacity per week in tenths of an hour, as the person × week view's cells round them: the
 * over-allocation indicator's input, without the view's cells.
 */
record PersonWeekTenths(List<LocalDate> weeks, List<Row> rows) {

    /** A person's weeks: {@code demand[w]} and {@code capacity[w]} are the tenths of week {@code w}. */
    record Row(long resourceId, String name, long[] demand, long[] capacity) {
    }
}
