package org.lodestar.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedTest;

/** Each format the writer writes reads back with MPXJ to the same tasks, links and dates. */
class ProjectFileWriterTests {

    private final ProjectFileReader reader = new ProjectFileReader();
    private final ProjectFileWriter writer = new ProjectFileWriter();

    @TempDir
    Path temp;

    /** The other formats read back to the same outline, names, leaf durations, links and dates. */
    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void writesEachFormat(ExportFormat format) throws Exception {
        ImportedProject before = reader.read(InterchangeDatasets.file("legacy__sample.xml"));
        Path written = temp.resolve("sample." + format.extension());
        Files.write(written, writer.write(before, format));
        ImportedProject after = reader.read(written);

        assertThat(after.format()).isEqualTo(format.name());
        // Primavera orders the activities of a WBS element by activity id, not by row: compared by name
        assertThat(leaves(after)).containsExactlyInAnyOrderElementsOf(leaves(before));
        assertThat(links(after)).containsExactlyInAnyOrderElementsOf(links(before));
    }

    private static List<String> leaves(ImportedProject project) {
        return project.tasks().stream().map(task -> (task.parent() < 0 ? "" : project.tasks().get(task.parent()).name() + " / ")
                + task.name() + (task.summary() ? "" : " " + task.duration() + " min") + " " + task.start() + ".." + task.finish()).toList();
    }

    private static List<String> links(ImportedProject project) {
        return project.links().stream().map(link -> project.tasks().get(link.predecessor()).name() + " -> "
                + project.tasks().get(link.successor()).name() + " " + link.type() + " " + link.lag() + " " + link.lagUnit()).toList();
    }
}
