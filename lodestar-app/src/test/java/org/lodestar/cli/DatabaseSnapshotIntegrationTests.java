package org.lodestar.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestar.Lodestar;
import org.lodestar.support.IntegrationTestSupport;
import org.lodestar.support.MigrationDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code export-all} and {@code import-all}: the demo organisation exported, restored into a fresh database and
 * exported again gives the same file, byte for byte; attachments travel too; a snapshot is refused by a database
 * that is not empty or not at its schema version, and a truncated snapshot leaves the target as it was.
 */
class DatabaseSnapshotIntegrationTests extends IntegrationTestSupport {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Autowired
    private DataSource dataSource;

    @TempDir
    private Path folder;

    @Test
    void theDemoOrganisationRestoredIntoAnEmptyDatabaseExportsToTheSameFile() throws Exception {
        byte[] snapshot = export(dataSource);
        MigrationDatabase restored = MigrationDatabase.fresh("restored");

        DatabaseSnapshot.Summary summary = DatabaseSnapshot.importInto(dataSource(restored),
                new ByteArrayInputStream(snapshot), QUIET);

        assertThat(summary.rows()).isGreaterThan(1000);
        // exported again through the command line, as an operator would
        Path again = folder.resolve("again.lodestar.gz");
        int exit = LodestarCommand.commandLine(Lodestar.class).execute("export-all", "-o", again.toString(),
                "--db", restored.url(), "--user", restored.user(), "--password", restored.password());
        assertThat(exit).isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(snapshot);

        // a file attached afterwards: a new row gets an id past the restored ones, and its bytes travel as they are
        byte[] content = {0, 1, (byte) 0xff, (byte) 0x80, 10, 13, 34, 92};
        try (Connection connection = restored.connect();
             PreparedStatement insert = connection.prepareStatement("insert into project_request_attachment "
                     + "(project_request, field_key, file_name, content_type, size_bytes, content, uploaded_by, "
                     + "uploaded_at) values ((select min(id) from project_request), 'brief', 'brief.bin', "
                     + "'application/octet-stream', ?, ?, (select min(id) from app_user), ?)")) {
            insert.setLong(1, content.length);
            insert.setBytes(2, content);
            insert.setTimestamp(3, Timestamp.from(Instant.parse("2026-03-02T09:30:00Z")));
            insert.executeUpdate();
        }
        // a preferred language (a check with an IN list, which H2 bound to the closed session that migrated the
        // target: until V35 the check failed on every non-null value once that session was closed)
        try (Connection connection = restored.connect(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("update app_user set preferred_locale = 'ja' where id = (select min(id) from app_user)");
        }
        byte[] withAttachment = export(dataSource(restored));
        MigrationDatabase copy = MigrationDatabase.fresh("copy");
        DatabaseSnapshot.importInto(dataSource(copy), new ByteArrayInputStream(withAttachment), QUIET);
        assertThat(export(dataSource(copy))).isEqualTo(withAttachment);
        try (Connection connection = copy.connect(); Statement sql = connection.createStatement();
             var result = sql.executeQuery("select content from project_request_attachment where file_name = 'brief.bin'")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getBytes(1)).isEqualTo(content);
        }
        try (Connection connection = copy.connect(); Statement sql = connection.createStatement();
             var result = sql.executeQuery("select preferred_locale from app_user where id = (select min(id) from app_user)")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("ja");
        }
    }

    @Test
    void aSnapshotIsRefusedByAnotherSchemaVersionOrANonEmptyDatabaseAndAHalfFileChangesNothing() throws Exception {
        byte[] snapshot = export(dataSource);

        // the application's own database holds the demo: not empty, and left as it was
        long users = count(dataSource, "app_user");
        assertThatThrownBy(() -> DatabaseSnapshot.importInto(dataSource, new ByteArrayInputStream(snapshot), QUIET))
                .isInstanceOf(DatabaseSnapshot.SnapshotException.class).hasMessageContaining("not empty");
        assertThat(count(dataSource, "app_user")).isEqualTo(users);

        // a database migrated to an older version
        MigrationDatabase older = MigrationDatabase.fresh("older");
        older.migrate("24");
        assertThatThrownBy(() -> DatabaseSnapshot.importInto(dataSource(older), new ByteArrayInputStream(snapshot), QUIET))
                .isInstanceOf(DatabaseSnapshot.SnapshotException.class)
                .hasMessageContaining("schema version 24 and the snapshot at");

        // a snapshot of a schema version this Lodestar does not have, into an empty database: through the command
        MigrationDatabase empty = MigrationDatabase.fresh("empty");
        Path future = folder.resolve("future.lodestar.gz");
        Files.write(future, withSchemaVersion(snapshot, "999"));
        int exit = LodestarCommand.commandLine(Lodestar.class).execute("import-all", future.toString(),
                "--db", empty.url(), "--user", empty.user(), "--password", empty.password());
        assertThat(exit).isEqualTo(1);
        assertThatThrownBy(() -> DatabaseSnapshot.importInto(dataSource(empty),
                new ByteArrayInputStream(withSchemaVersion(snapshot, "999")), QUIET))
                .hasMessageContaining("schema version 999");

        // half a file: refused, and nothing of it stays (the shipped lifecycles the migrations wrote are back)
        byte[] half = Arrays.copyOf(snapshot, snapshot.length / 2);
        assertThatThrownBy(() -> DatabaseSnapshot.importInto(dataSource(empty), new ByteArrayInputStream(half), QUIET))
                .isInstanceOf(DatabaseSnapshot.SnapshotException.class).hasMessageContaining("truncated");
        assertThat(count(dataSource(empty), "app_user")).isZero();
        assertThat(count(dataSource(empty), "project")).isZero();
        assertThat(count(dataSource(empty), "lifecycle")).isEqualTo(3);
        // ... so the database still counts as empty and takes the whole snapshot
        DatabaseSnapshot.importInto(dataSource(empty), new ByteArrayInputStream(snapshot), QUIET);
        assertThat(count(dataSource(empty), "app_user")).isEqualTo(users);
    }

    private static byte[] export(DataSource source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatabaseSnapshot.export(source, out, QUIET);
        return out.toByteArray();
    }

    private static DataSource dataSource(MigrationDatabase database) {
        return new DriverManagerDataSource(database.url(), database.user(), database.password());
    }

    private static long count(DataSource source, String table) throws SQLException {
        try (Connection connection = source.getConnection(); Statement sql = connection.createStatement();
             var result = sql.executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The snapshot with another schema version in its first line. */
    private static byte[] withSchemaVersion(byte[] snapshot, String version) throws IOException {
        String text;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(snapshot))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = text.replaceFirst("\"schemaVersion\":\"[^\"]+\"", "\"schemaVersion\":\"" + version + "\"");
        assertThat(changed).isNotEqualTo(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zipped = new GZIPOutputStream(out)) {
            zipped.write(changed.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
