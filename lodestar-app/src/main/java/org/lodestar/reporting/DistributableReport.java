package org.lodestar.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.lodestar.portfolio.PortfolioId;

/**
 * A report that scheduled distribution can mail (extension point): reporting contributes the portfolio dashboard
 * and the steering-committee pack, other modules theirs (performance its KPI pack) as Spring beans. Distribution
 * calls {@link #write} as the recipient (so each reads only what they may read) and in the recipient's language.
 */
public interface DistributableReport {

    /** Stable key kept in distribution schedules, e.g. {@code dashboard}, {@code steering-pack}, {@code kpi-pack}. */
    String key();

    /** Message key of the report's name, shown when choosing what to distribute. */
    String nameKey();

    /** The formats this report can be written in. */
    Set<ReportFormat> formats();

    /** Writes the report, limited to one portfolio when given, as read by the current user in {@code locale}. */
    void write(ReportFormat format, Optional<PortfolioId> portfolio, Locale locale, OutputStream out)
            throws IOException;
}
