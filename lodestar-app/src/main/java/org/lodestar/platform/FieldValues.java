package org.lodestar.platform;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The one engine for values of fields the organisation defines (a project's custom fields, a request form's
 * fields): reads the text people type into a value of the field's {@link FieldKind}, checks it against the field's
 * {@link FieldRule}, gives its normalised stored text, and shows a stored value in the reader's language. Owners
 * keep their definitions and stores and decide when a value is required; this class holds no state.
 *
 * <p>Stored forms: numbers in plain form without trailing zeros ({@code 1e3} and {@code 1000.00} are {@code 1000}),
 * dates as ISO text, people as their id, multi-choices comma-separated without repeats, text stripped.
 */
public final class FieldValues {

    /** The longest one-line text when the field sets no maximum. */
    public static final int TEXT_LENGTH = 200;
    /** The longest multi-paragraph text when the field sets no maximum (and the longest any text may be). */
    public static final int LONG_TEXT_LENGTH = 4000;
    static final int LINK_LENGTH = 500;
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2999, 12, 31);
    /** Numbers are below a quadrillion in size (15 digits): beyond lie typing mistakes, and doubles lose cents. */
    public static final int INTEGER_DIGITS = 15;
    /** A number's text is bounded before it is parsed: {@code 1e999999999} would expand to a billion digits. */
    private static final int NUMBER_TEXT_LENGTH = 40;

    private FieldValues() {
    }

    /**
     * The outcome of reading a value: its stored text ({@code null} for an empty value), or a problem as a message
     * key of the bundles with its arguments.
     */
    public record Parsed(String value, String problem, Object... arguments) {

        static Parsed of(String value) {
            return new Parsed(value, null);
        }

        static Parsed problem(String key, Object... arguments) {
            return new Parsed(null, key, arguments);
        }

        public boolean valid() {
            return problem == null;
        }

        public boolean empty() {
            return problem == null && value == null;
        }
    }

    /** Whether the text holds no value (null or blank). */
    public static boolean isEmpty(String raw) {
        return raw == null || raw.isBlank();
    }

    /**
     * Reads typed text as a value of the field. Blank text is an empty value (valid: whether it is required is the
     * owner's rule). {@code personExists} answers whether an id is a known person, for person fields.
     */
    public static Parsed parse(FieldRule rule, String raw, LongPredicate personExists) {
        if (isEmpty(raw)) return Parsed.of(null);
        String value = raw.strip();
        return switch (rule.kind()) {
            case TEXT, LONG_TEXT -> text(rule, value);
            case NUMBER, MONEY -> number(rule, value);
            case DATE -> date(value);
            case CHOICE -> rule.choices().contains(value) ? Parsed.of(value) : Parsed.problem("field.invalid.choice");
            case MULTI_CHOICE -> multiChoice(rule, value);
            case PERSON -> person(value, personExists);
            case LINK -> link(value);
            case ATTACHMENT -> Parsed.problem("field.invalid.attachment");
        };
    }

    /**
     * Reads a value and, when it is wrong, adds its problem to {@code problems} under {@code path}.
     *
     * @return the stored text, or null when the value is empty or wrong
     */
    public static String check(String path, FieldRule rule, String raw, LongPredicate personExists,
                               InvalidInputException.Collector problems) {
        Parsed parsed = parse(rule, raw, personExists);
        if (!parsed.valid()) problems.add(path, parsed.problem(), parsed.arguments());
        return parsed.value();
    }

    /** The choices a stored value holds: itself for a choice, each of a multi-choice, none for other kinds. */
    public static List<String> choicesIn(FieldKind kind, String stored) {
        if (stored == null || !kind.hasChoices()) return List.of();
        if (kind == FieldKind.CHOICE) return List.of(stored);
        return Arrays.stream(stored.split(",")).map(String::strip).filter(choice -> !choice.isEmpty()).toList();
    }

    /** Whether a pattern given for a text field compiles. */
    public static boolean isValidPattern(String pattern) {
        try {
            Pattern.compile(pattern);
            return true;
        } catch (PatternSyntaxException invalid) {
            return false;
        }
    }

    /**
     * A stored value as its reader reads it: numbers and dates in the reader's locale, a person's name, a choice
     * through {@code choiceText} (which translates the shipped choices' message keys), multi-choices joined by
     * commas. A value that does not read as its field's kind (stored before the field changed kind) is shown as
     * it is; null stays null.
     */
    public static String display(FieldRule rule, String stored, Locale locale, LongFunction<String> personName,
                                 UnaryOperator<String> choiceText) {
        if (stored == null) return null;
        try {
            return switch (rule.kind()) {
                case NUMBER, MONEY -> number(rule.kind(), new BigDecimal(stored), locale);
                case DATE -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                        .format(LocalDate.parse(stored));
                case CHOICE -> choiceText.apply(stored);
                case MULTI_CHOICE -> String.join(", ", choicesIn(FieldKind.MULTI_CHOICE, stored).stream()
                        .map(choiceText).toList());
                case PERSON -> {
                    String name = personName.apply(Long.parseLong(stored));
                    yield name == null ? stored : name;
                }
                case TEXT, LONG_TEXT, LINK, ATTACHMENT -> stored;
            };
        } catch (NumberFormatException | DateTimeParseException storedAsAnotherKind) {
            return stored;
        }
    }

    /**
     * A stored value in language-neutral text, for the audit trail and exports: a person's name beside nothing
     * else, every other value as stored (ISO dates, plain numbers, choices as stored).
     */
    public static String neutral(FieldKind kind, String stored, LongFunction<String> personName) {
        if (stored == null || kind != FieldKind.PERSON) return stored;
        try {
            String name = personName.apply(Long.parseLong(stored));
            return name == null ? stored : name;
        } catch (NumberFormatException storedAsAnotherKind) {
            return stored;
        }
    }

    /** The first ten names joined by commas, with an ellipsis when there are more: for messages naming records. */
    public static String firstNames(List<String> names) {
        int shown = Math.min(names.size(), 10);
        return String.join(", ", names.subList(0, shown)) + (names.size() > shown ? ", …" : "");
    }

    private static String number(FieldKind kind, BigDecimal number, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(decimals(kind));
        if (kind == FieldKind.MONEY && number.scale() > 0) format.setMinimumFractionDigits(2);
        return format.format(number);
    }

    private static Parsed text(FieldRule rule, String value) {
        int max = rule.maxLength() != null ? rule.maxLength()
                : rule.kind() == FieldKind.TEXT ? TEXT_LENGTH : LONG_TEXT_LENGTH;
        if (value.length() > max) return Parsed.problem("field.invalid.tooLong", max);
        if (!Texts.isPlainText(value)) return Parsed.problem("field.invalid.control");
        if (rule.pattern() != null && !Pattern.compile(rule.pattern()).matcher(value).matches()) {
            return Parsed.problem("field.invalid.pattern");
        }
        return Parsed.of(value);
    }

    private static Parsed number(FieldRule rule, String value) {
        int decimals = decimals(rule.kind());
        Parsed notANumber = Parsed.problem("field.invalid.number", decimals);
        if (value.length() > NUMBER_TEXT_LENGTH) return notANumber;
        BigDecimal number;
        try {
            number = new BigDecimal(value).stripTrailingZeros();
        } catch (NumberFormatException unreadable) {
            return notANumber;
        }
        // digits before the point, checked before the scale is set: 1e999999999 would expand
        if (number.precision() - number.scale() > INTEGER_DIGITS || number.scale() > decimals) return notANumber;
        if (number.scale() < 0) number = number.setScale(0);
        boolean belowMin = rule.min() != null && number.compareTo(rule.min()) < 0;
        boolean aboveMax = rule.max() != null && number.compareTo(rule.max()) > 0;
        if (belowMin || aboveMax) {
            if (rule.min() != null && rule.max() != null) {
                return Parsed.problem("field.invalid.range", rule.min().toPlainString(), rule.max().toPlainString());
            }
            return belowMin ? Parsed.problem("field.invalid.atLeast", rule.min().toPlainString())
                    : Parsed.problem("field.invalid.atMost", rule.max().toPlainString());
        }
        return Parsed.of(number.toPlainString());
    }

    private static int decimals(FieldKind kind) {
        return kind == FieldKind.MONEY ? 2 : 6;
    }

    private static Parsed date(String value) {
        Parsed wrong = Parsed.problem("field.invalid.date", FIRST_DATE.toString(), LAST_DATE.toString());
        try {
            LocalDate date = LocalDate.parse(value);
            return date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE) ? wrong : Parsed.of(date.toString());
        } catch (DateTimeParseException notADate) {
            return wrong;
        }
    }

    private static Parsed multiChoice(FieldRule rule, String value) {
        List<String> chosen = choicesIn(FieldKind.MULTI_CHOICE, value);
        if (!rule.choices().containsAll(chosen)) return Parsed.problem("field.invalid.choice");
        return Parsed.of(chosen.isEmpty() ? null : String.join(",", new LinkedHashSet<>(chosen)));
    }

    private static Parsed person(String value, LongPredicate personExists) {
        try {
            long id = Long.parseLong(value);
            return id > 0 && personExists.test(id) ? Parsed.of(Long.toString(id)) : Parsed.problem("field.invalid.person");
        } catch (NumberFormatException notAnId) {
            return Parsed.problem("field.invalid.person");
        }
    }

    private static Parsed link(String value) {
        if (value.length() > LINK_LENGTH) return Parsed.problem("field.invalid.tooLong", LINK_LENGTH);
        try {
            URI uri = new URI(value);
            boolean web = ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
            return web ? Parsed.of(value) : Parsed.problem("field.invalid.link");
        } catch (URISyntaxException notALink) {
            return Parsed.problem("field.invalid.link");
        }
    }
}
