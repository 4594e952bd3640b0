package org.lodestar.raid.web;

import java.time.LocalDate;
import org.lodestar.raid.RiskCommand;
import org.lodestar.raid.RiskKind;
import org.lodestar.raid.RiskStrategy;
import org.springframework.format.annotation.DateTimeFormat;

/** The raise-a-risk form of the register page. */
public class RiskForm {

    private RiskKind kind = RiskKind.THREAT;
    private String title;
    private String cause;
    private String event;
    private String effect;
    private String category;
    private Integer probability;
    private Integer impact;
    private RiskStrategy strategy;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate proximity;
    private String trigger;

    RiskCommand toCommand() {
        return new RiskCommand(kind, title, cause, event, effect, category, probability, impact, null, proximity,
                strategy, trigger, null, null, null);
    }

    public RiskKind getKind() { return kind; }
    public void setKind(RiskKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getCause() { return cause; }
    public void setCause(String cause) { this.cause = cause; }
    public String getEvent() { return event; }
    public void setEvent(String event) { this.event = event; }
    public String getEffect() { return effect; }
    public void setEffect(String effect) { this.effect = effect; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public Integer getProbability() { return probability; }
    public void setProbability(Integer probability) { this.probability = probability; }
    public Integer getImpact() { return impact; }
    public void setImpact(Integer impact) { this.impact = impact; }
    public RiskStrategy getStrategy() { return strategy; }
    public void setStrategy(RiskStrategy strategy) { this.strategy = strategy; }
    public LocalDate getProximity() { return proximity; }
    public void setProximity(LocalDate proximity) { this.proximity = proximity; }
    public String getTrigger() { return trigger; }
    public void setTrigger(String trigger) { this.trigger = trigger; }
}
