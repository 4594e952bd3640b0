package org.lodestar.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.lodestar.engine.schedule.ConstraintType;
import org.lodestar.engine.schedule.TimeAxis;

/** Dates and date-times of plans as text: {@code 2026-01-12} and {@code 2026-01-12T08:00}, both ways. */
final class PlanTimes {

    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);
    static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    /** The engine's time axis ends with 2199. */
    static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    private PlanTimes() {
    }

    static String text(LocalDateTime value) {
        return value == null ? null : MINUTES.format(value);
    }

    static String text(int minute) {
        return minute == TimeAxis.NONE ? null : MINUTES.format(TimeAxis.dateTime(minute));
    }

    static String date(LocalDateTime value) {
        return value == null ? null : value.toLocalDate().toString();
    }

    /**
     * A date or date-time as typed: {@code 2026-01-12}, {@code 2026-01-12T08:00} or {@code 2026-01-12 08:00};
     * a date alone is its start of day. Blank is null.
     */
    static LocalDateTime parse(String text, String field) {
        if (text == null || text.isBlank()) return null;
        String typed = text.strip().replace(' ', 'T');
        LocalDateTime value;
        try {
            value = typed.length() <= 10 ? LocalDate.parse(typed).atStartOfDay() : LocalDateTime.parse(typed);
        } catch (DateTimeParseException notADate) {
            throw DurationText.problem(field, "planning.validation.date", text);
        }
        if (value.toLocalDate().isBefore(FIRST) || value.toLocalDate().isAfter(LAST)) {
            throw DurationText.problem(field, "planning.validation.date", text);
        }
        return value.withSecond(0).withNano(0);
    }

    /** Whether the text is a date without a time of day. */
    static boolean dateOnly(String text) {
        return text != null && text.strip().length() <= 10;
    }

    /** Microsoft Project's abbreviation of a constraint: SNET, FNLT, MSO ... ; ASAP is shown as nothing. */
    static String abbreviation(ConstraintType type) {
        return switch (type) {
            case AS_SOON_AS_POSSIBLE -> "ASAP";
            case AS_LATE_AS_POSSIBLE -> "ALAP";
            case START_NO_EARLIER_THAN -> "SNET";
            case START_NO_LATER_THAN -> "SNLT";
            case FINISH_NO_EARLIER_THAN -> "FNET";
            case FINISH_NO_LATER_THAN -> "FNLT";
            case MUST_START_ON -> "MSO";
            case MUST_FINISH_ON -> "MFO";
            case START_ON -> "SO";
            case FINISH_ON -> "FO";
        };
    }

    static ConstraintType constraintType(String abbreviation) {
        for (ConstraintType type : ConstraintType.values()) {
            if (abbreviation(type).equalsIgnoreCase(abbreviation) || type.name().equalsIgnoreCase(abbreviation)) {
                return type;
            }
        }
        return null;
    }
}
