package org.lodestar.governance;

import java.time.LocalDate;

/** How often a communication is sent; {@link #ONCE} is sent once and then is done. */
public enum CommunicationFrequency {
    ONCE, WEEKLY, FORTNIGHTLY, MONTHLY, QUARTERLY;

    /** The next due date after one sent on {@code sent}; null for {@link #ONCE}. */
    public LocalDate after(LocalDate sent) {
        return switch (this) {
            case ONCE -> null;
            case WEEKLY -> sent.plusWeeks(1);
            case FORTNIGHTLY -> sent.plusWeeks(2);
            case MONTHLY -> sent.plusMonths(1);
            case QUARTERLY -> sent.plusMonths(3);
        };
    }

    public String messageKey() {
        return "governance.frequency." + name();
    }
}
