package org.lodestar.status;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The extension point through which a module that owns data contributes computed health indicators. Implement it
 * as a Spring bean in your own module; {@code status} finds every such bean, applies the thresholds the PMO set
 * (or the defaults you declare) and shows each measurement with its inputs, without knowing your module.
 *
 * <p>Values are numbers where higher is worse (days late, percentage points over, count overdue): a value at or
 * above {@code amberAt} is amber, at or above {@code redAt} red. Name indicators with your module's prefix
 * ({@code planning.finishSlippage}); their labels and units are message keys {@code health.indicator.<key>} and
 * {@code health.quantity.<unit>} (the value with its unit, plural-aware: {@code {0,choice,...}}), input labels
 * {@code health.input.<key>}, in the four languages.
 */
public interface HealthIndicatorSource {

    /** The indicators this source measures, with default thresholds. */
    List<IndicatorDefinition> definitions();

    /**
     * Measures the indicators for these projects on the given day. Projects (or indicators) without the data to
     * measure are simply left out; never block on another module's rights: the caller checked them.
     */
    List<Measurement> measure(Collection<Long> projects, LocalDate today);

    /**
     * The indicators of other sources that this source's indicators replace, project by project: for each of its
     * indicator keys, the key of a rougher one that is left out of a project's health wherever this one is measured
     * for that project (and kept where it is not). Empty by default.
     */
    default Map<String, String> supersedes() {
        return Map.of();
    }

    /** An indicator: key, unit (a message key suffix such as {@code days}) and the default thresholds. */
    record IndicatorDefinition(String key, String unit, double amberAt, double redAt) {
        public IndicatorDefinition {
            if (!(amberAt <= redAt)) throw new IllegalArgumentException("amberAt must not exceed redAt for " + key);
        }
    }

    /** One measured value with the inputs it came from, in language-neutral text (numbers, ISO dates). */
    record Measurement(long project, String indicator, double value, List<Input> inputs) {
        public Measurement {
            inputs = List.copyOf(inputs);
        }
    }

    /** An input of a measurement: its label key ({@code health.input.<key>}) and its value as text. */
    record Input(String key, String value) {
    }
}
