package org.lodestar.interchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PendingImportsTests {

    @Test
    void aPreviewsFieldMapIsKeptAsTextAndReadBackInItsOrder() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("TEXT1", "pk");
        map.put("Start = distance", "start_distance"); // a P6 user field's name may hold "="
        map.put("NUMBER3", "situation");

        String text = PendingImports.fieldMapText(map);

        assertThat(text).isEqualTo("TEXT1=pk\nStart = distance=start_distance\nNUMBER3=situation\n");
        assertThat(PendingImports.fieldMap(text)).containsExactlyEntriesOf(map);
        assertThat(PendingImports.fieldMapText(Map.of())).isNull();
        assertThat(PendingImports.fieldMap(null)).isEmpty();
    }
}
