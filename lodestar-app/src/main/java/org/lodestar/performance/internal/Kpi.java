package org.lodestar.performance.internal;

import java.math.BigDecimal;
import java.time.Instant;
import org.lodestar.performance.KpiDirection;
import org.lodestar.performance.KpiUnit;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A KPI of the library. Shipped ones keep their formula, unit and direction; the PMO {@link #setTargets sets the
 * targets} and owner of any, and {@link #redefine redefines} its own.
 */
@Table("kpi")
public class Kpi {

    @Id
    private Long id;
    private String code;
    private boolean shipped;
    private String name;
    private String definition;
    private String formula;
    private String unit;
    private String direction;
    private BigDecimal target;
    private BigDecimal amberLimit;
    private Long owner;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    Kpi() {
    }

    public static Kpi define(String code, String name, String definition, String formula, KpiUnit unit,
                             KpiDirection direction, Instant now) {
        Kpi kpi = new Kpi();
        kpi.code = code;
        kpi.shipped = false;
        kpi.name = name;
        kpi.definition = definition;
        kpi.formula = formula;
        kpi.unit = unit.name();
        kpi.direction = direction.name();
        kpi.createdAt = now;
        kpi.updatedAt = now;
        return kpi;
    }

    /** A custom KPI's name, definition, formula, unit and direction; never a shipped one's. */
    public void redefine(String name, String definition, String formula, KpiUnit unit, KpiDirection direction,
                         Instant now) {
        if (shipped) throw new IllegalStateException("a shipped KPI keeps its definition");
        this.name = name;
        this.definition = definition;
        this.formula = formula;
        this.unit = unit.name();
        this.direction = direction.name();
        this.updatedAt = now;
    }

    public void setTargets(BigDecimal target, BigDecimal amberLimit, Long owner, Instant now) {
        this.target = target;
        this.amberLimit = amberLimit;
        this.owner = owner;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public boolean shipped() {
        return shipped;
    }

    public String name() {
        return name;
    }

    public String definition() {
        return definition;
    }

    public String formula() {
        return formula;
    }

    public KpiUnit unit() {
        return KpiUnit.valueOf(unit);
    }

    public KpiDirection direction() {
        return KpiDirection.valueOf(direction);
    }

    public BigDecimal target() {
        return target;
    }

    public BigDecimal amberLimit() {
        return amberLimit;
    }

    public Long owner() {
        return owner;
    }

    public Long version() {
        return version;
    }
}
