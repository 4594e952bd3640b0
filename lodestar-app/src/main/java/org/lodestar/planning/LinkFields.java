package org.lodestar.planning;

import java.util.Locale;
import org.lodestar.engine.schedule.DependencyType;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.planning.internal.DraftLink;

/** A dependency's type and lag as sent by API clients: {@code FS}, {@code ss}; {@code 2d}, {@code -1d}, {@code +50%}. */
final class LinkFields {

    private LinkFields() {
    }

    /** Sets what is given; a new link ({@code lagUnit} null) gets FS without lag for what is not. */
    static void fill(DraftLink link, String type, String lag, TimeUnits units) {
        boolean fresh = link.lagUnit == null;
        if (type != null || fresh) {
            String typed = type == null || type.isBlank() ? "FS" : type.strip().toUpperCase(Locale.ROOT);
            try {
                link.type = DependencyType.valueOf(typed);
            } catch (IllegalArgumentException unknown) {
                throw DurationText.problem("type", "planning.validation.linkType", type);
            }
        }
        if (lag != null || fresh) {
            String typed = lag == null || lag.isBlank() ? "0d" : lag.strip();
            boolean lead = typed.startsWith("-");
            String size = lead || typed.startsWith("+") ? typed.substring(1).strip() : typed;
            PredecessorText.Lag parsed;
            try {
                parsed = PredecessorText.lag(lead, size, units, typed);
            } catch (InvalidInputException invalid) {
                throw DurationText.problem("lag", "planning.validation.lag", lag);
            }
            link.lag = parsed.value();
            link.lagUnit = parsed.unit();
            link.lagFormat = parsed.format();
        }
    }
}
