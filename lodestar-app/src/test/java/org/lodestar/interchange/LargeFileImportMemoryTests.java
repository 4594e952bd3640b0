package org.lodestar.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: "the import of a 50 MB file must not need more than a few hundred MB of heap". A Microsoft Project XML
 * file just under the 50 MB upload limit (tens of thousands of linked tasks with notes, written here, never kept) is
 * read and mapped as an import does, in a child JVM whose heap is capped, so a heap the import outgrows fails the
 * test with an OutOfMemoryError rather than passing on this JVM's larger heap.
 */
class LargeFileImportMemoryTests {

    private static final long LIMIT = 50L * 1024 * 1024;
    private static final String HEAP_CAP = "-Xmx384m";

    @Test
    void aFileOfFiftyMegabytesIsReadAndMappedWithinAHeapOf384Megabytes(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("large.xml");
        int tasks = write(file, LIMIT - 512 * 1024);
        assertThat(Files.size(file)).isBetween(LIMIT - 2 * 1024 * 1024, LIMIT);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process probe = new ProcessBuilder(java, HEAP_CAP, "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), LargeFileProbe.class.getName(), file.toString(),
                Long.toString(LIMIT)).redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(probe.exitValue()).as(output).isZero();
        Matcher figures = Pattern.compile("tasks (\\d+) links (\\d+) peak-heap-mb (\\d+)").matcher(output);
        assertThat(figures.find()).as(output).isTrue();
        assertThat(Integer.parseInt(figures.group(1))).isEqualTo(tasks);
        assertThat(Integer.parseInt(figures.group(2))).isEqualTo(tasks - 1);
        System.out.println("50 MB import read and mapped: " + figures.group() + " (cap " + HEAP_CAP + ")");
    }

    /** A Microsoft Project XML file of linked tasks with notes, of about {@code bytes}; how many tasks it has. */
    private static int write(Path file, long bytes) throws IOException {
        String note = "Scope, acceptance criteria and hand-over of this work package, as agreed with the business "
                .repeat(8);
        int count = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Project xmlns="http://schemas.microsoft.com/project">
                    <Name>Large programme</Name><StartDate>2027-01-04T08:00:00</StartDate>
                    <MinutesPerDay>480</MinutesPerDay><MinutesPerWeek>2400</MinutesPerWeek><DaysPerMonth>20</DaysPerMonth>
                    <Tasks>
                    """);
            long written = 400;
            while (written < bytes) {
                count++;
                String task = "<Task><UID>" + count + "</UID><ID>" + count + "</ID><Name>Work package " + count
                        + " of the migration programme</Name><OutlineNumber>" + count + "</OutlineNumber>"
                        + "<OutlineLevel>1</OutlineLevel><Start>2027-01-04T08:00:00</Start>"
                        + "<Finish>2027-01-05T17:00:00</Finish><Duration>PT16H0M0S</Duration>"
                        + "<DurationFormat>7</DurationFormat><Notes>" + note + "</Notes>"
                        + (count > 1 ? "<PredecessorLink><PredecessorUID>" + (count - 1) + "</PredecessorUID>"
                        + "<Type>1</Type><LinkLag>0</LinkLag><LagFormat>7</LagFormat></PredecessorLink>" : "")
                        + "</Task>\n";
                out.write(task);
                written += task.length();
            }
            out.write("</Tasks>\n</Project>\n");
        }
        return count;
    }
}
