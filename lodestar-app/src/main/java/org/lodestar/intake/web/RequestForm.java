package org.lodestar.intake.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.intake.FieldType;
import org.lodestar.intake.RequestCommand;
import org.lodestar.intake.RequestView;
import org.lodestar.portfolio.Reference;

/** The request form as the browser posts it; multi-choice values arrive joined by commas. */
public class RequestForm {

    private Long typeId;
    private String title;
    private String summary;
    private Long portfolioId;
    private Long programmeId;
    private Long sponsorId;
    private String category;
    private BigDecimal budget;
    private String currency = "EUR";
    private List<Long> objectiveIds = new ArrayList<>();
    private Map<String, String> values = new LinkedHashMap<>();
    /** Multi-choice fields, posted as several values of one name. */
    private Map<String, List<String>> choices = new LinkedHashMap<>();
    private Long version;

    static RequestForm blank(long typeId) {
        RequestForm form = new RequestForm();
        form.typeId = typeId;
        return form;
    }

    static RequestForm of(RequestView request) {
        RequestForm form = new RequestForm();
        form.typeId = request.type().id();
        form.title = request.title();
        form.summary = request.summary();
        form.portfolioId = request.portfolio() == null ? null : request.portfolio().id();
        form.programmeId = request.programme() == null ? null : request.programme().id();
        form.sponsorId = request.sponsor() == null ? null : request.sponsor().id();
        form.category = request.category();
        form.budget = request.budget();
        form.currency = request.currency();
        form.objectiveIds = new ArrayList<>(request.objectives().stream().map(Reference::id).toList());
        request.values().forEach(value -> {
            if (value.value() == null) return;
            if (value.field().type() == FieldType.MULTI_CHOICE) {
                form.choices.put(value.field().key(), List.of(value.value().split(",")));
            } else {
                form.values.put(value.field().key(), value.value());
            }
        });
        form.version = request.version();
        return form;
    }

    RequestCommand toCommand() {
        Map<String, String> all = new LinkedHashMap<>(values);
        choices.forEach((key, chosen) -> all.put(key, String.join(",", chosen)));
        return new RequestCommand(typeId, title, summary, portfolioId, programmeId, sponsorId, category, budget, currency,
                objectiveIds, all, version);
    }

    /** Whether a multi-choice field holds the choice. */
    public boolean holds(String key, String choice) {
        List<String> chosen = choices.get(key);
        return chosen != null && chosen.contains(choice);
    }

    public Long getTypeId() { return typeId; }
    public void setTypeId(Long typeId) { this.typeId = typeId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public Long getPortfolioId() { return portfolioId; }
    public void setPortfolioId(Long portfolioId) { this.portfolioId = portfolioId; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public Long getSponsorId() { return sponsorId; }
    public void setSponsorId(Long sponsorId) { this.sponsorId = sponsorId; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal budget) { this.budget = budget; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public List<Long> getObjectiveIds() { return objectiveIds; }
    public void setObjectiveIds(List<Long> objectiveIds) { this.objectiveIds = objectiveIds; }
    public Map<String, String> getValues() { return values; }
    public void setValues(Map<String, String> values) { this.values = values; }
    public Map<String, List<String>> getChoices() { return choices; }
    public void setChoices(Map<String, List<String>> choices) { this.choices = choices; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
