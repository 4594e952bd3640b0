package org.lodestar.reporting.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import org.lodestar.engine.health.Rag;
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

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    String money(BigDecimal amount, String currency) {
        if (amount == null) return "";
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(amount) + " " + currency;
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
