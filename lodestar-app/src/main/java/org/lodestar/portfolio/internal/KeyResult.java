package org.lodestar.portfolio.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A key result of a strategic objective: what is measured, from a baseline to a target by a date, and where it
 * stands. It changes through {@link #define} and {@link #report} (where it stands now).
 */
@Table("key_result")
public class KeyResult {

    @Id
    private Long id;
    private long objective;
    private String title;
    private String measure;
    private BigDecimal baselineValue;
    private BigDecimal targetValue;
    private BigDecimal currentValue;
    private LocalDate dueOn;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    KeyResult() {
    }

    public static KeyResult add(long objective, Instant now) {
        KeyResult result = new KeyResult();
        result.objective = objective;
        result.createdAt = now;
        return result;
    }

    public void define(String title, String measure, BigDecimal baselineValue, BigDecimal targetValue, LocalDate dueOn,
                       Instant now) {
        this.title = title;
        this.measure = measure;
        this.baselineValue = baselineValue;
        this.targetValue = targetValue;
        this.dueOn = dueOn;
        this.updatedAt = now;
    }

    public void report(BigDecimal currentValue, Instant now) {
        this.currentValue = currentValue;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public long objective() { return objective; }
    public String title() { return title; }
    public String measure() { return measure; }
    public BigDecimal baselineValue() { return baselineValue; }
    public BigDecimal targetValue() { return targetValue; }
    public BigDecimal currentValue() { return currentValue; }
    public LocalDate dueOn() { return dueOn; }
    public Long version() { return version; }
}
