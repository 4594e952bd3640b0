package org.lodestar.change.web;

import java.math.BigDecimal;
import org.lodestar.change.ChangeRequestCommand;

/** The raise-a-change-request form of a project's change log. */
public class ChangeRequestForm {

    private String title;
    private String description;
    private String reason;
    private String scopeImpact;
    private Integer scheduleDays = 0;
    private BigDecimal costAmount = BigDecimal.ZERO;
    private String options;

    ChangeRequestCommand toCommand() {
        return new ChangeRequestCommand(title, description, reason, scopeImpact, scheduleDays, costAmount, options,
                null);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getScopeImpact() { return scopeImpact; }
    public void setScopeImpact(String scopeImpact) { this.scopeImpact = scopeImpact; }
    public Integer getScheduleDays() { return scheduleDays; }
    public void setScheduleDays(Integer scheduleDays) { this.scheduleDays = scheduleDays; }
    public BigDecimal getCostAmount() { return costAmount; }
    public void setCostAmount(BigDecimal costAmount) { this.costAmount = costAmount; }
    public String getOptions() { return options; }
    public void setOptions(String options) { this.options = options; }
}
