package org.lodestar.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestViewTests {

    private static RequestView.FieldValue value(FieldType type, String value) {
        return new RequestView.FieldValue(new FieldDefinition("f", "S", "F", type, false, null, List.of(), null, null,
                null, null), value, value);
    }

    @Test
    void onlyWebAndMailAddressesBecomeLinks() {
        assertThat(value(FieldType.LINK, "https://wiki.example/x").link()).isEqualTo("https://wiki.example/x");
        assertThat(value(FieldType.LINK, "mailto:pmo@example.org").link()).isEqualTo("mailto:pmo@example.org");
        assertThat(value(FieldType.LINK, "javascript:alert(1)").link()).isNull();
        assertThat(value(FieldType.LINK, "Ann from sales").link()).isNull();
        assertThat(value(FieldType.LINK, "see the wiki page").link()).isNull();
        assertThat(value(FieldType.LINK, null).link()).isNull();
    }
}
