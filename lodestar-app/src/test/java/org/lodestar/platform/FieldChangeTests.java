package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldChangeTests {

    @Test
    void listsOnlyTheFieldsThatDifferInTheOrderOfTheNewSnapshot() {
        Map<String, String> before = snapshot("name", "Old", "budget", "100", "state", "ACTIVE");
        Map<String, String> after = snapshot("name", "New", "budget", "100", "state", "CLOSED");

        assertThat(FieldChange.between(before, after)).containsExactly(
                new FieldChange("name", "Old", "New"), new FieldChange("state", "ACTIVE", "CLOSED"));
    }

    @Test
    void aFieldThatGainsOrLosesAValueIsAChangeFromOrToNothing() {
        Map<String, String> before = snapshot("sponsor", null, "custom.vendor", "Acme");
        Map<String, String> after = snapshot("sponsor", "Claire Dubois");

        assertThat(FieldChange.between(before, after)).containsExactly(
                new FieldChange("sponsor", null, "Claire Dubois"), new FieldChange("custom.vendor", "Acme", null));
    }

    @Test
    void creationAndDeletionListEveryFieldWithAValue() {
        Map<String, String> record = snapshot("code", "PRJ-0001", "description", null);

        assertThat(FieldChange.between(Map.of(), record)).containsExactly(new FieldChange("code", null, "PRJ-0001"));
        assertThat(FieldChange.between(record, Map.of())).containsExactly(new FieldChange("code", "PRJ-0001", null));
    }

    @Test
    void identicalSnapshotsHaveNoChanges() {
        Map<String, String> record = snapshot("name", "Same");

        assertThat(FieldChange.between(record, new HashMap<>(record))).isEmpty();
    }

    @Test
    void theSameNumberWrittenWithAnotherScaleIsNoChangeButAnotherNumberOrACodeIs() {
        Map<String, String> before = snapshot("discountRate", "0.0800", "budget", "100", "code", "007", "fte", "-1.50");
        Map<String, String> after = snapshot("discountRate", "0.08", "budget", "100.01", "code", "7", "fte", "-1.5");

        assertThat(FieldChange.between(before, after)).containsExactly(
                new FieldChange("budget", "100", "100.01"), new FieldChange("code", "007", "7"));
    }

    private static Map<String, String> snapshot(String... keysAndValues) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) snapshot.put(keysAndValues[i], keysAndValues[i + 1]);
        return snapshot;
    }
}
