package org.lodestar.intake.web;

import java.math.BigDecimal;

/** A form row of full-time equivalents of one role in one quarter: a request's demand or a scenario's capacity. */
public class RoleQuarterRow {
    private String role;
    private int quarter;
    private BigDecimal fte;

    public RoleQuarterRow() {
    }

    RoleQuarterRow(String role, int quarter, BigDecimal fte) {
        this.role = role;
        this.quarter = quarter;
        this.fte = fte;
    }

    /** Left empty by the person filling the form. */
    boolean isBlank() {
        return (role == null || role.isBlank()) && fte == null;
    }

    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public int getQuarter() { return quarter; }
    public void setQuarter(int quarter) { this.quarter = quarter; }
    public BigDecimal getFte() { return fte; }
    public void setFte(BigDecimal fte) { this.fte = fte; }
}
