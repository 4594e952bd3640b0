package org.lodestar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON gate on its own: what it lets through unchanged, what it refuses, and the path it names. */
class JsonInputGateTests {

    record Command(String name, List<String> tags, LocalDate start, BigDecimal budget, Double amberAt, Long managerId,
                   double[][] matrix, List<Command> children) {
    }

    private final JsonMapper json = JsonMapper.builder()
            .addModule(new JsonInputGate().inputGate())
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    @Test
    void plainValuesPassUnchanged() {
        Command command = read("""
                {"name":"Tab\\tand\\nlines, emoji \\ud83d\\ude80, 日本","tags":["a"],"start":"1900-01-01",
                 "budget":999999999999999.9999,"amberAt":-5.5,"managerId":4,"matrix":[[1,0.5],[2,1]]}""");

        assertThat(command.name()).isEqualTo("Tab\tand\nlines, emoji \ud83d\ude80, 日本");
        assertThat(command.start()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(command.budget()).isEqualByComparingTo("999999999999999.9999");
        assertThat(command.matrix()[0][1]).isEqualTo(0.5);
        assertThat(read("{\"name\":null,\"start\":null,\"budget\":null}").name()).isNull();
    }

    @Test
    void textOfBlanksOnlyIsEmptyText() {
        assertThat(read("{\"name\":\"\\u00a0\\u200b\\u3000 \"}").name()).isEmpty();
        assertThat(read("{\"name\":\"\\u00a0Name\\u200b\"}").name()).isEqualTo("\u00a0Name\u200b");
        assertThat(org.lodestar.platform.Texts.blankToNull("\u00a0 Name \u200b")).isEqualTo("Name");
        assertThat(org.lodestar.platform.Texts.blankToNull("\u2007\u202f")).isNull();
    }

    @Test
    void textWithControlCharactersOrHalvesOfSurrogatePairsIsRefusedByItsPath() {
        assertRefused("{\"name\":\"x\\u0000y\"}", "name");
        assertRefused("{\"name\":\"bell\\u0007\"}", "name");
        assertRefused("{\"name\":\"del\\u007f\"}", "name");
        assertRefused("{\"tags\":[\"ok\",\"x\\ud800y\"]}", "tags[1]");
        assertRefused("{\"children\":[{\"name\":\"\\udc00\"}]}", "children[0].name");
    }

    @Test
    void datesOutsideTheDocumentedYearsAreRefused() {
        assertRefused("{\"start\":\"1899-12-31\"}", "start");
        assertRefused("{\"start\":\"3000-01-01\"}", "start");
        assertRefused("{\"start\":\"-2024-01-01\"}", "start");
        assertThat(read("{\"start\":\"2999-12-31\"}").start()).isEqualTo(LocalDate.of(2999, 12, 31));
    }

    @Test
    void numbersBeyondFifteenDigitsAndFractionsOfIntegersAreRefused() {
        assertRefused("{\"budget\":1e15}", "budget");
        assertRefused("{\"amberAt\":1e20}", "amberAt");
        assertRefused("{\"matrix\":[[1,1],[1,1e20]]}", "matrix[1][1]");
        assertRefused("{\"managerId\":4.7}", "managerId");
        assertRefused("{\"managerId\":9223372036854775808}", "managerId");
    }

    private Command read(String body) {
        return json.readValue(body, Command.class);
    }

    private void assertRefused(String body, String path) {
        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(JacksonException.class,
                refused -> assertThat(ApiProblemAdvice.fieldPath(refused.getPath())).isEqualTo(path));
    }
}
