package org.lodestar.interchange;

import java.time.DayOfWeek;
import java.util.List;
import org.lodestar.engine.schedule.ConstraintType;
import org.lodestar.engine.schedule.Plan;
import org.lodestar.engine.schedule.ProgressedActivities;
import org.lodestar.engine.schedule.ScheduleMode;
import org.lodestar.engine.schedule.WorkCalendar;
import org.lodestar.engine.schedule.WorkCalendar.WorkingTime;

/**
 * An imported project as the engine's scheduling input, built the way the planning module builds a plan's
 * (ScheduledPlan): engine task {@code i} is the import's row {@code i}; summaries carry their constraints and
 * deadlines down; leaves carry their calendar, duration, progress and actual dates.
 */
public final class EngineInput {

    private EngineInput() {
    }

    /** The plan; {@link IllegalArgumentException} names what the engine refuses (e.g. dates beyond 2199). */
    public static Plan plan(ImportedProject project) {
        List<WorkCalendar> calendars = project.calendars().stream().map(EngineInput::calendar).toList();
        Plan.Builder builder = Plan.builder(calendars.get(project.defaultCalendar()));
        int[] calendarIndex = new int[calendars.size()];
        for (int c = 0; c < calendars.size(); c++) calendarIndex[c] = builder.calendar(calendars.get(c));
        if (project.finishFirst()) builder.finish(project.finish());
        else builder.start(project.start());
        if (project.statusDate() != null) builder.statusDate(project.statusDate());
        if (project.primavera()) {
            builder.mode(ScheduleMode.PRIMAVERA_P6).progressedActivities(project.progressOverride()
                    ? ProgressedActivities.PROGRESS_OVERRIDE : ProgressedActivities.RETAINED_LOGIC)
                    .lagCalendar(project.lagCalendar());
        }
        for (ImportedProject.Task task : project.tasks()) {
            int i = task.summary() ? builder.summary(task.name())
                    : task.duration() == 0 && !task.elapsed() ? builder.milestone(task.name())
                    : builder.task(task.name(), task.duration());
            if (i != task.row()) throw new IllegalStateException("engine numbered row " + task.row() + " as " + i);
            if (task.parent() >= 0) builder.parent(i, task.parent());
            if (task.constraint() != ConstraintType.AS_SOON_AS_POSSIBLE) {
                builder.constraint(i, task.constraint(), task.constraintDate());
            }
            if (task.deadline() != null) builder.deadline(i, task.deadline());
            if (task.summary()) continue;
            if (task.elapsed()) builder.elapsed(i);
            if (task.calendar() > 0) builder.calendar(i, calendarIndex[task.calendar()]);
            for (ImportedProject.Pause pause : task.pauses()) builder.split(i, pause.after(), pause.minutes());
            if (project.primavera()) {
                switch (String.valueOf(task.activityType())) {
                    case "START_MILESTONE" -> builder.startMilestone(i);
                    case "LEVEL_OF_EFFORT" -> builder.levelOfEffort(i);
                    case "WBS_SUMMARY" -> builder.wbsSummary(i);
                    default -> { }
                }
                // P6 derives a level of effort's or WBS summary's actual dates from the others: they are not input
                if ("LEVEL_OF_EFFORT".equals(task.activityType()) || "WBS_SUMMARY".equals(task.activityType())) continue;
            }
            if (task.actualStart() != null) builder.actualStart(i, task.actualStart());
            if (task.actualFinish() != null) builder.actualFinish(i, task.actualFinish());
            if (task.percentComplete() > 0) builder.percentComplete(i, task.percentComplete());
            if (task.remaining() >= 0 && task.actualStart() != null && task.actualFinish() == null) {
                builder.remainingDuration(i, task.remaining());
            }
        }
        for (ImportedProject.Link link : project.links()) {
            builder.link(link.predecessor(), link.successor(), link.type(), link.lag(), link.lagUnit());
        }
        return builder.build();
    }

    static WorkCalendar calendar(ImportedProject.Calendar calendar) {
        WorkCalendar.Builder builder = WorkCalendar.builder(calendar.name())
                .minutesPerDay(calendar.minutesPerDay())
                .minutesPerWeek(calendar.minutesPerWeek())
                .daysPerMonth(calendar.daysPerMonth());
        for (DayOfWeek day : DayOfWeek.values()) {
            builder.workingTimes(day, calendar.week().get(day).toArray(WorkingTime[]::new));
        }
        for (ImportedProject.Exception exception : calendar.exceptions()) {
            builder.exception(exception.from(), exception.to(), exception.periods().toArray(WorkingTime[]::new));
        }
        return builder.build();
    }
}
