package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

class FieldValuesTests {

    private static final LongPredicate ONLY_PERSON_7 = id -> id == 7;

    private static FieldValues.Parsed parse(FieldRule rule, String raw) {
        return FieldValues.parse(rule, raw, ONLY_PERSON_7);
    }

    private static String stored(FieldRule rule, String raw) {
        FieldValues.Parsed parsed = parse(rule, raw);
        assertThat(parsed.problem()).as(raw).isNull();
        return parsed.value();
    }

    private static String problem(FieldRule rule, String raw) {
        return parse(rule, raw).problem();
    }

    @Test
    void blankIsAnEmptyValueOfEveryKind() {
        for (FieldKind kind : FieldKind.values()) {
            assertThat(parse(FieldRule.of(kind), "  ").empty()).as(kind.name()).isTrue();
            assertThat(parse(FieldRule.of(kind), null).empty()).as(kind.name()).isTrue();
        }
    }

    @Test
    void textIsStrippedAndBoundedByItsLengthPatternAndPlainCharacters() {
        FieldRule code = new FieldRule(FieldKind.TEXT, null, null, null, 5, "[A-Z]+");
        assertThat(stored(code, "  ABC ")).isEqualTo("ABC");
        assertThat(problem(code, "ABCDEF")).isEqualTo("field.invalid.tooLong");
        assertThat(parse(code, "ABCDEF").arguments()).containsExactly(5);
        assertThat(problem(code, "abc")).isEqualTo("field.invalid.pattern");
        assertThat(problem(FieldRule.of(FieldKind.TEXT), "x".repeat(FieldValues.TEXT_LENGTH + 1)))
                .isEqualTo("field.invalid.tooLong");
        assertThat(stored(FieldRule.of(FieldKind.LONG_TEXT), "x".repeat(FieldValues.TEXT_LENGTH + 1))).hasSize(201);
        assertThat(stored(FieldRule.of(FieldKind.LONG_TEXT), "one\n\ttwo")).isEqualTo("one\n\ttwo");
        assertThat(problem(FieldRule.of(FieldKind.TEXT), "a\u0000b")).isEqualTo("field.invalid.control");
        assertThat(problem(FieldRule.of(FieldKind.TEXT), "a\u0007b")).isEqualTo("field.invalid.control");
        assertThat(problem(FieldRule.of(FieldKind.TEXT), "a\ud800b")).isEqualTo("field.invalid.control");
        assertThat(problem(FieldRule.of(FieldKind.TEXT), "a\udc00")).isEqualTo("field.invalid.control");
        assertThat(stored(FieldRule.of(FieldKind.TEXT), "smile \ud83d\ude00")).isEqualTo("smile \ud83d\ude00");
    }

    @Test
    void numbersAreStoredInPlainFormWithoutTrailingZeros() {
        FieldRule number = FieldRule.of(FieldKind.NUMBER);
        assertThat(stored(number, "1e3")).isEqualTo("1000");
        assertThat(stored(number, "12.50")).isEqualTo("12.5");
        assertThat(stored(number, "-0.000")).isEqualTo("0");
        assertThat(stored(number, "0.123456")).isEqualTo("0.123456");
        assertThat(stored(number, "999999999999999")).isEqualTo("999999999999999");
    }

    @Test
    void numbersOutsideTheirSizeDecimalsOrBoundsAreRefused() {
        FieldRule number = FieldRule.of(FieldKind.NUMBER);
        assertThat(problem(number, "many")).isEqualTo("field.invalid.number");
        assertThat(problem(number, "0.1234567")).isEqualTo("field.invalid.number");
        assertThat(problem(number, "1000000000000000")).isEqualTo("field.invalid.number");
        assertThat(problem(number, "1e999999999")).isEqualTo("field.invalid.number");
        assertThat(problem(number, "1".repeat(41))).isEqualTo("field.invalid.number");
        assertThat(problem(FieldRule.of(FieldKind.MONEY), "10.005")).isEqualTo("field.invalid.number");
        assertThat(stored(FieldRule.of(FieldKind.MONEY), "10.50")).isEqualTo("10.5");

        FieldRule percent = new FieldRule(FieldKind.NUMBER, null, BigDecimal.ZERO, BigDecimal.valueOf(100), null, null);
        assertThat(stored(percent, "100")).isEqualTo("100");
        assertThat(problem(percent, "100.5")).isEqualTo("field.invalid.range");
        assertThat(parse(percent, "-1").arguments()).containsExactly("0", "100");
        assertThat(problem(new FieldRule(FieldKind.NUMBER, null, BigDecimal.ONE, null, null, null), "0"))
                .isEqualTo("field.invalid.atLeast");
        assertThat(problem(new FieldRule(FieldKind.NUMBER, null, null, BigDecimal.TEN, null, null), "11"))
                .isEqualTo("field.invalid.atMost");
    }

