package org.lodestar.intake.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What a request says, validated: the part its requester writes. */
public record RequestContent(String title, String summary, Long sponsor, Long portfolio, Long programme,
                             String category, BigDecimal budget, String currency, List<Long> objectives,
                             Map<String, String> values) {
}
