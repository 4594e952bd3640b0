package org.lodestar.intake.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lodestar.intake.ScenarioCommand;
import org.lodestar.intake.ScenarioView;
import org.springframework.format.annotation.DateTimeFormat;

/** The scenario form: budgets, capacities and rules as rows, with blank rows to add more. */
public class ScenarioForm {

    private String name;
    private String description;
    private ScenarioCommand.Objective objective = ScenarioCommand.Objective.SCORE;
    private Long scoringModelId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate firstQuarter;
    private int quarters = 4;
    private int timeLimitSeconds = 5;
    private List<BudgetRow> budgets = new ArrayList<>();
    private List<RoleQuarterRow> capacities = new ArrayList<>();
    private List<RuleRow> rules = new ArrayList<>();
    private Long version;

    static ScenarioForm of(ScenarioView view, LocalDate today) {
        ScenarioForm form = new ScenarioForm();
        form.firstQuarter = today;
        if (view != null) {
            form.name = view.name();
            form.description = view.description();
            form.objective = view.objective();
            form.scoringModelId = view.scoringModelId();
            form.firstQuarter = view.firstQuarter();
            form.quarters = view.quarters();
            form.timeLimitSeconds = view.timeLimitSeconds();
            view.budgets().forEach(b -> form.budgets.add(new BudgetRow(b.quarter(), b.category(), b.amount())));
            view.capacities().forEach(c -> form.capacities.add(new RoleQuarterRow(c.role(), c.quarter(), c.fte())));
            view.rules().forEach(r -> form.rules.add(new RuleRow(r.kind(), r.requestId(), r.otherRequestId(),
                    r.fromQuarter(), r.toQuarter())));
            form.version = view.version();
        }
        for (int i = 0; i < 4; i++) {
            form.budgets.add(new BudgetRow(0, null, null));
            form.capacities.add(new RoleQuarterRow(null, 0, null));
        }
        for (int i = 0; i < 3; i++) form.rules.add(new RuleRow(null, null, null, null, null));
        return form;
    }

    ScenarioCommand toCommand() {
        return new ScenarioCommand(name, description, objective, scoringModelId, firstQuarter, quarters, timeLimitSeconds,
                budgets.stream().filter(b -> b.amount != null)
                        .map(b -> new ScenarioCommand.Budget(b.quarter, b.category, b.amount)).toList(),
                capacities.stream().filter(c -> !c.isBlank())
                        .map(c -> new ScenarioCommand.Capacity(c.getRole(), c.getQuarter(), c.getFte())).toList(),
                rules.stream().filter(r -> r.kind != null)
                        .map(r -> new ScenarioCommand.Rule(r.kind, r.requestId, r.otherRequestId, r.fromQuarter, r.toQuarter))
                        .toList(),
                version);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public ScenarioCommand.Objective getObjective() { return objective; }
    public void setObjective(ScenarioCommand.Objective objective) { this.objective = objective; }
    public Long getScoringModelId() { return scoringModelId; }
    public void setScoringModelId(Long scoringModelId) { this.scoringModelId = scoringModelId; }
    public LocalDate getFirstQuarter() { return firstQuarter; }
    public void setFirstQuarter(LocalDate firstQuarter) { this.firstQuarter = firstQuarter; }
    public int getQuarters() { return quarters; }
    public void setQuarters(int quarters) { this.quarters = quarters; }
    public int getTimeLimitSeconds() { return timeLimitSeconds; }
    public void setTimeLimitSeconds(int timeLimitSeconds) { this.timeLimitSeconds = timeLimitSeconds; }
    public List<BudgetRow> getBudgets() { return budgets; }
    public void setBudgets(List<BudgetRow> budgets) { this.budgets = budgets; }
    public List<RoleQuarterRow> getCapacities() { return capacities; }
    public void setCapacities(List<RoleQuarterRow> capacities) { this.capacities = capacities; }
    public List<RuleRow> getRules() { return rules; }
    public void setRules(List<RuleRow> rules) { this.rules = rules; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public static class BudgetRow {
        private int quarter;
        private String category;
        private BigDecimal amount;

        public BudgetRow() {
        }

        BudgetRow(int quarter, String category, BigDecimal amount) {
            this.quarter = quarter;
            this.category = category;
            this.amount = amount;
        }

        public int getQuarter() { return quarter; }
        public void setQuarter(int quarter) { this.quarter = quarter; }
        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
    }

    public static class RuleRow {
        private ScenarioCommand.RuleKind kind;
        private Long requestId;
        private Long otherRequestId;
        private Integer fromQuarter;
        private Integer toQuarter;

        public RuleRow() {
        }

        RuleRow(ScenarioCommand.RuleKind kind, Long requestId, Long otherRequestId, Integer fromQuarter, Integer toQuarter) {
            this.kind = kind;
            this.requestId = requestId;
            this.otherRequestId = otherRequestId;
            this.fromQuarter = fromQuarter;
            this.toQuarter = toQuarter;
        }

        public ScenarioCommand.RuleKind getKind() { return kind; }
        public void setKind(ScenarioCommand.RuleKind kind) { this.kind = kind; }
        public Long getRequestId() { return requestId; }
        public void setRequestId(Long requestId) { this.requestId = requestId; }
        public Long getOtherRequestId() { return otherRequestId; }
        public void setOtherRequestId(Long otherRequestId) { this.otherRequestId = otherRequestId; }
        public Integer getFromQuarter() { return fromQuarter; }
        public void setFromQuarter(Integer fromQuarter) { this.fromQuarter = fromQuarter; }
        public Integer getToQuarter() { return toQuarter; }
        public void setToQuarter(Integer toQuarter) { this.toQuarter = toQuarter; }
    }
}
