package org.lodestar.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import org.lodestar.engine.health.Rag;
import org.lodestar.platform.Formatting;
import org.springframework.context.MessageSource;

/** Labels and values of the pack in its language. */
class PackLabels {

    private final MessageSource messages;
    private final Locale locale;

    PackLabels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    String rag(Rag rag) {
        return rag == null ? text("rag.none") : text("rag." + rag);
    }

    /** A date as the pages write it in this language (the medium style). */
    String date(LocalDate date) {
        return printable(Formatting.date(date, locale));
    }

    /** An instant as the pages write it in this language (date and time). */
    String dateTime(java.time.Instant instant) {
        return printable(Formatting.dateTime(instant, locale));
    }

    /** An amount with its currency as the pages write it, whole units (a pack reads in thousands, not cents). */
    String money(BigDecimal amount, String currency) {
        return amount == null ? "" : printable(Formatting.money(amount.setScale(0, RoundingMode.HALF_UP), currency, locale));
    }

    /**
     * French groups digits with a narrow no-break space (U+202F) and puts a no-break space before the currency
     * sign; the PDF's fonts have neither glyph, so the figure printed as "114446000€". Plain spaces keep the groups.
     */
    private static String printable(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
