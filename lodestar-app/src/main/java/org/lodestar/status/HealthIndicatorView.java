package org.lodestar.status;

import java.util.List;
import org.lodestar.engine.health.Rag;

/** A measured indicator with the thresholds applied and the inputs it came from. */
public record HealthIndicatorView(String key, String unit, double value, double amberAt, double redAt, Rag rag,
                                  List<HealthIndicatorSource.Input> inputs) {
}
