package org.lodestar.interchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lodestar.engine.schedule.WorkCalendar.WorkingTime;
import org.mpxj.ActivityType;
import org.mpxj.ConstraintType;
import org.mpxj.DayType;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectDateFormat;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.ProjectTimeFormat;
import org.mpxj.Relation;
import org.mpxj.RelationshipLagCalendar;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.ScheduleFrom;
import org.mpxj.SchedulingProgressedActivities;
import org.mpxj.Task;
import org.mpxj.TaskField;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;
import org.mpxj.mpx.MPXWriter;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.primavera.PrimaveraPMFileWriter;
import org.mpxj.writer.ProjectWriter;

/**
 * Writes an {@link ImportedProject} (a file read by {@link ProjectFileReader}, or a Lodestar plan through {@link
 * PlanExports}) as MSPDI XML, Primavera PMXML or MPX, through an MPXJ {@link ProjectFile}: the outline, tasks with
 * durations, milestones, constraints, deadlines, actual dates, progress, notes and baselines (by number, dates and
 * durations), dependencies with their types and lags (working, elapsed, percentage), calendars (their week and every
 * exception day, as the model holds them already resolved), the project's start, finish and status date, and the
 * source unique ids (a task keeps its {@code sourceUniqueId} when it is unique and positive; MSPDI reserves 0 for the
 * project summary), and the work resources with their assignments to tasks (units and work).
 */
public final class ProjectFileWriter {

