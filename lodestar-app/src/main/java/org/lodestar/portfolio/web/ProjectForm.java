package org.lodestar.portfolio.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.Texts;
import org.lodestar.portfolio.LifecyclePhase;
import org.lodestar.portfolio.Priority;
import org.lodestar.portfolio.ProjectCommand;
import org.lodestar.portfolio.ProjectState;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The project form as the browser posts it: a plain bean so that a re-displayed form keeps exactly what the user
 * typed. Converted to a {@link ProjectCommand}, which the registry validates.
 */
public class ProjectForm {

    private String code;
    private String name;
    private String description;
    private Long portfolioId;
    private Long programmeId;
    private Long sponsorId;
    private Long managerId;
    private String businessUnit;
    private LifecyclePhase phase;
    private ProjectState state;
    private Priority priority;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate plannedStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate plannedFinish;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate forecastStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate forecastFinish;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate actualStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate actualFinish;
    private BigDecimal budget;
    private String currency;
    private String tags;
    private List<Long> objectiveIds = new ArrayList<>();
    private Map<String, String> customFields = new LinkedHashMap<>();
    private Long version;

    static ProjectForm of(ProjectCommand command) {
        ProjectForm form = new ProjectForm();
        form.code = command.code();
        form.name = command.name();
        form.description = command.description();
        form.portfolioId = command.portfolioId();
        form.programmeId = command.programmeId();
        form.sponsorId = command.sponsorId();
        form.managerId = command.managerId();
        form.businessUnit = command.businessUnit();
        form.phase = command.phase();
        form.state = command.state();
        form.priority = command.priority();
        form.plannedStart = command.plannedStart();
        form.plannedFinish = command.plannedFinish();
        form.forecastStart = command.forecastStart();
        form.forecastFinish = command.forecastFinish();
        form.actualStart = command.actualStart();
        form.actualFinish = command.actualFinish();
        form.budget = command.budget();
        form.currency = command.currency();
        form.tags = String.join(", ", command.tags());
        form.objectiveIds = new ArrayList<>(command.objectiveIds());
        form.customFields = new LinkedHashMap<>(command.customFields());
        form.version = command.version();
        return form;
    }

    ProjectCommand toCommand() {
        List<String> tagList = tags == null ? List.of()
                : Arrays.stream(tags.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
        return new ProjectCommand(Texts.blankToNull(code), name, description, portfolioId, programmeId, sponsorId,
                managerId, businessUnit, phase, state, priority, plannedStart, plannedFinish, forecastStart,
                forecastFinish, actualStart, actualFinish, budget, currency, tagList, objectiveIds, customFields,
                version);
    }


    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getPortfolioId() { return portfolioId; }
    public void setPortfolioId(Long portfolioId) { this.portfolioId = portfolioId; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public Long getSponsorId() { return sponsorId; }
    public void setSponsorId(Long sponsorId) { this.sponsorId = sponsorId; }
    public Long getManagerId() { return managerId; }
    public void setManagerId(Long managerId) { this.managerId = managerId; }
    public String getBusinessUnit() { return businessUnit; }
    public void setBusinessUnit(String businessUnit) { this.businessUnit = businessUnit; }
    public LifecyclePhase getPhase() { return phase; }
    public void setPhase(LifecyclePhase phase) { this.phase = phase; }
    public ProjectState getState() { return state; }
    public void setState(ProjectState state) { this.state = state; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public void setPlannedStart(LocalDate plannedStart) { this.plannedStart = plannedStart; }
    public LocalDate getPlannedFinish() { return plannedFinish; }
    public void setPlannedFinish(LocalDate plannedFinish) { this.plannedFinish = plannedFinish; }
    public LocalDate getForecastStart() { return forecastStart; }
    public void setForecastStart(LocalDate forecastStart) { this.forecastStart = forecastStart; }
    public LocalDate getForecastFinish() { return forecastFinish; }
    public void setForecastFinish(LocalDate forecastFinish) { this.forecastFinish = forecastFinish; }
    public LocalDate getActualStart() { return actualStart; }
    public void setActualStart(LocalDate actualStart) { this.actualStart = actualStart; }
    public LocalDate getActualFinish() { return actualFinish; }
    public void setActualFinish(LocalDate actualFinish) { this.actualFinish = actualFinish; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal budget) { this.budget = budget; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public List<Long> getObjectiveIds() { return objectiveIds; }
    public void setObjectiveIds(List<Long> objectiveIds) { this.objectiveIds = objectiveIds; }
    public Map<String, String> getCustomFields() { return customFields; }
    public void setCustomFields(Map<String, String> customFields) { this.customFields = customFields; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
