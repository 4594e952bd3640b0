package org.lodestar.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.engine.schedule.ConstraintType;
import org.lodestar.engine.schedule.DependencyType;
import org.lodestar.engine.schedule.LagCalendar;
import org.lodestar.engine.schedule.LagUnit;
import org.lodestar.engine.schedule.WorkCalendar.WorkingTime;
import org.lodestar.planning.CalendarCommand;
import org.lodestar.planning.PlanCommand;
import org.lodestar.planning.PlanView;
import org.lodestar.planning.TaskCommand;

/** The file's tasks as planning's whole-plan command, matched to the stored plan by source unique id. */
class PlanImportMappingTests {

    private static final LocalDateTime START = LocalDateTime.of(2027, 1, 4, 8, 0);

    @Test
    void tasksCarryTheirOutlineDurationsConstraintsProgressAndSource() {
        ImportedProject file = project(List.of(
                task(0, 10, "Build", -1, true, 0, ConstraintType.AS_SOON_AS_POSSIBLE, null, 0),
                task(1, 11, "Design", 0, false, 2400, ConstraintType.START_NO_EARLIER_THAN, START.plusDays(1), 50),
                task(2, 12, "Review", 0, false, 90, ConstraintType.AS_LATE_AS_POSSIBLE, null, 0),
                task(3, 13, "Go-live", -1, false, 0, ConstraintType.MUST_FINISH_ON, START.plusDays(30).withHour(17), 0)),
                List.of(new ImportedProject.Link(1, 2, DependencyType.SS, 480, LagUnit.WORKING),
                        new ImportedProject.Link(2, 3, DependencyType.FS, -2880, LagUnit.ELAPSED),
                        new ImportedProject.Link(1, 3, DependencyType.FF, 2550, LagUnit.PERCENT),
                        new ImportedProject.Link(0, 1, DependencyType.FS, 0, LagUnit.WORKING)));

        PlanImportMapping mapping = new PlanImportMapping(file, 480);
        PlanCommand command = mapping.command(List.of(), List.of(), Map.of(), 1, "plan.mpp", true, 7L);

        assertThat(command.start()).isEqualTo("2027-01-04T08:00");
        assertThat(command.version()).isEqualTo(7L);
        List<PlanCommand.Task> tasks = command.tasks();
        assertThat(tasks).extracting(PlanCommand.Task::name).containsExactly("Build", "Design", "Review", "Go-live");
        assertThat(tasks).extracting(PlanCommand.Task::parentKey).containsExactly(null, "t0", "t0", null);
        assertThat(tasks).extracting(PlanCommand.Task::duration).containsExactly(null, "5d", "90m", "0d");
        assertThat(tasks.get(1).constraint()).isEqualTo("START_NO_EARLIER_THAN 2027-01-05T08:00");
        assertThat(tasks.get(2).constraint()).isEqualTo("AS_LATE_AS_POSSIBLE");
        assertThat(tasks.get(1).percentComplete()).isEqualTo("50");
        assertThat(tasks.get(0).percentComplete()).as("a summary's progress is its subtasks'").isNull();
        assertThat(tasks).extracting(PlanCommand.Task::sourceUid).containsExactly(10L, 11L, 12L, 13L);
        assertThat(tasks).extracting(PlanCommand.Task::source).containsOnly("plan.mpp");
        assertThat(tasks).extracting(PlanCommand.Task::id).containsOnlyNulls();
        assertThat(command.dependencies()).extracting(PlanCommand.Dependency::lag).containsExactly("1d", "-2ed", "25.5%");
        assertThat(command.dependencies()).extracting(PlanCommand.Dependency::type).containsExactly("SS", "FS", "FF");
        assertThat(mapping.warnings()).extracting(PlanImportMapping.Warning::key)
                .contains("interchange.import.warning.outlineLink");
    }

    @Test
    void notesKeepTheirLinesLoseControlCharactersAndAreCutAtTheLimitWithAWarning() {
        String tooLong = "y".repeat(TaskCommand.MAX_NOTES + 5);
        ImportedProject file = project(List.of(
                noted(task(0, 10, "Design", -1, false, 480, ConstraintType.AS_SOON_AS_POSSIBLE, null, 0),
                        "First line\r\n\tsecond\u0001line\r\n  "),
                noted(task(1, 11, "Build", -1, false, 480, ConstraintType.AS_SOON_AS_POSSIBLE, null, 0), tooLong),
                noted(task(2, 12, "Test", -1, false, 480, ConstraintType.AS_SOON_AS_POSSIBLE, null, 0), " \n ")),
                List.of());

        PlanImportMapping mapping = new PlanImportMapping(file, 480);
        List<PlanCommand.Task> tasks = mapping.command(List.of(), List.of(), Map.of(), 1, "plan.mpp", true, 1L).tasks();

        assertThat(tasks.get(0).notes()).isEqualTo("First line\n\tsecond line");
        assertThat(tasks.get(1).notes()).hasSize(TaskCommand.MAX_NOTES);
        assertThat(tasks.get(2).notes()).as("blank: none, so that a re-import removes notes the file no longer has").isEmpty();
        assertThat(mapping.warnings()).contains(new PlanImportMapping.Warning("interchange.import.warning.notesCut", 1,
                TaskCommand.MAX_NOTES));
    }

