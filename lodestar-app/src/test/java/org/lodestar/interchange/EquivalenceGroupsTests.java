package org.lodestar.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MANIFEST.csv groups the files that hold "the same schedule saved in several formats and versions". One test per
 * group with two or more files. "The same" compares what every format carries and a schedule is made of: the
 * activities (leaf tasks) in outline order with name, milestone flag, duration in minutes, constraint and its date,
 * saved start and finish, actual start and finish and percent complete, to the minute; and the links, named by
 * their tasks, with type, lag and lag unit. Not compared: summaries (Primavera's XER wraps the activities in the
 * project's own WBS node, PMXML does not), unique ids and calendars' numbering (each tool numbers its own), baselines
 * (MPX and P6 files keep other baselines than Project's), resources (not scheduled).
 *
 * <p>Each group declares which files are the same schedule and, for every other file, why not; the test checks
 * both ways (a file said to differ must differ), and that every group of the manifest is declared.
 */
class EquivalenceGroupsTests {

    /** A group: files read to the same schedule, files the same to the day, and files that differ with the reason. */
    record Group(List<String> same, Map<String, String> sameByDay, Map<String, String> different) {
    }

    static final Map<String, Group> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("feature-resource", new Group(List.of("mpp14resource.mpp", "mspdiresource.xml"), Map.of(), Map.of()));
        GROUPS.put("feature-splittask", new Group(List.of("mpp14splittask.mpp", "mspdisplittask.xml"), Map.of(), Map.of()));
        GROUPS.put("legacy-alias", new Group(List.of("legacy__alias.mpp", "legacy__alias.xml"), Map.of(), Map.of()));
        GROUPS.put("legacy-caltest", new Group(List.of("legacy__caltest.mpp", "legacy__caltest.xml"), Map.of(), Map.of()));
        GROUPS.put("legacy-priority", new Group(List.of("legacy__mpxpriority.mpx", "legacy__mspdipriority.xml"), Map.of(), Map.of()));
        GROUPS.put("generated-task-percentcomplete", new Group(List.of(
                "generated__task-percentcomplete__percent-complete-8.4.pmxml",
                "generated__task-percentcomplete__percent-complete-8.4.xer"), Map.of(), Map.of()));
        GROUPS.put("generated-task-baselines", new Group(List.of(
                "generated__task-baselines__task-baselines-project2019-mpp14.mpp",
                "generated__task-baselines__task-baselines-project2019-mspdi.xml"), Map.of(), Map.of(
                "generated__task-baselines__sf259.mpp",
                "another project (nested summaries from 2015-03-01), grouped by its folder only",
                "generated__task-baselines__task-baselines-project2003-mspdi.xml",
                "the generator's Project 2003 run: one task per baseline field Project 2003 has (55, not 110), from 2015-02-09")));
        GROUPS.put("legacy-sample", new Group(List.of("legacy__sample.xml", "legacy__sample98.mpp"), Map.of(
                "legacy__sample.mpx",
                "MPX saved dates without a time of day; it also holds one link more (row 8 to 10): an earlier save"), Map.of(
                "legacy__sample.mpp",
                "a later revision: adds a 'Resource Assignments' summary with two assigned tasks")));
        GROUPS.put("legacy-sample1", new Group(List.of(), Map.of(), Map.of(
                "legacy__sample1.mpp", "a calendar test: three tasks on the 24 Hours, Night Shift and Standard calendars",
                "legacy__sample1.mpx", "four tasks from 2003-01-01 saved without finish dates",
                "legacy__sample1.xml", "the legacy-sample schedule with deadlines")));
        GROUPS.put("XERNative", new Group(List.of(), Map.of(), Map.of(
                "XERNative__sample.xer", "a 2021 project of 31 activities",
                "XERNative__wk2.xer", "a 2013 project of 199 activities")));
        GROUPS.put("p6-PredecessorCalendar", new Group(List.of(), Map.of(), Map.of(
                "PredecessorCalendar.xer", "one activity 'Test' of three days in June 2019",
                "PredecessorCalendar.xml", "one activity 'Test' of 24,900 minutes from February 2021")));
    }

    private final ProjectFileReader reader = new ProjectFileReader();

    static Map<String, List<String>> manifestGroups() throws Exception {
        Map<String, List<String>> groups = new TreeMap<>();
        List<String> lines = Files.readAllLines(InterchangeDatasets.file("MANIFEST.csv"));
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] fields = line.split(",");
            groups.computeIfAbsent(fields[1], group -> new ArrayList<>()).add(fields[0]);
        }
        groups.values().removeIf(files -> files.size() < 2);
        return groups;
    }

    static Stream<String> groups() throws Exception {
        return manifestGroups().keySet().stream();
    }

    @Test
    void everyGroupOfTheManifestIsDeclaredWithAllItsFiles() throws Exception {
        Map<String, List<String>> manifest = manifestGroups();
        assertThat(GROUPS.keySet()).containsExactlyInAnyOrderElementsOf(manifest.keySet());
        manifest.forEach((name, files) -> {
            Group group = GROUPS.get(name);
            List<String> declared = new ArrayList<>(group.same());
            declared.addAll(group.sameByDay().keySet());
            declared.addAll(group.different().keySet());
            assertThat(declared).as(name).containsExactlyInAnyOrderElementsOf(files);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void filesOfAGroupReadToTheSameSchedule(String name) throws Exception {
        Group group = GROUPS.get(name);
        Map<String, ImportedProject> read = new LinkedHashMap<>();
        for (String file : manifestGroups().get(name)) read.put(file, reader.read(InterchangeDatasets.file(file)));

        if (!group.same().isEmpty()) {
            ImportedProject reference = read.get(group.same().get(0));
            for (String file : group.same()) {
                assertThat(activities(read.get(file), date -> date)).as(file + ": activities")
                        .containsExactlyElementsOf(activities(reference, date -> date));
                assertThat(links(read.get(file))).as(file + ": links").containsExactlyElementsOf(links(reference));
            }
            for (String file : group.sameByDay().keySet()) {
                Function<LocalDateTime, Object> day = date -> date.toLocalDate();
                assertThat(activities(read.get(file), day)).as(file + ": activities by the day")
                        .containsExactlyElementsOf(activities(reference, day));
                assertThat(activities(read.get(file), date -> date)).as(file + ": " + group.sameByDay().get(file))
                        .isNotEqualTo(activities(reference, date -> date));
                assertThat(links(read.get(file))).as(file + ": links").containsAll(links(reference));
            }
        }
        List<String> files = new ArrayList<>(read.keySet());
        for (String file : group.different().keySet()) {
            for (String other : files) {
                if (other.equals(file)) continue;
                assertThat(activities(read.get(file), date -> date)).as(file + " differs from " + other + ": "
                        + group.different().get(file)).isNotEqualTo(activities(read.get(other), date -> date));
            }
        }
    }

    /** The leaf tasks in outline order, their dates through {@code date} (exact, or by the day). */
    private static List<String> activities(ImportedProject project, Function<LocalDateTime, Object> date) {
        return project.tasks().stream().filter(task -> !task.summary())
                .map(task -> "'" + task.name() + "'" + (task.milestone() ? " milestone" : "") + " " + task.duration()
                        + (task.elapsed() ? "e" : "") + " min " + task.constraint() + " " + at(task.constraintDate(), date)
                        + " dates " + at(task.start(), date) + ".." + at(task.finish(), date)
                        + " actual " + at(task.actualStart(), date) + ".." + at(task.actualFinish(), date)
                        + " done " + Math.round(task.percentComplete()) + "%")
                .toList();
    }

    private static Object at(LocalDateTime value, Function<LocalDateTime, Object> date) {
        return value == null ? null : date.apply(value);
    }

    /** The links named by their tasks, with type, lag and unit. */
    private static List<String> links(ImportedProject project) {
        return project.links().stream().map(link -> "'" + project.tasks().get(link.predecessor()).name() + "' -> '"
                + project.tasks().get(link.successor()).name() + "' " + link.type() + " " + link.lag() + " " + link.lagUnit())
                .sorted().toList();
    }
}
