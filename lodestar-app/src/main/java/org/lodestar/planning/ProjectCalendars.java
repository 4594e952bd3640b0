package org.lodestar.planning;

import java.util.Map;
import org.lodestar.platform.UnprocessableException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's own calendar: a copy of the organisation calendar its plan uses, which the plan then uses. */
@Service
public class ProjectCalendars {

    private final ProjectPlans plans;
    private final Calendars calendars;

    ProjectCalendars(ProjectPlans plans, Calendars calendars) {
        this.plans = plans;
        this.calendars = calendars;
    }

    /**
     * Copies the plan's calendar as the project's own and switches the plan to it, in one transaction. A plan that
     * has its own calendar already is refused (422 with the calendar's id), so a form sent twice makes one copy;
     * two at the same moment meet the plan's version, and the second is rolled back whole.
     */
    @Transactional
    public CalendarView giveOwnCalendar(ProjectId id) {
        ProjectView project = plans.access().editable(id);
        PlanView plan = plans.plan(id);
        CalendarView template = calendars.get(plan.calendarId());
        if (template.projectId() != null) {
            throw new UnprocessableException("planning.calendar.alreadyOwn", new Object[0],
                    Map.of("calendarId", template.id()), "Project " + project.code() + " already has its own calendar");
        }
        CalendarView created = calendars.create(new CalendarCommand(project.code() + " " + template.name(), id.value(),
                template.minutesPerDay(), template.minutesPerWeek(), template.daysPerMonth(), template.week(),
                template.exceptions(), null));
        plans.changeSettings(id, new PlanSettingsCommand(null, null, null, created.id(), null, plan.version()));
        return created;
    }
}
