package org.lodestar.status.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lodestar.engine.health.Rag;
import org.lodestar.status.MilestoneLine;
import org.lodestar.status.Rating;
import org.lodestar.status.ReportCommand;
import org.lodestar.status.ReportView;
import org.springframework.format.annotation.DateTimeFormat;

/** The status report form as posted: one rating and comment per dimension, narrative, figures and milestones. */
public class ReportForm {

    /** Blank milestone rows offered below the filled ones. */
    static final int SPARE_ROWS = 2;

    private Rag overall;
    private String overallComment;
    private Rag schedule;
    private String scheduleComment;
    private Rag cost;
    private String costComment;
    private Rag scope;
    private String scopeComment;
    private Rag resources;
    private String resourcesComment;
    private Rag risks;
    private String risksComment;
    private Rag quality;
    private String qualityComment;
    private String accomplishments;
    private String nextSteps;
    private String decisions;
    private String keyRisks;
    private Integer percentComplete;
    private BigDecimal actualCost;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate forecastFinish;
    private BigDecimal forecastCost;
    private List<MilestoneRow> milestones = new ArrayList<>();
    private Long version;

    static ReportForm of(ReportView report) {
        ReportForm form = new ReportForm();
        form.overall = report.overall().rag();
        form.overallComment = report.overall().comment();
        form.schedule = report.schedule().rag();
        form.scheduleComment = report.schedule().comment();
        form.cost = report.cost().rag();
        form.costComment = report.cost().comment();
        form.scope = report.scope().rag();
        form.scopeComment = report.scope().comment();
        form.resources = report.resources().rag();
        form.resourcesComment = report.resources().comment();
        form.risks = report.risks().rag();
        form.risksComment = report.risks().comment();
        form.quality = report.quality().rag();
        form.qualityComment = report.quality().comment();
        form.accomplishments = report.accomplishments();
        form.nextSteps = report.nextSteps();
        form.decisions = report.decisions();
        form.keyRisks = report.keyRisks();
        form.percentComplete = report.percentComplete();
        form.actualCost = report.actualCost();
        form.forecastFinish = report.forecastFinish();
        form.forecastCost = report.forecastCost();
        for (MilestoneLine line : report.milestones()) {
            MilestoneRow row = new MilestoneRow();
            row.setName(line.name());
            row.setDue(line.due());
            row.setForecast(line.forecast());
            row.setDone(line.done());
            form.milestones.add(row);
        }
        form.version = report.version();
        return form;
    }

    /** Adds the blank rows a person fills to add milestones. */
    ReportForm withSpareRows() {
        for (int i = 0; i < SPARE_ROWS; i++) milestones.add(new MilestoneRow());
        return this;
    }

    ReportCommand toCommand() {
        List<MilestoneLine> lines = milestones.stream().filter(row -> !row.blank())
                .map(row -> new MilestoneLine(row.getName() == null ? null : row.getName().strip(), row.getDue(),
                        row.getForecast(), row.isDone()))
                .toList();
        return new ReportCommand(new Rating(overall, overallComment), new Rating(schedule, scheduleComment),
                new Rating(cost, costComment), new Rating(scope, scopeComment), new Rating(resources, resourcesComment),
                new Rating(risks, risksComment), new Rating(quality, qualityComment), accomplishments, nextSteps,
                decisions, keyRisks, percentComplete, actualCost, forecastFinish, forecastCost, lines, version);
    }

    /** A row of the milestone table; a row with nothing typed in it is left out. */
    public static class MilestoneRow {
        private String name;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate due;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate forecast;
        private boolean done;

        boolean blank() {
            return (name == null || name.isBlank()) && due == null && forecast == null && !done;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public LocalDate getDue() { return due; }
        public void setDue(LocalDate due) { this.due = due; }
        public LocalDate getForecast() { return forecast; }
        public void setForecast(LocalDate forecast) { this.forecast = forecast; }
        public boolean isDone() { return done; }
        public void setDone(boolean done) { this.done = done; }
    }

    public Rag getOverall() { return overall; }
    public void setOverall(Rag overall) { this.overall = overall; }
    public String getOverallComment() { return overallComment; }
    public void setOverallComment(String overallComment) { this.overallComment = overallComment; }
    public Rag getSchedule() { return schedule; }
    public void setSchedule(Rag schedule) { this.schedule = schedule; }
    public String getScheduleComment() { return scheduleComment; }
    public void setScheduleComment(String scheduleComment) { this.scheduleComment = scheduleComment; }
    public Rag getCost() { return cost; }
    public void setCost(Rag cost) { this.cost = cost; }
    public String getCostComment() { return costComment; }
    public void setCostComment(String costComment) { this.costComment = costComment; }
    public Rag getScope() { return scope; }
    public void setScope(Rag scope) { this.scope = scope; }
    public String getScopeComment() { return scopeComment; }
    public void setScopeComment(String scopeComment) { this.scopeComment = scopeComment; }
    public Rag getResources() { return resources; }
    public void setResources(Rag resources) { this.resources = resources; }
    public String getResourcesComment() { return resourcesComment; }
    public void setResourcesComment(String resourcesComment) { this.resourcesComment = resourcesComment; }
    public Rag getRisks() { return risks; }
    public void setRisks(Rag risks) { this.risks = risks; }
    public String getRisksComment() { return risksComment; }
    public void setRisksComment(String risksComment) { this.risksComment = risksComment; }
    public Rag getQuality() { return quality; }
    public void setQuality(Rag quality) { this.quality = quality; }
    public String getQualityComment() { return qualityComment; }
    public void setQualityComment(String qualityComment) { this.qualityComment = qualityComment; }
    public String getAccomplishments() { return accomplishments; }
    public void setAccomplishments(String accomplishments) { this.accomplishments = accomplishments; }
    public String getNextSteps() { return nextSteps; }
    public void setNextSteps(String nextSteps) { this.nextSteps = nextSteps; }
    public String getDecisions() { return decisions; }
    public void setDecisions(String decisions) { this.decisions = decisions; }
    public String getKeyRisks() { return keyRisks; }
    public void setKeyRisks(String keyRisks) { this.keyRisks = keyRisks; }
    public Integer getPercentComplete() { return percentComplete; }
    public void setPercentComplete(Integer percentComplete) { this.percentComplete = percentComplete; }
    public BigDecimal getActualCost() { return actualCost; }
    public void setActualCost(BigDecimal actualCost) { this.actualCost = actualCost; }
    public LocalDate getForecastFinish() { return forecastFinish; }
    public void setForecastFinish(LocalDate forecastFinish) { this.forecastFinish = forecastFinish; }
    public BigDecimal getForecastCost() { return forecastCost; }
    public void setForecastCost(BigDecimal forecastCost) { this.forecastCost = forecastCost; }
    public List<MilestoneRow> getMilestones() { return milestones; }
    public void setMilestones(List<MilestoneRow> milestones) { this.milestones = milestones; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
