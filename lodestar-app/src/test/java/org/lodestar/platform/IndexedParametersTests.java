package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexedParametersTests {

    @Test
    void theParametersOfOnePrefixByKeyInTheRequestsOrder() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("fields[TEXT1]", "pk");
        parameters.put("customFields[risk]", "High");
        parameters.put("fields[Start = distance]", "");
        parameters.put("fields", "not indexed");
        parameters.put("fieldsX[a]", "another prefix");
        parameters.put("fields[open", "not closed");

        assertThat(IndexedParameters.of(parameters, "fields"))
                .containsExactly(Map.entry("TEXT1", "pk"), Map.entry("Start = distance", ""));
        assertThat(IndexedParameters.of(parameters, "customFields")).containsExactly(Map.entry("risk", "High"));
        assertThat(IndexedParameters.of(parameters, "none")).isEmpty();
    }
}