    @Test
    void datesAreIsoBetween1900And2999() {
        FieldRule date = FieldRule.of(FieldKind.DATE);
        assertThat(stored(date, "2027-03-31")).isEqualTo("2027-03-31");
        assertThat(stored(date, "1900-01-01")).isEqualTo("1900-01-01");
        assertThat(stored(date, "2999-12-31")).isEqualTo("2999-12-31");
        assertThat(problem(date, "1899-12-31")).isEqualTo("field.invalid.date");
        assertThat(problem(date, "3000-01-01")).isEqualTo("field.invalid.date");
        assertThat(problem(date, "2027-02-30")).isEqualTo("field.invalid.date");
        assertThat(problem(date, "31/12/2027")).isEqualTo("field.invalid.date");
    }

    @Test
    void aChoiceIsOneOfTheChoicesExactly() {
        FieldRule risk = FieldRule.choiceOf(FieldKind.CHOICE, List.of("Low", "High"));
        assertThat(stored(risk, " High ")).isEqualTo("High");
        assertThat(problem(risk, "high")).isEqualTo("field.invalid.choice");
        assertThat(problem(risk, "Low,High")).isEqualTo("field.invalid.choice");
    }

    @Test
    void aMultiChoiceKeepsItsChoicesInOrderWithoutRepeats() {
        FieldRule areas = FieldRule.choiceOf(FieldKind.MULTI_CHOICE, List.of("A", "B", "C"));
        assertThat(stored(areas, " B , A,B")).isEqualTo("B,A");
        assertThat(problem(areas, "A,Z")).isEqualTo("field.invalid.choice");
        assertThat(FieldValues.choicesIn(FieldKind.MULTI_CHOICE, "B,A")).containsExactly("B", "A");
        assertThat(FieldValues.choicesIn(FieldKind.CHOICE, "B,A")).containsExactly("B,A");
        assertThat(FieldValues.choicesIn(FieldKind.TEXT, "B")).isEmpty();
    }

    @Test
    void aPersonIsTheIdOfSomeoneKnown() {
        FieldRule owner = FieldRule.of(FieldKind.PERSON);
        assertThat(stored(owner, "007")).isEqualTo("7");
        assertThat(problem(owner, "8")).isEqualTo("field.invalid.person");
        assertThat(problem(owner, "-7")).isEqualTo("field.invalid.person");
        assertThat(problem(owner, "Ann")).isEqualTo("field.invalid.person");
    }

    @Test
    void aLinkIsAWebAddress() {
        FieldRule link = FieldRule.of(FieldKind.LINK);
        assertThat(stored(link, "https://example.org/x?y=1")).isEqualTo("https://example.org/x?y=1");
        assertThat(problem(link, "javascript:alert(1)")).isEqualTo("field.invalid.link");
        assertThat(problem(link, "mailto:pmo@example.org")).isEqualTo("field.invalid.link");
        assertThat(problem(link, "https://")).isEqualTo("field.invalid.link");
        assertThat(problem(link, "https://example.org/" + "x".repeat(500))).isEqualTo("field.invalid.tooLong");
    }

    @Test
    void anAttachmentFieldTakesNoTypedValue() {
        assertThat(problem(FieldRule.of(FieldKind.ATTACHMENT), "file.pdf")).isEqualTo("field.invalid.attachment");
    }

