package org.lodestar.platform.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders stored notices in a language: the message of their key, dates (ISO text) in the language's format. */
@Component
public class NoticeTexts {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final MessageSource messages;

    NoticeTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The notice's line in the inbox. */
    public String line(String messageKey, List<String> arguments, Locale locale) {
        return messages.getMessage(messageKey, arguments(arguments, locale), locale);
    }

    String subject(String messageKey, List<String> arguments, Locale locale) {
        return messages.getMessage(messageKey + ".subject", arguments(arguments, locale), locale);
    }

    String text(String messageKey, List<String> arguments, Locale locale) {
        return messages.getMessage(messageKey + ".text", arguments(arguments, locale), locale);
    }

    private static Object[] arguments(List<String> arguments, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return arguments.stream()
                .map(argument -> ISO_DATE.matcher(argument).matches() ? dates.format(LocalDate.parse(argument)) : argument)
                .toArray();
    }
}
