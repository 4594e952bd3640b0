package org.lodestar.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestar.engine.schedule.ConstraintType;
import org.lodestar.engine.schedule.DependencyType;
import org.lodestar.engine.schedule.LagCalendar;
import org.lodestar.engine.schedule.LagUnit;
import org.lodestar.planning.Baselines;
import org.lodestar.planning.CalendarView;
import org.lodestar.planning.PlanView;
import org.lodestar.portfolio.CustomFieldScope;
import org.lodestar.portfolio.CustomFieldType;
import org.lodestar.portfolio.CustomFieldView;

/** A plan as planning's API shows it (text lags and constraints) is mapped onto the model and written faithfully. */
class PlanExportsTests {

    @TempDir
    Path temp;

    @Test
    void lagsConstraintsCalendarsAndProgressOfAPlanReachTheFile() throws Exception {
        PlanView plan = new PlanView(7, "PRJ-0007", "Warehouse", 3, 100, "2026-03-02T08:00", "2026-03-20T17:00",
                "2026-03-05T17:00", "2026-03-05", 480, 2400, 20, null, false, "PRIMAVERA_P6", "PROGRESS_OVERRIDE",
                "PROJECT", List.of(
                task(11, 1, null, true, "Build", 0, null, "2026-03-02T08:00", "2026-03-20T17:00", 0, null, null, null),
                task(12, 2, 11L, false, "Dig", 1440, null, "2026-03-02T08:00", "2026-03-04T17:00", 100,
                        "2026-03-02T08:00", "2026-03-04T17:00", null),
                task(13, 3, 11L, false, "Pour", 960, "SNET 2026-03-06", "2026-03-06T08:00", "2026-03-09T17:00", 50,
                        "2026-03-06T08:00", null, 200L, "Check the forms\n\tthen pour: 30 m³"),
                task(14, 4, 11L, false, "Cure", 2400, "FNLT 2026-03-20", "2026-03-10T08:00", "2026-03-16T17:00", 0,
                        null, null, null)),
                List.of(new PlanView.Link(1, 12, 13, "FS", "+1.5d"), new PlanView.Link(2, 13, 14, "SS", "-2h"),
                        new PlanView.Link(3, 12, 14, "FF", "+2ed"), new PlanView.Link(4, 11, 14, "SF", "+25%")),
                List.of(), List.of());
        CalendarView standard = calendar(100, "Standard", List.of());
        CalendarView night = calendar(200, "Night", List.of(new CalendarView.Exception("Holiday",
                LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9), List.of())));

        Baselines.TaskValues digSaved = new Baselines.TaskValues(LocalDateTime.of(2026, 3, 2, 8, 0),
                LocalDateTime.of(2026, 3, 3, 17, 0), 960);
        Baselines.TaskValues pourSaved = new Baselines.TaskValues(LocalDateTime.of(2026, 3, 5, 8, 0),
                LocalDateTime.of(2026, 3, 6, 17, 0), 960);
        ImportedProject project = PlanExports.project(plan, id -> id == 100 ? standard : night,
                Map.of(0, Map.of(12L, digSaved), 3, Map.of(12L, pourSaved, 13L, pourSaved)));
        assertThat(project.tasks().get(1).baselines()).containsExactly(
                new ImportedProject.Baseline(0, digSaved.start(), digSaved.finish(), 960),
                new ImportedProject.Baseline(3, pourSaved.start(), pourSaved.finish(), 960));
        assertThat(project.tasks().get(3).baselines()).isEmpty();
        assertThat(project.tasks().get(2).notes()).isEqualTo("Check the forms\n\tthen pour: 30 m³");

        assertThat(project.links()).containsExactly(
                new ImportedProject.Link(1, 2, DependencyType.FS, 720, LagUnit.WORKING),
                new ImportedProject.Link(2, 3, DependencyType.SS, -120, LagUnit.WORKING),
                new ImportedProject.Link(1, 3, DependencyType.FF, 2880, LagUnit.ELAPSED),
                new ImportedProject.Link(0, 3, DependencyType.SF, 2500, LagUnit.PERCENT));
        assertThat(project.tasks().get(2).constraint()).isEqualTo(ConstraintType.START_NO_EARLIER_THAN);
        assertThat(project.tasks().get(2).constraintDate()).isEqualTo(LocalDateTime.of(2026, 3, 6, 0, 0));
        assertThat(project.tasks().get(2).remaining()).isEqualTo(480);
        assertThat(project.tasks().get(3).constraint()).isEqualTo(ConstraintType.FINISH_NO_LATER_THAN);
        assertThat(project.tasks().get(2).calendar()).isEqualTo(1);
        assertThat(project.calendars().get(1).exceptions()).hasSize(1);

