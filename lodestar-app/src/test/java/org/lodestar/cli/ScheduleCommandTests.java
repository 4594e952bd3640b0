package org.lodestar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestar.Lodestar;
import picocli.CommandLine;

/** {@code lodestar schedule FILE}, run in process: no database, no server. */
class ScheduleCommandTests {

    private static final Path DATASETS = Path.of(System.getenv().getOrDefault("LODESTAR_INTERCHANGE_DATASETS",
            "/work/shared/datasets/msproject_primavera"));

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = LodestarCommand.commandLine(Lodestar.class);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void printsEachTaskAndEndsWithTheAgreementLine() {
        int exitCode = run("schedule", DATASETS.resolve("legacy__sample.xml").toString());

        assertThat(exitCode).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(1 + 16 + 1); // heading, 16 non-summary tasks with saved dates, the last line
        assertThat(lines.get(lines.size() - 1)).isEqualTo("tasks: 16, matching: 15 (93.8%)");
        assertThat(lines).filteredOn(line -> line.contains("≠ ")).hasSize(1);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void jsonPrintsOneObjectPerTaskThenTheSameLastLine() {
        int exitCode = run("schedule", DATASETS.resolve("XERNative__sample.xer").toString(), "--json");

        assertThat(exitCode).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.subList(0, lines.size() - 1)).hasSize(25)
                .allSatisfy(line -> assertThat(line).startsWith("{\"uniqueId\":").endsWith("}")
                        .contains("\"savedStart\":\"", "\"computedFinish\":\"", "\"matches\":true"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("tasks: 25, matching: 25 (100.0%)");
    }

    @Test
    void anEmptyFileExitsNonZeroWithOneLineSayingWhy() throws Exception {
        Path empty = Files.createFile(temp.resolve("plan.mpp"));

        int exitCode = run("schedule", empty.toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList()).containsExactly("lodestar schedule: plan.mpp: the file is empty (0 bytes)");
    }

    @Test
    void aCorruptOrMissingFileExitsNonZero() throws Exception {
        byte[] original = Files.readAllBytes(DATASETS.resolve("legacy__sample.xml"));
        Path corrupt = Files.write(temp.resolve("corrupt.xml"), java.util.Arrays.copyOf(original, original.length / 3));

        assertThat(run("schedule", corrupt.toString())).isEqualTo(1);
        assertThat(run("schedule", temp.resolve("absent.xer").toString())).isEqualTo(1);
        assertThat(err.toString().lines().toList()).hasSize(2)
                .allSatisfy(line -> assertThat(line).startsWith("lodestar schedule: "))
                .anySatisfy(line -> assertThat(line).contains("corrupt or unreadable project file"))
                .anySatisfy(line -> assertThat(line).contains("no such file"));
    }
}
