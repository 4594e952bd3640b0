package org.lodestar.status.web;

import org.lodestar.status.CycleCommand;
import org.lodestar.status.CycleScope;
import org.lodestar.status.CycleView;
import org.lodestar.status.Frequency;

/** The reporting cycle form as posted; the scope target is one select of "PORTFOLIO:id" or "PROGRAMME:id". */
public class CycleForm {

    private String name;
    private Frequency frequency = Frequency.WEEKLY;
    private Integer dueDay = 5;
    private CycleScope scope = CycleScope.ALL;
    private Long scopeId;
    private Integer remindDaysBefore = 2;
    private boolean remindOverdue = true;
    private boolean active = true;
    private Long version;

    static CycleForm of(CycleView view) {
        CycleForm form = new CycleForm();
        form.name = view.name();
        form.frequency = view.frequency();
        form.dueDay = view.dueDay();
        form.scope = view.scope();
        form.scopeId = view.scopeTarget() == null ? null : view.scopeTarget().id();
        form.remindDaysBefore = view.remindDaysBefore();
        form.remindOverdue = view.remindOverdue();
        form.active = view.active();
        form.version = view.version();
        return form;
    }

    CycleCommand toCommand() {
        return new CycleCommand(name, frequency, dueDay, scope, scopeId, remindDaysBefore, remindOverdue, active,
                version);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Frequency getFrequency() { return frequency; }
    public void setFrequency(Frequency frequency) { this.frequency = frequency; }
    public Integer getDueDay() { return dueDay; }
    public void setDueDay(Integer dueDay) { this.dueDay = dueDay; }
    public CycleScope getScope() { return scope; }
    public void setScope(CycleScope scope) { this.scope = scope; }
    public Long getScopeId() { return scopeId; }
    public void setScopeId(Long scopeId) { this.scopeId = scopeId; }
    public Integer getRemindDaysBefore() { return remindDaysBefore; }
    public void setRemindDaysBefore(Integer remindDaysBefore) { this.remindDaysBefore = remindDaysBefore; }
    public boolean isRemindOverdue() { return remindOverdue; }
    public void setRemindOverdue(boolean remindOverdue) { this.remindOverdue = remindOverdue; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
