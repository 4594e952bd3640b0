package org.lodestar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./lodestar} launcher rebuilds the jar when any module it is built from changed. It runs here in a copy
 * of the project's layout, with stand-ins for Maven (which records that it was called) and for java.
 */
class LauncherScriptTests {

    /** The jar is built after every file of the copy was made (directories too), and one source changes after. */
    private static final Instant BEFORE = Instant.now().minusSeconds(3_600);
    private static final Instant BUILT = Instant.now().plusSeconds(3_600);
    private static final Instant AFTER = BUILT.plusSeconds(3_600);

    @TempDir
    Path project;

    @Test
    void aChangeInAnyModuleRebuildsTheJarAndNoChangeDoesNot() throws Exception {
        Files.copy(Path.of("..", "lodestar"), project.resolve("lodestar"));
        executable(project.resolve("mvnw"), "#!/bin/sh\necho built >> build.log\n");
        Path bin = Files.createDirectories(project.resolve("bin"));
        executable(bin.resolve("java"), "#!/bin/sh\nexit 0\n");
        Path jar = write(project.resolve("lodestar-app/target/lodestar.jar"), BUILT);
        for (String module : new String[] {"lodestar-app", "lodestar-engine", "lodestar-solver"}) {
            write(project.resolve(module + "/src/main/java/Source.java"), BEFORE);
        }
        write(project.resolve("pom.xml"), BEFORE);

        assertThat(launch(bin)).as("nothing changed since the jar").isZero();

        for (String module : new String[] {"lodestar-solver", "lodestar-engine", "lodestar-app"}) {
            write(project.resolve(module + "/src/main/java/Source.java"), AFTER);
            Files.setLastModifiedTime(jar, FileTime.from(BUILT));
            long before = launch(bin);
            write(project.resolve(module + "/src/main/java/Source.java"), BEFORE);
            assertThat(before).as("a change in " + module).isEqualTo(1);
            Files.deleteIfExists(project.resolve("build.log"));
        }
    }

    /** Runs the launcher and answers how many builds it started. */
    private long launch(Path bin) throws IOException, InterruptedException {
        ProcessBuilder launcher = new ProcessBuilder("sh", "lodestar").directory(project.toFile()).redirectErrorStream(true);
        launcher.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = launcher.start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        Path log = project.resolve("build.log");
        return Files.exists(log) ? Files.readAllLines(log).size() : 0;
    }

    private static void executable(Path file, String script) throws IOException {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Path write(Path file, Instant modified) throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) Files.writeString(file, "x");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
