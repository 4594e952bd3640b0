package org.lodestar.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lodestar export-all -o FILE}: a consistent snapshot of the whole organisation (every table, attachments
 * included) in one file, written while the server keeps running; progress goes to stderr. The file appears under its
 * name only when complete. See {@link DatabaseSnapshot} for the format and docs/operations.md for its use.
 */
@Command(name = "export-all", mixinStandardHelpOptions = true,
        description = "Write a consistent snapshot of the whole database (gzip-compressed JSON Lines) to a file.")
final class ExportAllCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOptions database;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The snapshot file to write.")
    private Path output;

    @Override
    public Integer call() {
        Path absolute = output.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try (HikariDataSource dataSource = database.open()) {
            DatabaseSnapshot.Summary summary;
            try (OutputStream out = Files.newOutputStream(partial)) {
                summary = DatabaseSnapshot.export(dataSource, out, System.err);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.err.printf("export-all: %d tables, %,d rows, schema version %s, written to %s%n",
                    summary.tables(), summary.rows(), summary.schemaVersion(), absolute);
            return 0;
        } catch (IOException | RuntimeException failed) {
            deleteQuietly(partial);
            System.err.println("lodestar export-all: " + oneLine(failed));
            return 1;
        }
    }

    static String oneLine(Exception failed) {
        String message = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the failure already reported is the one that matters
        }
    }
}
