package org.lodestar.benefits.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.lodestar.benefits.BenefitState;
import org.lodestar.benefits.BenefitType;
import org.lodestar.platform.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A benefit a project plans. It changes only through its acts: {@link #plan}, {@link #replan} (while planned),
 * {@link #handOver} (once) and {@link #measure}. The caller checks the values (the target differs from the
 * baseline, the target date follows the baseline date, a measurement is not before the baseline date).
 */
@Table("benefit")
public class Benefit {

    @Id
    private Long id;
    private long project;
    private String title;
    @Column("benefit_type")
    private String type;
    private String measure;
    private BigDecimal baselineValue;
    private LocalDate baselineDate;
    private BigDecimal targetValue;
    private LocalDate targetDate;
    private Long owner;
    private String state;
    private LocalDate handedOverOn;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "benefit", keyColumn = "position")
    private List<BenefitMeasurement> measurements = new ArrayList<>();

    Benefit() {
    }

    /** A benefit as stored, with its measurements in the order recorded: for {@link EveryBenefit}'s bulk read. */
    static Benefit loaded(long id, long project, String title, String type, String measure, BigDecimal baselineValue,
                          LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate, Long owner,
                          String state, LocalDate handedOverOn, long version, Instant createdAt, Instant updatedAt,
                          List<BenefitMeasurement> measurements) {
        Benefit benefit = new Benefit();
        benefit.id = id;
        benefit.project = project;
        benefit.title = title;
        benefit.type = type;
        benefit.measure = measure;
        benefit.baselineValue = baselineValue;
        benefit.baselineDate = baselineDate;
        benefit.targetValue = targetValue;
        benefit.targetDate = targetDate;
        benefit.owner = owner;
        benefit.state = state;
        benefit.handedOverOn = handedOverOn;
        benefit.version = version;
        benefit.createdAt = createdAt;
        benefit.updatedAt = updatedAt;
        benefit.measurements = measurements;
        return benefit;
    }

    /** The plan of a benefit: what it is, from which value on which day to which value by which day, whose it is. */
    public record Plan(String title, BenefitType type, String measure, BigDecimal baselineValue,
                       LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate, Long owner) {
    }

    public static Benefit plan(long project, Plan plan, Instant now) {
        Benefit benefit = new Benefit();
        benefit.project = project;
        benefit.state = BenefitState.PLANNED.name();
        benefit.createdAt = now;
        benefit.set(plan, now);
        return benefit;
    }

    /** A planned benefit's plan, changed before it is handed over; afterwards its owner measures what was agreed. */
    public void replan(Plan plan, Instant now) {
        if (state() != BenefitState.PLANNED) throw refused("replan");
        set(plan, now);
    }

    public void handOver(LocalDate on, Instant now) {
        if (state() != BenefitState.PLANNED) throw refused("handOver");
        state = BenefitState.HANDED_OVER.name();
        handedOverOn = on;
        updatedAt = now;
    }

    public void measure(BenefitMeasurement measurement, Instant now) {
        measurements.add(measurement);
        updatedAt = now;
    }

    private void set(Plan plan, Instant now) {
        title = plan.title();
        type = plan.type().name();
        measure = plan.measure();
        baselineValue = plan.baselineValue();
        baselineDate = plan.baselineDate();
        targetValue = plan.targetValue();
        targetDate = plan.targetDate();
        owner = plan.owner();
        updatedAt = now;
    }

    private ConflictException refused(String act) {
        return new ConflictException("benefits.conflict.state", new Object[] {state, act},
                Map.of("state", state, "act", act), "benefit " + id + " is " + state + ": it cannot " + act);
    }

    public Long id() {
        return id;
    }

    public long project() {
        return project;
    }

    public String title() {
        return title;
    }

    public BenefitType type() {
        return BenefitType.valueOf(type);
    }

    public String measure() {
        return measure;
    }

    public BigDecimal baselineValue() {
        return baselineValue;
    }

    public LocalDate baselineDate() {
        return baselineDate;
    }

    public BigDecimal targetValue() {
        return targetValue;
    }

    public LocalDate targetDate() {
        return targetDate;
    }

    public Long owner() {
        return owner;
    }

    public BenefitState state() {
        return BenefitState.valueOf(state);
    }

    public LocalDate handedOverOn() {
        return handedOverOn;
    }

    public Long version() {
        return version;
    }

    /** The measurements in the order they were recorded. */
    public List<BenefitMeasurement> measurementsAsRecorded() {
        return List.copyOf(measurements);
    }

    /** The measurements by the day measured, the order they were recorded in for one day. */
    public List<BenefitMeasurement> measurements() {
        List<BenefitMeasurement> sorted = new ArrayList<>(measurements);
        sorted.sort(Comparator.comparing(BenefitMeasurement::measuredOn));
        return sorted;
    }
}
