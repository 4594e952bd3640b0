package org.lodestar.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestar.engine.schedule.ConstraintType;
import org.lodestar.engine.schedule.DependencyType;
import org.lodestar.engine.schedule.LagCalendar;
import org.lodestar.engine.schedule.LagUnit;
import org.lodestar.engine.schedule.Plan;

class ProjectFileReaderTests {

    private final ProjectFileReader reader = new ProjectFileReader();

    @TempDir
    Path temp;

    @Test
    void everyDatasetFileIsReadOrRefusedWithAReason() throws Exception {
        Map<String, String> refused = new TreeMap<>();
        int read = 0;
        try (Stream<Path> files = Files.list(InterchangeDatasets.folder())) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.equals("MANIFEST.csv") || name.equals("SOURCES.md")) continue;
                try {
                    ImportedProject project = reader.read(file);
                    assertThat(project.format()).as(name).isNotBlank();
                    assertThat(EngineInput.plan(project).size()).as(name).isEqualTo(project.tasks().size());
                    read++;
                } catch (UnreadableProjectFileException e) {
                    assertThat(e.getMessage()).as(name).isNotBlank().doesNotContain("\n");
                    refused.put(name, e.getMessage());
                }
            }
        }
        assertThat(refused).isEmpty(); // sample.de.mpx, a German MPX file, needs MPXReader with its locale
        assertThat(read).isEqualTo(43);
    }

    @Test
    void readsTasksHierarchyLinksCalendarsAndProgressOfAMicrosoftProjectFile() throws Exception {
        ImportedProject project = reader.read(InterchangeDatasets.file("legacy__sample.xml"));

        assertThat(project.format()).isEqualTo("MSPDI");
        assertThat(project.primavera()).isFalse();
        assertThat(project.tasks()).hasSize(19); // 20 rows less the project summary (ID 0)
        assertThat(project.tasks()).filteredOn(ImportedProject.Task::summary).isNotEmpty()
                .allSatisfy(summary -> assertThat(project.tasks()).anyMatch(task -> task.parent() == summary.row()));
        assertThat(project.tasks()).allSatisfy(task -> assertThat(task.sourceUniqueId()).isNotNull());
        assertThat(project.links()).isNotEmpty()
                .allSatisfy(link -> assertThat(link.predecessor()).isNotEqualTo(link.successor()));
        assertThat(project.resources()).isNotEmpty();
        assertThat(project.assignments()).isNotEmpty();
        assertThat(project.calendars().get(0).week().values()).anyMatch(List::isEmpty);
    }

    @Test
    void everyBaselineNumberIsReadWithItsDatesAndDuration() throws Exception {
        ImportedProject numbered = reader.read(InterchangeDatasets.file("baselines.xml"));
        List<ImportedProject.Baseline> saved = numbered.tasks().stream()
                .filter(task -> !task.baselines().isEmpty()).findFirst().orElseThrow().baselines();
        assertThat(saved).extracting(ImportedProject.Baseline::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        // as saved, even where the file's finish precedes its start (MPXJ's test file): <Baseline><Number>1</Number>
        // <Start>2001-01-01T09:00:00</Start><Finish>2000-01-01T17:30:00</Finish><Duration>PT7H30M0S</Duration>
        assertThat(saved.get(0)).isEqualTo(new ImportedProject.Baseline(1, LocalDateTime.of(2001, 1, 1, 9, 0),
                LocalDateTime.of(2000, 1, 1, 17, 30), 450));
        assertThat(saved.get(9)).isEqualTo(new ImportedProject.Baseline(10, LocalDateTime.of(2001, 1, 10, 9, 0),
                LocalDateTime.of(2000, 1, 10, 17, 30), 4500));

        // a binary .mpp's baseline, saved from the schedule as it stands: every activity's has its duration
        assertThat(reader.read(InterchangeDatasets.file("generated__task-baselines__sf259.mpp")).tasks())
                .allSatisfy(task -> assertThat(task.baselines()).singleElement().satisfies(baseline -> {
                    assertThat(baseline.number()).isZero();
                    if (!task.summary()) assertThat(baseline.duration()).isEqualTo(task.duration());
                }));
        // P6 keeps one project baseline: it is baseline 0
        assertThat(reader.read(InterchangeDatasets.file("XERNative__sample.xer")).tasks())
                .allSatisfy(task -> assertThat(task.baselines()).extracting(ImportedProject.Baseline::number).containsExactly(0));
    }

    @Test
    void customFieldsAreReadUnderTheirLabelsWithTheirValuesAsText() throws Exception {
        ImportedProject mpp = reader.read(InterchangeDatasets.file("generated__task-baselines__sf259.mpp"));
        // Project's numbered fields under their aliases, without Project's default 0: Situação is 0 on ten tasks, and
        // Number1 is 0 on every task, so it is no field of the file's
        assertThat(mpp.fields()).extracting(ImportedProject.Field::id, ImportedProject.Field::label,
                        ImportedProject.Field::type, ImportedProject.Field::values)
                .contains(org.assertj.core.groups.Tuple.tuple("TEXT1", "Pk", "STRING", 23),
                        org.assertj.core.groups.Tuple.tuple("NUMBER3", "Situação", "NUMERIC", 13));
        assertThat(mpp.fields()).extracting(ImportedProject.Field::id).doesNotContain("NUMBER1");
        long holding = mpp.tasks().stream().filter(task -> task.fields().containsKey("TEXT1")).count();
        assertThat(holding).isEqualTo(23);

        // P6's user-defined fields by their names; numbers plain
        ImportedProject xer = reader.read(InterchangeDatasets.file("XERNative__sample.xer"));
        assertThat(xer.fields()).extracting(ImportedProject.Field::id, ImportedProject.Field::type,
                        ImportedProject.Field::values)
                .contains(org.assertj.core.groups.Tuple.tuple("Template", "STRING", 25),
                        org.assertj.core.groups.Tuple.tuple("StartDistance", "NUMERIC", 25));
        assertThat(xer.tasks()).anySatisfy(task -> assertThat(task.fields())
                .containsEntry("StartDistance", "12000").containsEntry("Template", "Floor"));
    }

    @Test
    void aFieldsValueIsTextAnyLodestarFieldTakes() {
        assertThat(FileFields.text(12000.0)).isEqualTo("12000");
        assertThat(FileFields.text(2.50)).isEqualTo("2.5");
        assertThat(FileFields.text(-0.125)).isEqualTo("-0.125");
        assertThat(FileFields.text(Double.NaN)).isNull();
        assertThat(FileFields.text(true)).isEqualTo("Yes");
        assertThat(FileFields.text(false)).isEqualTo("No"); // a P6 user field's; Project's default is not read
        assertThat(FileFields.text(LocalDateTime.of(2027, 3, 31, 17, 0))).isEqualTo("2027-03-31");
        assertThat(FileFields.text("  Floor ")).isEqualTo("Floor");
        assertThat(FileFields.text("   ")).isNull();
        assertThat(FileFields.text(null)).isNull();
    }

    @Test
    void aSplitTasksPausesAreReadInWorkingTimeAfterTheWorkBeforeThem() throws Exception {
        ImportedProject project = reader.read(InterchangeDatasets.file("splits9a.mpp"));
        Map<String, List<ImportedProject.Pause>> pauses = new TreeMap<>();
        project.tasks().forEach(task -> pauses.put(task.name(), task.pauses()));
        int day = 480;
        assertThat(pauses.get("Task 1")).isEmpty();
        // Task 2: work 6-11 January 2006 (4 days), a pause on the 12th, work 13-20 January
        assertThat(pauses.get("Task 2")).containsExactly(new ImportedProject.Pause(4 * day, day));
        // Task 7: 2 days, 4 days' pause, 5 days, 2 days' pause, 3 days
        assertThat(pauses.get("Task 7")).containsExactly(new ImportedProject.Pause(2 * day, 4 * day),
                new ImportedProject.Pause(7 * day, 2 * day));
        // complete or not, the pauses are the task's (Task 13 is 100% complete)
        assertThat(pauses.get("Task 13")).isEqualTo(pauses.get("Task 7"));
    }

    @Test
    void keepsLagUnitsAndLinkTypes() throws Exception {
        ImportedProject project = reader.read(InterchangeDatasets.file("XERNative__wk2.xer"));

        assertThat(project.primavera()).isTrue();
        assertThat(project.links()).extracting(ImportedProject.Link::type)
                .contains(DependencyType.FS, DependencyType.SS);
        assertThat(project.links()).extracting(ImportedProject.Link::lagUnit).containsOnly(LagUnit.WORKING);
    }

    @Test
    void calendarExceptionsReachTheEngine() throws Exception {
        ImportedProject project = reader.read(InterchangeDatasets.file("XERNative__wk2.xer"));

        assertThat(project.calendars()).anySatisfy(calendar -> assertThat(calendar.exceptions()).isNotEmpty());
        Plan plan = EngineInput.plan(project);
        ImportedProject.Calendar withException = project.calendars().stream()
                .filter(calendar -> !calendar.exceptions().isEmpty()).findFirst().orElseThrow();
        ImportedProject.Exception exception = withException.exceptions().get(0);
        LocalDate day = exception.from();
        assertThat(EngineInput.calendar(withException).workingTimes(day)).isEqualTo(exception.periods());
        assertThat(plan.size()).isEqualTo(project.tasks().size());
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path empty = Files.createFile(temp.resolve("empty.mpp"));

        assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(UnreadableProjectFileException.class)
                .hasMessage("the file is empty (0 bytes)");
    }

    @Test
    void aCorruptFileIsRefused() throws Exception {
        byte[] original = Files.readAllBytes(InterchangeDatasets.file("legacy__sample.xml"));
        Path truncated = Files.write(temp.resolve("truncated.xml"), java.util.Arrays.copyOf(original, original.length / 2));

        assertThatThrownBy(() -> reader.read(truncated)).isInstanceOf(UnreadableProjectFileException.class)
                .hasMessageStartingWith("corrupt or unreadable project file");
    }

    @Test
    void aFileOfAnotherKindIsRefused() throws Exception {
        Path text = Files.writeString(temp.resolve("plan.xer"), "just some words, not a schedule\n".repeat(20));

        assertThatThrownBy(() -> reader.read(text)).isInstanceOf(UnreadableProjectFileException.class)
                .hasMessage("not a project file in a format MPXJ reads");
    }

    @Test
    void externalEntitiesAreNotResolved() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET-VALUE");
        String mspdi = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Project [<!ENTITY xxe SYSTEM "%s">]>
                <Project xmlns="http://schemas.microsoft.com/project">
                  <Name>&xxe;</Name>
                  <StartDate>2024-01-01T08:00:00</StartDate>
                  <Tasks><Task><UID>1</UID><ID>1</ID><Name>&xxe;</Name><Duration>PT8H0M0S</Duration></Task></Tasks>
                </Project>
                """.formatted(secret.toUri());
        Path hostile = Files.writeString(temp.resolve("hostile.xml"), mspdi);

        try {
            ImportedProject project = reader.read(hostile);
            assertThat(project.tasks()).allSatisfy(task -> assertThat(task.name()).doesNotContain("TOP-SECRET"));
        } catch (UnreadableProjectFileException refused) {
            assertThat(refused.getMessage()).doesNotContain("TOP-SECRET");
        }
    }

    @Test
    void datesAreKeptToTheMinute() throws Exception {
        ImportedProject project = reader.read(InterchangeDatasets.file("legacy__sample.mpp"));

        assertThat(project.start()).isNotNull();
        assertThat(project.tasks()).allSatisfy(task -> {
            for (LocalDateTime date : new LocalDateTime[] {task.start(), task.finish()}) {
                if (date != null) assertThat(date.getSecond()).isZero();
            }
        });
    }

    @Test
    void readsP6sSchedulingOptionsAndItsOwnConstraintTypes() throws Exception {
        ImportedProject p6 = reader.read(InterchangeDatasets.file("XERNative__sample.xer"));
        assertThat(p6.progressOverride()).isFalse();
        assertThat(p6.lagCalendar()).isEqualTo(LagCalendar.PREDECESSOR);
        assertThat(reader.read(InterchangeDatasets.file("legacy__sample.xml")).lagCalendar())
                .isEqualTo(LagCalendar.SUCCESSOR);

        // P6's "start on" and "finish on" survive a PMXML round trip, apart from the mandatory ones
        LocalDateTime date = LocalDateTime.parse("2021-12-06T08:00");
        List<ImportedProject.Task> tasks = new ArrayList<>();
        ConstraintType[] types = {ConstraintType.START_ON, ConstraintType.FINISH_ON, ConstraintType.MUST_START_ON};
        int constrained = 0;
        for (ImportedProject.Task task : p6.tasks()) {
            ConstraintType type = !task.summary() && constrained < types.length ? types[constrained++] : null;
            tasks.add(type == null ? task : new ImportedProject.Task(task.row(), task.sourceUniqueId(), task.sourceId(),
                    task.name(), task.wbs(), task.outlineLevel(), task.parent(), task.summary(), task.milestone(),
                    task.duration(), task.elapsed(), task.calendar(), type, date, task.deadline(), task.start(),
                    task.finish(), task.actualStart(), task.actualFinish(), task.percentComplete(), task.remaining(),
                    task.baselines(), task.notes(), task.manual(), task.pauses(),
                    task.levelingDelay(), task.activityType()));
        }
        ImportedProject changed = new ImportedProject(p6.fileName(), p6.format(), p6.application(), p6.primavera(),
                p6.progressOverride(), p6.lagCalendar(), p6.start(), p6.finish(), p6.statusDate(), p6.finishFirst(),
                p6.defaultCalendar(), p6.calendars(), tasks, p6.links(), p6.resources(), p6.assignments(), p6.warnings());
        Path file = temp.resolve("constraints.xml");
        Files.write(file, new ProjectFileWriter().write(changed, ExportFormat.PMXML));

        assertThat(reader.read(file).tasks()).filteredOn(task -> !task.summary()).extracting(ImportedProject.Task::constraint)
                .startsWith(types);
    }
}