    @Test
    void checkNamesTheFieldOfEachProblem() {
        var problems = new InvalidInputException.Collector();
        assertThat(FieldValues.check("values[due]", FieldRule.of(FieldKind.DATE), "soon", ONLY_PERSON_7, problems))
                .isNull();
        assertThat(FieldValues.check("values[n]", FieldRule.of(FieldKind.NUMBER), "2.0", ONLY_PERSON_7, problems))
                .isEqualTo("2");
        assertThat(problems.has("values[due]")).isTrue();
        assertThat(problems.has("values[n]")).isFalse();
    }

    @Test
    void valuesAreShownInTheReadersLanguage() {
        Map<Long, String> names = Map.of(7L, "Ann Lee");
        assertThat(display(FieldRule.of(FieldKind.NUMBER), "1234.5", Locale.ENGLISH)).isEqualTo("1,234.5");
        assertThat(display(FieldRule.of(FieldKind.NUMBER), "1234.5", Locale.FRENCH))
                .isEqualTo("1\u202f234,5");
        assertThat(display(FieldRule.of(FieldKind.MONEY), "1234.5", Locale.ENGLISH)).isEqualTo("1,234.50");
        assertThat(display(FieldRule.of(FieldKind.MONEY), "1234", Locale.ENGLISH)).isEqualTo("1,234");
        assertThat(display(FieldRule.of(FieldKind.DATE), "2027-03-31", Locale.ENGLISH)).isEqualTo("Mar 31, 2027");
        assertThat(display(FieldRule.of(FieldKind.DATE), "2027-03-31", Locale.JAPANESE)).isEqualTo("2027/03/31");
        assertThat(FieldValues.display(FieldRule.of(FieldKind.PERSON), "7", Locale.ENGLISH, names::get, c -> c))
                .isEqualTo("Ann Lee");
        assertThat(FieldValues.display(FieldRule.choiceOf(FieldKind.MULTI_CHOICE, List.of("a", "b")), "a,b",
                Locale.ENGLISH, names::get, String::toUpperCase)).isEqualTo("A, B");
        assertThat(display(FieldRule.of(FieldKind.TEXT), null, Locale.ENGLISH)).isNull();
    }

    @Test
    void aValueStoredBeforeItsFieldChangedKindIsShownAsItIs() {
        assertThat(display(FieldRule.of(FieldKind.DATE), "end of March", Locale.ENGLISH)).isEqualTo("end of March");
        assertThat(display(FieldRule.of(FieldKind.NUMBER), "many", Locale.ENGLISH)).isEqualTo("many");
        assertThat(display(FieldRule.of(FieldKind.PERSON), "Ann from sales", Locale.ENGLISH))
                .isEqualTo("Ann from sales");
        assertThat(display(FieldRule.of(FieldKind.PERSON), "8", Locale.ENGLISH)).isEqualTo("8");
    }

    @Test
    void neutralTextNamesPeopleAndLeavesOtherValuesAsStored() {
        assertThat(FieldValues.neutral(FieldKind.PERSON, "7", id -> id == 7 ? "Ann Lee" : null)).isEqualTo("Ann Lee");
        assertThat(FieldValues.neutral(FieldKind.NUMBER, "1234.5", id -> "x")).isEqualTo("1234.5");
        assertThat(FieldValues.neutral(FieldKind.DATE, "2027-03-31", id -> "x")).isEqualTo("2027-03-31");
    }

    @Test
    void messagesNameAtMostTenRecords() {
        assertThat(FieldValues.firstNames(List.of("A", "B"))).isEqualTo("A, B");
        List<String> many = java.util.stream.IntStream.range(0, 12).mapToObj(i -> "P" + i).toList();
        assertThat(FieldValues.firstNames(many)).isEqualTo("P0, P1, P2, P3, P4, P5, P6, P7, P8, P9, …");
    }

    private static String display(FieldRule rule, String stored, Locale locale) {
        return FieldValues.display(rule, stored, locale, id -> null, choice -> choice);
    }
}
