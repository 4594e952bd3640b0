package org.lodestar.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code lodestar import-all FILE}: restores a snapshot of {@code export-all} into an empty database (no tables at
 * all: it is migrated to the snapshot's schema version first; or freshly migrated to that version and never
 * started), in one transaction. Anything else is refused with a one-line reason and exit code 1.
 */
@Command(name = "import-all", mixinStandardHelpOptions = true,
        description = "Restore a snapshot written by export-all into an empty database.")
final class ImportAllCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOptions database;

    @Parameters(paramLabel = "FILE", description = "The snapshot file.")
    private Path file;

    @Override
    public Integer call() {
        try (HikariDataSource dataSource = database.open(); InputStream in = Files.newInputStream(file)) {
            DatabaseSnapshot.Summary summary = DatabaseSnapshot.importInto(dataSource, in, System.err);
            System.err.printf("import-all: %d tables, %,d rows, schema version %s, restored into %s%n",
                    summary.tables(), summary.rows(), summary.schemaVersion(), database.url());
            return 0;
        } catch (IOException | RuntimeException failed) {
            System.err.println("lodestar import-all: " + ExportAllCommand.oneLine(failed));
            return 1;
        }
    }
}