        Path file = temp.resolve("plan.xml");
        Files.write(file, new ProjectFileWriter().write(project, ExportFormat.MSPDI));
        ImportedProject read = new ProjectFileReader().read(file);
        assertThat(InterchangeComparison.links(read)).containsExactlyElementsOf(InterchangeComparison.links(project));
        assertThat(InterchangeComparison.tasks(read)).containsExactlyElementsOf(InterchangeComparison.tasks(project));
        assertThat(read.tasks()).extracting(ImportedProject.Task::sourceUniqueId).containsExactly(11, 12, 13, 14);
        assertThat(read.statusDate()).isEqualTo(LocalDateTime.of(2026, 3, 5, 17, 0));
        assertThat(InterchangeComparison.hours(read.calendars().get(1), LocalDate.of(2026, 3, 9))).isEqualTo("off");

        // the plan's P6 rules go out with a PMXML file and come back with it
        assertThat(project.primavera()).isTrue();
        Path pmxml = temp.resolve("plan.pmxml");
        Files.write(pmxml, new ProjectFileWriter().write(project, ExportFormat.PMXML));
        ImportedProject p6 = new ProjectFileReader().read(pmxml);
        assertThat(p6.primavera()).isTrue();
        assertThat(p6.progressOverride()).isTrue();
        assertThat(p6.lagCalendar()).isEqualTo(LagCalendar.PROJECT);
    }

    @Test
    void assignmentsAreWrittenAsResourcesWithUnitsAndWork() throws Exception {
        PlanView.Task dig = task(12, 1, null, false, "Dig", 2400, null, "2026-03-02T08:00", "2026-03-06T17:00", 0,
                null, null, null);
        List<PlanView.Assignment> assigned = List.of(
                new PlanView.Assignment(1, 12, 501, "Ana Silva", 50, 20.0, "SOFT", "FLAT", "Ana Silva [50%]", false),
                new PlanView.Assignment(2, 12, 502, "Analyst", 100, 40.0, "HARD", "FLAT", "Analyst [100%]", false));
        PlanView.Task withAssignments = new PlanView.Task(dig.id(), dig.row(), dig.wbs(), dig.level(), dig.parentId(),
                dig.summary(), dig.milestone(), dig.name(), dig.duration(), dig.durationMinutes(), dig.elapsed(),
                dig.start(), dig.finish(), dig.earlyStart(), dig.earlyFinish(), dig.lateStart(), dig.lateFinish(),
                dig.totalFloat(), dig.freeFloat(), dig.critical(), dig.percentComplete(), dig.predecessors(),
                dig.resources(), dig.constraint(), dig.deadline(), dig.actualStart(), dig.actualFinish(),
                dig.calendarId(), dig.baselineStart(), dig.baselineFinish(), dig.sourceUid(), dig.source(), assigned);
        PlanView plan = new PlanView(7, "PRJ-0007", "Warehouse", 3, 100, "2026-03-02T08:00", "2026-03-06T17:00",
                null, "2026-03-05", 480, 2400, 20, null, false, "MICROSOFT_PROJECT", "RETAINED_LOGIC",
                "PREDECESSOR", List.of(withAssignments), List.of(), List.of(),
                List.of());
        CalendarView standard = calendar(100, "Standard", List.of());

        ImportedProject project = PlanExports.project(plan, id -> standard, Map.of());
        assertThat(project.resources()).extracting(ImportedProject.Resource::name).containsExactly("Ana Silva", "Analyst");
        assertThat(project.assignments()).containsExactly(new ImportedProject.Assignment(0, 1, 1200, 50),
                new ImportedProject.Assignment(0, 2, 2400, 100));

        Path file = temp.resolve("assigned.xml");
        Files.write(file, new ProjectFileWriter().write(project, ExportFormat.MSPDI));
        ImportedProject read = new ProjectFileReader().read(file);
        assertThat(read.resources()).extracting(ImportedProject.Resource::name).contains("Ana Silva", "Analyst");
        assertThat(read.assignments()).extracting(ImportedProject.Assignment::work, ImportedProject.Assignment::units)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1200, 50.0),
                        org.assertj.core.groups.Tuple.tuple(2400, 100.0));
    }

    @Test
    void aLeveledTasksDelayReachesTheFileAndReadsBack() throws Exception {
        PlanView.Task dig = task(12, 1, null, false, "Dig", 2400, null, "2026-03-02T08:00", "2026-03-06T17:00", 0,
                null, null, null);
        PlanView.Task test = task(13, 2, null, false, "Test", 960, null, "2026-03-16T08:00", "2026-03-17T17:00", 0,
                null, null, null);
        PlanView.Task leveled = new PlanView.Task(test.id(), test.row(), test.wbs(), test.level(), test.parentId(),
                test.summary(), test.milestone(), test.name(), test.duration(), test.durationMinutes(), test.elapsed(),
                test.start(), test.finish(), test.earlyStart(), test.earlyFinish(), test.lateStart(), test.lateFinish(),
                test.totalFloat(), test.freeFloat(), test.critical(), test.percentComplete(), test.predecessors(),
                test.resources(), test.constraint(), test.deadline(), test.actualStart(), test.actualFinish(),
                test.calendarId(), test.baselineStart(), test.baselineFinish(), test.sourceUid(), test.source(),
                List.of(), "5.5d", null, "", List.of(), Map.of());
        PlanView plan = new PlanView(7, "PRJ-0007", "Warehouse", 3, 100, "2026-03-02T08:00", "2026-03-17T17:00",
                null, "2026-03-05", 480, 2400, 20, null, false, "MICROSOFT_PROJECT", "RETAINED_LOGIC",
                "PREDECESSOR", List.of(dig, leveled), List.of(), List.of(), List.of());

        ImportedProject project = PlanExports.project(plan, id -> calendar(100, "Standard", List.of()), Map.of());
        assertThat(project.tasks()).extracting(ImportedProject.Task::levelingDelay).containsExactly(0, 2640);

        Path file = temp.resolve("leveled.xml");
        Files.write(file, new ProjectFileWriter().write(project, ExportFormat.MSPDI));
        assertThat(new ProjectFileReader().read(file).tasks()).extracting(ImportedProject.Task::levelingDelay)
                .containsExactly(0, 2640);
        org.mpxj.Duration written = new org.mpxj.reader.UniversalProjectReader().read(file.toFile()).getTasks().stream()
                .filter(task -> "Test".equals(task.getName())).findFirst().orElseThrow().getLevelingDelay();
        assertThat(written.convertUnits(org.mpxj.TimeUnit.DAYS, new org.mpxj.ProjectFile().getProjectProperties())
                .getDuration()).isEqualTo(5.5);
    }

    @Test
    void taskFieldsGoOutAsProjectsNumberedFieldsUnderTheirLabelsAndReadBack() throws Exception {
        PlanView.Task dig = withFields(task(12, 1, null, false, "Dig", 2400, null, "2026-03-02T08:00",
                "2026-03-06T17:00", 0, null, null, null), Map.of("site", "North yard", "depth", "2.5", "permit", "2026-02-20"));
        PlanView.Task pour = withFields(task(13, 2, null, false, "Pour", 960, null, "2026-03-09T08:00",
                "2026-03-10T17:00", 0, null, null, null), Map.of("site", "South yard"));
        PlanView plan = new PlanView(7, "PRJ-0007", "Warehouse", 3, 100, "2026-03-02T08:00", "2026-03-10T17:00",
                null, "2026-03-05", 480, 2400, 20, null, false, "MICROSOFT_PROJECT", "RETAINED_LOGIC",
                "PREDECESSOR", List.of(dig, pour), List.of(), List.of(), List.of());
        List<CustomFieldView> taskFields = List.of(
                field(1, "unused", "Never held", CustomFieldType.TEXT),
                field(2, "site", "Site", CustomFieldType.CHOICE),
                field(3, "depth", "Depth (m)", CustomFieldType.NUMBER),
                field(4, "permit", "Permit date", CustomFieldType.DATE));

        ImportedProject project = PlanExports.project(plan, id -> calendar(100, "Standard", List.of()), Map.of(),
                taskFields);
        assertThat(project.fields()).extracting(ImportedProject.Field::id, ImportedProject.Field::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TEXT1", "Site"),
                        org.assertj.core.groups.Tuple.tuple("NUMBER1", "Depth (m)"),
                        org.assertj.core.groups.Tuple.tuple("DATE1", "Permit date"));

        // MSPDI and PMXML keep the labels (Project's aliases, P6's user fields), by which an import maps them back
        for (ExportFormat format : List.of(ExportFormat.MSPDI, ExportFormat.PMXML)) {
            ImportedProject read = writtenAndRead(project, format);
            assertThat(byLabel(read, "Dig")).as(format.name())
                    .isEqualTo(Map.of("Site", "North yard", "Depth (m)", "2.5", "Permit date", "2026-02-20"));
            assertThat(byLabel(read, "Pour")).as(format.name()).isEqualTo(Map.of("Site", "South yard"));
        }
        // MPX has no aliases and no date fields: the text and numbers go out as Text1 and Number1
        ImportedProject mpx = writtenAndRead(project, ExportFormat.MPX);
        assertThat(byLabel(mpx, "Dig")).isEqualTo(Map.of("Text1", "North yard", "Number1", "2.5"));
    }

    private ImportedProject writtenAndRead(ImportedProject project, ExportFormat format) throws Exception {
        Path file = temp.resolve("fields." + format.extension());
        Files.write(file, new ProjectFileWriter().write(project, format));
        return new ProjectFileReader().read(file);
    }

    /** A task's custom values as read, by the field's label. */
    private static Map<String, String> byLabel(ImportedProject read, String task) {
        Map<String, String> labels = new HashMap<>();
        read.fields().forEach(field -> labels.put(field.id(), field.label()));
        Map<String, String> values = new HashMap<>();
        read.tasks().stream().filter(each -> each.name().equals(task)).findFirst().orElseThrow().fields()
                .forEach((id, value) -> values.put(labels.get(id), value));
        return values;
    }

    private static PlanView.Task withFields(PlanView.Task task, Map<String, String> fields) {
        return new PlanView.Task(task.id(), task.row(), task.wbs(), task.level(), task.parentId(), task.summary(),
                task.milestone(), task.name(), task.duration(), task.durationMinutes(), task.elapsed(), task.start(),
                task.finish(), task.earlyStart(), task.earlyFinish(), task.lateStart(), task.lateFinish(),
                task.totalFloat(), task.freeFloat(), task.critical(), task.percentComplete(), task.predecessors(),
                task.resources(), task.constraint(), task.deadline(), task.actualStart(), task.actualFinish(),
                task.calendarId(), task.baselineStart(), task.baselineFinish(), task.sourceUid(), task.source(),
                task.assignments(), task.levelingDelay(), task.notes(), task.splits(), task.segments(), fields);
    }

    private static CustomFieldView field(long id, String key, String label, CustomFieldType type) {
        return new CustomFieldView(id, key, label, type, type == CustomFieldType.CHOICE
                ? List.of("North yard", "South yard") : List.of(), false, 100, 0, CustomFieldScope.TASK);
    }

    private static PlanView.Task task(long id, int row, Long parent, boolean summary, String name, int minutes,
                                      String constraint, String start, String finish, int percent, String actualStart,
                                      String actualFinish, Long calendar) {
        return task(id, row, parent, summary, name, minutes, constraint, start, finish, percent, actualStart,
                actualFinish, calendar, null);
    }

    private static PlanView.Task task(long id, int row, Long parent, boolean summary, String name, int minutes,
                                      String constraint, String start, String finish, int percent, String actualStart,
                                      String actualFinish, Long calendar, String notes) {
        return new PlanView.Task(id, row, Integer.toString(row), parent == null ? 1 : 2, parent, summary, false, name,
                minutes / 480 + "d", minutes, false, start, finish, start, finish, start, finish, "0d", "0d", false,
                percent, "", "", constraint == null ? "" : constraint, null, actualStart, actualFinish, calendar, null,
                null, null, null, List.of(), "", notes, "", List.of(), Map.of());
    }

    private static CalendarView calendar(long id, String name, List<CalendarView.Exception> exceptions) {
        List<CalendarView.Day> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(new CalendarView.Day(day, day.getValue() > 5 ? List.of() : List.of(
                    new CalendarView.Hours("08:00", "12:00"), new CalendarView.Hours("13:00", "17:00"))));
        }
        return new CalendarView(id, 7L, name, 480, 2400, 20, week, exceptions, 1, false);
    }
}