    @Test
    void splitTasksKeepTheirPausesInWorkingDays() throws Exception {
        ImportedProject file = new ProjectFileReader().read(InterchangeDatasets.file("splits9a.mpp"));
        PlanImportMapping mapping = new PlanImportMapping(file, 480);
        List<PlanCommand.Task> tasks = mapping.command(List.of(), List.of(), Map.of(), 1, "splits9a.mpp", true, 1L).tasks();

        assertThat(tasks.get(0).splits()).as("Task 1 is not split").isEmpty();
        assertThat(tasks.get(1).duration()).as("Task 2: its work, 10 days, not its span").isEqualTo("10d");
        assertThat(tasks.get(1).splits()).isEqualTo("4d+1d");
        assertThat(tasks.get(6).splits()).as("Task 7").isEqualTo("2d+4d, 7d+2d");
        assertThat(new PlanImportMapping(file, 600).splits(file.tasks().get(1))).as("in 10-hour days")
                .isEqualTo("32h+8h");
    }

    private static ImportedProject.Task noted(ImportedProject.Task task, String notes) {
        return new ImportedProject.Task(task.row(), task.sourceUniqueId(), task.sourceId(), task.name(), task.wbs(),
                task.outlineLevel(), task.parent(), task.summary(), task.milestone(), task.duration(), task.elapsed(),
                task.calendar(), task.constraint(), task.constraintDate(), task.deadline(), task.start(), task.finish(),
                task.actualStart(), task.actualFinish(), task.percentComplete(), task.remaining(), task.baselines(), notes,
                task.manual(), task.pauses(), task.levelingDelay(), task.activityType());
    }

    @Test
    void storedTasksAreMatchedBySourceUniqueIdAndTheRestKeptOrLeftToBeDeleted() {
        ImportedProject file = project(List.of(
                task(0, 11, "Design (renamed)", -1, false, 480, ConstraintType.AS_SOON_AS_POSSIBLE, null, 0),
                task(1, 99, "New", -1, false, 480, ConstraintType.AS_SOON_AS_POSSIBLE, null, 0)), List.of());
        List<PlanView.Task> stored = List.of(stored(501, 11L, "Design"), stored(502, 12L, "Old"),
                stored(503, null, "Made here"));
        List<PlanView.Link> links = List.of(new PlanView.Link(1, 501, 503, "FS", "0d"));

        PlanCommand replacing = new PlanImportMapping(file, 480).command(stored, links, Map.of(), 1, "v2.mpp", true, 3L);
        assertThat(replacing.tasks()).extracting(PlanCommand.Task::id).containsExactly(501L, null);
        assertThat(replacing.tasks().get(0).name()).isEqualTo("Design (renamed)");

        PlanCommand keeping = new PlanImportMapping(file, 480).command(stored, links, Map.of(), 1, "v2.mpp", false, 3L);
        assertThat(keeping.tasks()).extracting(PlanCommand.Task::id).containsExactly(501L, null, 502L, 503L);
        assertThat(keeping.tasks().get(3).duration()).isEqualTo("480m");
        assertThat(keeping.dependencies()).singleElement()
                .satisfies(link -> assertThat(link.predecessor() + ">" + link.successor()).isEqualTo("t0>k503"));
    }

    @Test
    void aCalendarKeepsItsWeekAndMergesRunsOfEqualExceptionDays() {
        Map<DayOfWeek, List<WorkingTime>> week = Map.of(DayOfWeek.MONDAY,
                List.of(WorkingTime.of("08:00", "12:00"), WorkingTime.of("13:00", "17:00")));
        LocalDate day = LocalDate.of(2027, 12, 24);
        ImportedProject.Calendar calendar = new ImportedProject.Calendar(0, 1, "Standard", 480, 2400, 20, week,
                List.of(new ImportedProject.Exception(day, day, List.of()),
                        new ImportedProject.Exception(day.plusDays(1), day.plusDays(1), List.of()),
                        new ImportedProject.Exception(day.plusDays(7), day.plusDays(7), List.of())));

        CalendarCommand command = new PlanImportMapping(project(List.of(), List.of()), 480)
                .calendar(calendar, 9, "Standard", null);

        assertThat(command.projectId()).isEqualTo(9L);
        assertThat(command.week()).hasSize(7);
        assertThat(command.week().get(0).hours()).extracting(hours -> hours.from() + "-" + hours.to())
                .containsExactly("08:00-12:00", "13:00-17:00");
        assertThat(command.exceptions()).extracting(exception -> exception.from() + ".." + exception.to())
                .containsExactly("2027-12-24..2027-12-25", "2027-12-31..2027-12-31");
    }

    private static ImportedProject project(List<ImportedProject.Task> tasks, List<ImportedProject.Link> links) {
        return new ImportedProject("plan.mpp", "MPP", "Microsoft Project", false, false, LagCalendar.SUCCESSOR, START, null, null, false, 0,
                List.of(), tasks, links, List.of(), List.of(), List.of());
    }

    private static ImportedProject.Task task(int row, int uid, String name, int parent, boolean summary, int duration,
                                             ConstraintType constraint, LocalDateTime constraintDate, double percent) {
        return new ImportedProject.Task(row, uid, Integer.toString(row + 1), name, "", parent < 0 ? 1 : 2, parent,
                summary, duration == 0 && !summary, duration, false, -1, constraint, constraintDate, null, null, null,
                null, null, percent, -1, List.of(), null, false, List.of(), 0, null);
    }

    private static PlanView.Task stored(long id, Long sourceUid, String name) {
        return new PlanView.Task(id, 1, "1", 0, null, false, false, name, "1d", 480, false, "2027-01-04T08:00",
                "2027-01-04T17:00", null, null, null, null, "0d", "0d", false, 0, "", "", "", null, null, null, null,
                null, null, sourceUid, sourceUid == null ? null : "v1.mpp");
    }
}
