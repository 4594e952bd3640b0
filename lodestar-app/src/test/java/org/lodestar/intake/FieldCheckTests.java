package org.lodestar.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.InvalidInputException;

class FieldCheckTests {

    private static final RequestTypeView TYPE = new RequestTypeView(1, "T", "Type", null, false, List.of(
            field("name", FieldType.TEXT, true, null, null, null, 10, "[A-Z].*"),
            field("users", FieldType.NUMBER, false, List.of(), BigDecimal.ZERO, BigDecimal.valueOf(100), null, null),
            field("areas", FieldType.MULTI_CHOICE, false, List.of("A", "B", "C"), null, null, null, null),
            field("owner", FieldType.PERSON, false, List.of(), null, null, null, null),
            field("link", FieldType.LINK, false, List.of(), null, null, null, null),
            field("due", FieldType.DATE, false, List.of(), null, null, null, null),
            field("case", FieldType.ATTACHMENT, true, List.of(), null, null, null, null)), 0);

    @Test
    void goodValuesAreKeptInTheirStoredForm() {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        Map<String, String> clean = FieldCheck.clean(TYPE, Map.of("name", "Alpha", "users", "12.5",
                "areas", " B , A,B", "owner", "7", "link", "https://example.org/x", "due", "2027-01-31", "link2", ""),
                Set.of(7L), problems);

        assertThat(problems.has("values[link2]")).isTrue();
        assertThat(clean).containsEntry("areas", "B,A").containsEntry("users", "12.5").containsEntry("owner", "7");
    }

    @Test
    void eachBadValueIsNamedByItsField() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", "lowercase");
        values.put("users", "101");
        values.put("areas", "A,Z");
        values.put("owner", "8");
        values.put("link", "javascript:alert(1)");
        values.put("due", "2027-02-30");
        values.put("case", "file.pdf");
        InvalidInputException.Collector problems = new InvalidInputException.Collector();

        FieldCheck.clean(TYPE, values, Set.of(7L), problems);

        for (String key : values.keySet()) assertThat(problems.has("values[" + key + "]")).as(key).isTrue();
    }

    @Test
    void completenessNeedsRequiredValuesAndAttachments() {
        InvalidInputException.Collector missing = new InvalidInputException.Collector();
        FieldCheck.complete(TYPE, Map.of(), Set.of(), missing);
        InvalidInputException.Collector complete = new InvalidInputException.Collector();
        FieldCheck.complete(TYPE, Map.of("name", "Alpha"), Set.of("case"), complete);

        assertThat(missing.has("values[name]")).isTrue();
        assertThat(missing.has("values[case]")).isTrue();
        assertThat(missing.has("values[users]")).isFalse();
        complete.throwIfAny();
    }

    private static FieldDefinition field(String key, FieldType type, boolean required, List<String> choices,
                                         BigDecimal min, BigDecimal max, Integer maxLength, String pattern) {
        return new FieldDefinition(key, "S", key, type, required, null, choices, min, max, maxLength, pattern);
    }
}