    /** The file's bytes in the format. */
    public byte[] write(ImportedProject project, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(project, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the project to the stream (not closed). */
    public void write(ImportedProject project, ExportFormat format, OutputStream out) throws IOException {
        ProjectWriter writer = switch (format) {
            case MSPDI -> new MSPDIWriter();
            case PMXML -> new PrimaveraPMFileWriter();
            case MPX -> mpxWriter();
        };
        writer.write(projectFile(project), out);
    }

    /** MPX in English, with the file's own date format (the locale's would drop the time of day). */
    private static MPXWriter mpxWriter() {
        MPXWriter writer = new MPXWriter();
        writer.setUseLocaleDefaults(false);
        return writer;
    }

    /** The project as MPXJ's model, which each of its writers takes. */
    static ProjectFile projectFile(ImportedProject project) {
        ProjectFile file = new ProjectFile();
        ProjectProperties properties = file.getProjectProperties();

        List<ProjectCalendar> calendars = new ArrayList<>();
        Set<Integer> calendarIds = new HashSet<>();
        for (ImportedProject.Calendar source : project.calendars()) {
            calendars.add(calendar(file, source, calendarIds));
        }
        if (calendars.isEmpty()) calendars.add(file.addDefaultBaseCalendar());
        ProjectCalendar projectCalendar = calendars.get(Math.max(0, Math.min(project.defaultCalendar(), calendars.size() - 1)));
        file.setDefaultCalendar(projectCalendar);
        ImportedProject.Calendar projectModel = project.calendars().isEmpty() ? null : project.calendars().get(project.defaultCalendar());
        if (projectModel != null) {
            properties.setMinutesPerDay(projectModel.minutesPerDay());
            properties.setMinutesPerWeek(projectModel.minutesPerWeek());
            properties.setDaysPerMonth(projectModel.daysPerMonth());
        }

        properties.setProjectTitle(title(project.fileName()));
        properties.setName(title(project.fileName()));
        properties.setStartDate(project.start());
        properties.setFinishDate(project.finish());
        properties.setStatusDate(project.statusDate());
        if (project.statusDate() != null) properties.setCurrentDate(project.statusDate());
        properties.setScheduleFrom(project.finishFirst() ? ScheduleFrom.FINISH : ScheduleFrom.START);
        if (project.primavera()) { // P6's options, which the PMXML and XER writers keep
            properties.setSchedulingProgressedActivities(project.progressOverride()
                    ? SchedulingProgressedActivities.PROGRESS_OVERRIDE : SchedulingProgressedActivities.RETAINED_LOGIC);
            properties.setRelationshipLagCalendar(switch (project.lagCalendar()) {
                case PREDECESSOR -> RelationshipLagCalendar.PREDECESSOR;
                case SUCCESSOR -> RelationshipLagCalendar.SUCCESSOR;
                case PROJECT -> RelationshipLagCalendar.PROJECT_DEFAULT;
                case TWENTY_FOUR_HOURS -> RelationshipLagCalendar.TWENTY_FOUR_HOUR;
            });
        }
        // MPX writes dates in the file's own format: with the time of day, or every date would fall at midnight
        properties.setDateFormat(ProjectDateFormat.DD_MM_YY_HH_MM);
        properties.setTimeFormat(ProjectTimeFormat.TWENTY_FOUR_HOUR);

        Set<Integer> taskIds = new HashSet<>();
        for (ImportedProject.Task source : project.tasks()) {
            Integer id = source.sourceUniqueId();
            if (id != null && id > 0) taskIds.add(id);
        }
        Set<Integer> kept = new HashSet<>();
        int next = taskIds.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;

        List<Task> tasks = new ArrayList<>();
        for (ImportedProject.Task source : project.tasks()) {
            Task task = source.parent() < 0 ? file.addTask() : tasks.get(source.parent()).addTask();
            tasks.add(task);
            Integer id = source.sourceUniqueId();
            if (id == null || id <= 0 || !kept.add(id)) id = next++;
            task.setUniqueID(id);
            task.setID(source.row() + 1);
            task.setName(source.name());
            if (source.wbs() != null) task.setWBS(source.wbs());
            if (source.sourceId() != null) task.setActivityID(source.sourceId());
            task.setOutlineLevel(source.outlineLevel());
            task.setSummary(source.summary());
            task.setMilestone(source.milestone());
            task.setTaskMode(source.manual() ? TaskMode.MANUALLY_SCHEDULED : TaskMode.AUTO_SCHEDULED);
            ProjectCalendar calendar = projectCalendar;
            if (source.calendar() >= 0 && source.calendar() < calendars.size()) {
                calendar = calendars.get(source.calendar());
                task.setCalendar(calendar);
            }
            Duration duration = source.summary() ? summaryDuration(calendar, source) : duration(source.duration(), source.elapsed());
            task.setDuration(duration);
            task.setStart(source.start());
            task.setFinish(source.finish());
            task.setConstraintType(constraint(source.constraint()));
            task.setConstraintDate(source.constraintDate());
            task.setDeadline(source.deadline());
            task.setActualStart(source.actualStart());
            task.setActualFinish(source.actualFinish());
            task.setPercentageComplete(source.percentComplete());
            if (!source.summary()) {
                int remaining = source.remaining() >= 0 ? source.remaining()
                        : source.actualFinish() != null || source.percentComplete() >= 100 ? 0 : source.duration();
                task.setRemainingDuration(duration(remaining, source.elapsed()));
                if (source.actualStart() != null) {
                    task.setActualDuration(duration(Math.max(0, source.duration() - remaining), source.elapsed()));
                }
            }
            if (source.levelingDelay() > 0) {
                task.setLevelingDelay(Duration.getInstance(source.levelingDelay(), TimeUnit.MINUTES));
            }
            for (ImportedProject.Baseline baseline : source.baselines()) {
                Duration saved = baseline.duration() < 0 ? null : duration(baseline.duration(), false);
                if (baseline.number() == 0) {
                    task.setBaselineStart(baseline.start());
                    task.setBaselineFinish(baseline.finish());
                    task.setBaselineDuration(saved);
                } else {
                    task.setBaselineStart(baseline.number(), baseline.start());
                    task.setBaselineFinish(baseline.number(), baseline.finish());
                    task.setBaselineDuration(baseline.number(), saved);
                }
            }
            if (source.notes() != null && !source.notes().isBlank()) task.setNotes(source.notes());
            if (source.activityType() != null) {
                try {
                    task.setActivityType(ActivityType.valueOf(source.activityType()));
                } catch (IllegalArgumentException e) {
                    // a type of another tool: left to the writer's default
                }
            }
        }

        fields(file, project, tasks);

        for (ImportedProject.Link link : project.links()) {
            Task predecessor = tasks.get(link.predecessor());
            Task successor = tasks.get(link.successor());
            successor.addPredecessor(new Relation.Builder().predecessorTask(predecessor).type(relation(link.type()))
                    .lag(lag(link)));
        }

        Map<Integer, Resource> resources = new HashMap<>();
        int resourceId = 1;
        for (ImportedProject.Resource source : project.resources()) {
            if (source.sourceUniqueId() == null || source.sourceUniqueId() <= 0) continue;
            Resource resource = file.addResource();
            resource.setUniqueID(source.sourceUniqueId());
            resource.setID(resourceId++);
            resource.setName(source.name());
            resource.setType(ResourceType.WORK);
            resources.put(source.sourceUniqueId(), resource);
        }
        for (ImportedProject.Assignment source : project.assignments()) {
            Resource resource = resources.get(source.resourceUniqueId());
            if (resource == null || source.task() < 0 || source.task() >= tasks.size()) continue;
            ResourceAssignment assignment = tasks.get(source.task()).addResourceAssignment(resource);
            assignment.setUnits(source.units());
            assignment.setWork(Duration.getInstance(source.work() / 60.0, TimeUnit.HOURS));
        }
        return file;
    }

    /**
     * The custom fields, as Project's numbered task fields under their labels (aliases): text in Text fields,
     * numbers in Number fields, dates in Date fields. A field id that is not one of Project's is left out, and so
     * are outline codes (Project keeps them only with a code mask and lookup table, which the model does not hold).
     */
    private static void fields(ProjectFile file, ImportedProject project, List<Task> tasks) {
        for (ImportedProject.Field field : project.fields()) {
            TaskField type;
            try {
                type = TaskField.valueOf(field.id());
            } catch (IllegalArgumentException notProjects) {
                continue;
            }
            if (field.id().startsWith("OUTLINE_CODE")) continue;
            file.getCustomFields().getOrCreate(type).setAlias(field.label());
            for (ImportedProject.Task source : project.tasks()) {
                Object value = fieldValue(type, source.fields().get(field.id()));
                if (value != null) tasks.get(source.row()).set(type, value);
            }
        }
    }

    /** A value in the field's type (as {@link FileFields#text} wrote it); none when it does not read as one. */
    private static Object fieldValue(TaskField type, String value) {
        if (value == null) return null;
        try {
            return switch (type.getDataType()) {
                case STRING -> value;
                case NUMERIC, CURRENCY, PERCENTAGE -> Double.valueOf(value);
                case DATE -> LocalDate.parse(value).atStartOfDay();
                case BOOLEAN -> "Yes".equals(value);
                default -> null; // durations and the like: not written
            };
        } catch (NumberFormatException | DateTimeParseException notOfTheType) {
            return null;
        }
    }

    private static ProjectCalendar calendar(ProjectFile file, ImportedProject.Calendar source, Set<Integer> ids) {
        ProjectCalendar calendar = file.addCalendar();
        if (source.sourceUniqueId() != null && source.sourceUniqueId() > 0 && ids.add(source.sourceUniqueId())) {
            calendar.setUniqueID(source.sourceUniqueId());
        }
        ids.add(calendar.getUniqueID());
        calendar.setName(source.name());
        calendar.setCalendarMinutesPerDay(source.minutesPerDay());
        calendar.setCalendarMinutesPerWeek(source.minutesPerWeek());
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingTime> periods = source.week().getOrDefault(day, List.of());
            calendar.setCalendarDayType(day, periods.isEmpty() ? DayType.NON_WORKING : DayType.WORKING);
            ProjectCalendarHours hours = calendar.addCalendarHours(day);
            for (WorkingTime period : periods) hours.add(range(period));
        }
        for (ImportedProject.Exception exception : source.exceptions()) {
            ProjectCalendarException added = calendar.addCalendarException(exception.from(), exception.to());
            for (WorkingTime period : exception.periods()) added.add(range(period));
        }
        return calendar;
    }

    private static LocalTimeRange range(WorkingTime period) {
        return new LocalTimeRange(period.from(), period.to());
    }

    /** A summary's duration is its span's working time, as Microsoft Project shows it. */
    private static Duration summaryDuration(ProjectCalendar calendar, ImportedProject.Task task) {
        if (task.start() == null || task.finish() == null || !task.finish().isAfter(task.start())) {
            return Duration.getInstance(0, TimeUnit.HOURS);
        }
        Duration span = calendar.getDuration(task.start(), task.finish());
        return span == null ? Duration.getInstance(0, TimeUnit.HOURS) : span;
    }

    /** Minutes as hours (MSPDI and PMXML keep hours; an MPX reader converts them with the file's day). */
    private static Duration duration(int minutes, boolean elapsed) {
        return Duration.getInstance(minutes / 60.0, elapsed ? TimeUnit.ELAPSED_HOURS : TimeUnit.HOURS);
    }

    private static Duration lag(ImportedProject.Link link) {
        return switch (link.lagUnit()) {
            case PERCENT -> Duration.getInstance(link.lag() / 100.0, TimeUnit.PERCENT);
            case ELAPSED -> Duration.getInstance(link.lag() / 60.0, TimeUnit.ELAPSED_HOURS);
            default -> Duration.getInstance(link.lag() / 60.0, TimeUnit.HOURS);
        };
    }

    private static RelationType relation(org.lodestar.engine.schedule.DependencyType type) {
        return switch (type) {
            case SS -> RelationType.START_START;
            case FF -> RelationType.FINISH_FINISH;
            case SF -> RelationType.START_FINISH;
            case FS -> RelationType.FINISH_START;
        };
    }

    private static ConstraintType constraint(org.lodestar.engine.schedule.ConstraintType type) {
        return switch (type) {
            case AS_LATE_AS_POSSIBLE -> ConstraintType.AS_LATE_AS_POSSIBLE;
            case START_NO_EARLIER_THAN -> ConstraintType.START_NO_EARLIER_THAN;
            case START_NO_LATER_THAN -> ConstraintType.START_NO_LATER_THAN;
            case FINISH_NO_EARLIER_THAN -> ConstraintType.FINISH_NO_EARLIER_THAN;
            case FINISH_NO_LATER_THAN -> ConstraintType.FINISH_NO_LATER_THAN;
            case MUST_START_ON -> ConstraintType.MUST_START_ON;
            case MUST_FINISH_ON -> ConstraintType.MUST_FINISH_ON;
            case START_ON -> ConstraintType.START_ON;
            case FINISH_ON -> ConstraintType.FINISH_ON;
            case AS_SOON_AS_POSSIBLE -> ConstraintType.AS_SOON_AS_POSSIBLE;
        };
    }

    private static String title(String fileName) {
        if (fileName == null || fileName.isBlank()) return "Lodestar";
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
