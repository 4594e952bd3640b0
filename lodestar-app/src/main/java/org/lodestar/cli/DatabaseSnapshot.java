package org.lodestar.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.lodestar.platform.SchemaMigrations;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A snapshot of a whole Lodestar database, and its restore ({@code lodestar export-all} / {@code import-all}).
 *
 * <p>The file is gzip-compressed JSON Lines, written as it is read (no table is held in memory):
 * <pre>
 * {"format":"lodestar-snapshot","formatVersion":1,"schemaVersion":"26"}
 * {"table":"app_user","columns":[["id","BIGINT"],["username","TEXT"],...],"primaryKey":["id"]}
 * [1,"admin",...]                         one JSON array per row, in primary-key order
 * {"end":"app_user","rows":5}
 * ...                                     every table Flyway created, parents before children
 * {"complete":true,"tables":94,"rows":12345}
 * </pre>
 * Values are written by column type: integers and booleans as JSON, decimals as exact strings, dates and times in
 * ISO-8601 (instants in UTC), binary content in Base64, UUIDs as text. The file holds no clock reading or database
 * name, so two snapshots of the same data are byte-equal. The table list comes from the database's metadata, not
 * from a list kept here, so a table added by a later migration is included without a change to this class.
 */
final class DatabaseSnapshot {

    static final String FORMAT = "lodestar-snapshot";
    static final int FORMAT_VERSION = 1;

    private static final String HISTORY = "flyway_schema_history";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 500;
    private static final long PROGRESS_EVERY = 50_000;

    private DatabaseSnapshot() {
    }

    /** What a snapshot or a restore counted. */
    record Summary(String schemaVersion, int tables, long rows) {
    }

    /** A refusal, or a failure, told to the operator in one line. */
    static final class SnapshotException extends RuntimeException {
        SnapshotException(String message) {
            super(message);
        }

        SnapshotException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    // ------------------------------------------------------------------------------------------------ export

    /**
     * Writes every table of the database (except Flyway's history, whose latest version the header records) to
     * {@code out}, in one read-only, repeatable-read transaction, so that the snapshot is consistent while the
     * application keeps writing.
     */
    static Summary export(DataSource source, OutputStream out, PrintStream progress) {
        try (Connection connection = source.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                Summary summary = export(connection, out, progress);
                connection.commit();
                return summary;
            } finally {
                if (!connection.getAutoCommit()) connection.rollback();
            }
        } catch (SQLException e) {
            throw new SnapshotException("the database could not be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SnapshotException("the snapshot could not be written: " + e.getMessage(), e);
        }
    }

    private static Summary export(Connection connection, OutputStream out, PrintStream progress)
            throws SQLException, IOException {
        Schema schema = Schema.read(connection);
        if (!schema.hasHistory()) {
            throw new SnapshotException("the database has no Flyway history: it is not a Lodestar database");
        }
        String version = schemaVersion(connection, schema);
        GZIPOutputStream zipped = new GZIPOutputStream(out, 1 << 16);
        Writer writer = new BufferedWriter(new OutputStreamWriter(zipped, StandardCharsets.UTF_8), 1 << 16);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("format", FORMAT);
        header.put("formatVersion", FORMAT_VERSION);
        header.put("schemaVersion", version);
        line(writer, header);
        long total = 0;
        List<Table> tables = schema.inDependencyOrder();
        for (Table table : tables) {
            Map<String, Object> start = new LinkedHashMap<>();
            start.put("table", table.name());
            start.put("columns", table.columns().stream().map(column -> List.of(column.name(), column.type())).toList());
            start.put("primaryKey", table.primaryKey());
            line(writer, start);
            long rows = 0;
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(1000);
                try (ResultSet result = statement.executeQuery(table.selectAllInOrder())) {
                    List<Object> values = new ArrayList<>(table.columns().size());
                    while (result.next()) {
                        values.clear();
                        for (int i = 0; i < table.columns().size(); i++) {
                            values.add(read(result, i + 1, table.columns().get(i)));
                        }
                        line(writer, values);
                        rows++;
                        if (rows % PROGRESS_EVERY == 0) progress.printf("  %s: %,d rows...%n", table.name(), rows);
                    }
                }
            }
            Map<String, Object> end = new LinkedHashMap<>();
            end.put("end", table.name());
            end.put("rows", rows);
            line(writer, end);
            progress.printf("  %s: %,d rows%n", table.name(), rows);
            total += rows;
        }
        Map<String, Object> complete = new LinkedHashMap<>();
        complete.put("complete", true);
        complete.put("tables", tables.size());
        complete.put("rows", total);
        line(writer, complete);
        writer.flush();
        zipped.finish();
        out.flush();
        return new Summary(version, tables.size(), total);
    }

    private static void line(Writer writer, Object value) throws IOException {
        writer.write(JSON.writeValueAsString(value));
        writer.write('\n');
    }

    private static Object read(ResultSet result, int index, Column column) throws SQLException {
        Object value = switch (column.type()) {
            case "BIGINT", "INTEGER" -> result.getLong(index);
            case "BOOLEAN" -> result.getBoolean(index);
            case "NUMERIC" -> {
                BigDecimal decimal = result.getBigDecimal(index);
                yield decimal == null ? null : decimal.toPlainString();
            }
            case "DOUBLE" -> result.getDouble(index);
            case "TEXT" -> result.getString(index);
            case "DATE" -> text(result.getObject(index, LocalDate.class));
            case "TIME" -> text(result.getObject(index, LocalTime.class));
            case "TIMESTAMP" -> text(result.getObject(index, LocalDateTime.class));
            case "TIMESTAMPTZ" -> {
                OffsetDateTime instant = result.getObject(index, OffsetDateTime.class);
                yield instant == null ? null : instant.toInstant().toString();
            }
            case "BINARY" -> {
                byte[] bytes = result.getBytes(index);
                yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            }
            case "UUID" -> text(result.getObject(index));
            default -> throw new IllegalStateException(column.type());
        };
        return result.wasNull() ? null : value;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    // ------------------------------------------------------------------------------------------------ import

    /**
     * Restores a snapshot into an empty database: one without any table (it is first migrated to the snapshot's
     * schema version with this Lodestar's migrations), or one migrated to exactly that version that holds nothing
     * but what the migrations themselves write. Every row goes in in one transaction: a damaged or truncated file
     * leaves the target as it was.
     */
    static Summary importInto(DataSource target, InputStream in, PrintStream progress) {
        BufferedReader reader;
        JsonNode header;
        try {
            reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8),
                    1 << 16);
            header = parse(reader.readLine());
        } catch (IOException | RuntimeException e) {
            throw new SnapshotException("the file is not a Lodestar snapshot (" + e.getMessage() + ")", e);
        }
        if (header == null || !FORMAT.equals(header.path("format").asString(null))) {
            throw new SnapshotException("the file is not a Lodestar snapshot");
        }
        if (header.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
            throw new SnapshotException("the snapshot's format version " + header.path("formatVersion")
                    + " is not the one this Lodestar reads (" + FORMAT_VERSION + ")");
        }
        String version = header.path("schemaVersion").asString(null);
        if (version == null) throw new SnapshotException("the snapshot names no schema version");
        try (Connection connection = target.getConnection()) {
            Schema schema = prepare(target, connection, version);
            return restore(connection, schema, reader, version, progress);
        } catch (SQLException e) {
            throw new SnapshotException("the target database refused the snapshot: " + e.getMessage(), e);
        }
    }

    /** Checks the target (migrating it when it has no table yet) and returns its schema. */
    private static Schema prepare(DataSource target, Connection connection, String version) throws SQLException {
        Schema schema = Schema.read(connection);
        Map<String, Long> expected;
        if (!schema.hasHistory()) {
            if (!schema.tables().isEmpty()) {
                throw new SnapshotException("the target database is not empty: it has tables but no Flyway history");
            }
            migrate(target, vendor(connection), version);
            schema = Schema.read(connection);
            expected = counts(connection, schema);
        } else {
            String current = schemaVersion(connection, schema);
            if (!current.equals(version)) {
                throw new SnapshotException("the target database is at schema version " + current
                        + " and the snapshot at " + version + ": restore into an empty database");
            }
            expected = migrationRows(version);
        }
        Map<String, Long> actual = counts(connection, schema);
        for (Map.Entry<String, Long> table : actual.entrySet()) {
            long rows = expected.getOrDefault(table.getKey(), 0L);
            if (table.getValue() != rows) {
                throw new SnapshotException("the target database is not empty: table " + table.getKey() + " has "
                        + table.getValue() + " rows where a freshly migrated database has " + rows);
            }
        }
        return schema;
    }

    private static void migrate(DataSource target, String vendor, String version) {
        MigrationVersion wanted = MigrationVersion.fromVersion(version);
        boolean known = false;
        MigrationVersion latest = MigrationVersion.EMPTY;
        for (MigrationInfo migration : flyway(target, vendor).load().info().all()) {
            if (migration.getVersion() == null) continue;
            if (migration.getVersion().equals(wanted)) known = true;
            if (migration.getVersion().compareTo(latest) > 0) latest = migration.getVersion();
        }
        if (!known) {
            throw new SnapshotException("the snapshot is at schema version " + version + ", which this Lodestar's "
                    + "migrations do not have (its latest is " + latest + "): restore with the Lodestar that wrote it");
        }
        flyway(target, vendor).target(version).load().migrate();
    }

    private static FluentConfiguration flyway(DataSource target, String vendor) {
        return SchemaMigrations.configure(target, vendor);
    }

    /** The rows each table holds right after the migrations up to {@code version}: a private in-memory database. */
    private static Map<String, Long> migrationRows(String version) throws SQLException {
        String url = "jdbc:h2:mem:snapshot_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        DataSource fresh = new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
        try (Connection connection = fresh.getConnection()) {
            migrate(fresh, "h2", version);
            try {
                return counts(connection, Schema.read(connection));
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("shutdown");
                }
            }
        }
    }

    private static Map<String, Long> counts(Connection connection, Schema schema) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            for (Table table : schema.tables().values()) {
                try (ResultSet result = statement.executeQuery("select count(*) from " + quoted(table.actualName()))) {
                    result.next();
                    counts.put(table.name(), result.getLong(1));
                }
            }
        }
        return counts;
    }

    private static Summary restore(Connection connection, Schema schema, BufferedReader reader, String version,
                                   PrintStream progress) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            // what the migrations wrote (shipped lifecycles, request types...) is in the snapshot as it was
            List<Table> order = schema.inDependencyOrder();
            try (Statement statement = connection.createStatement()) {
                for (int i = order.size() - 1; i >= 0; i--) {
                    statement.executeUpdate("delete from " + quoted(order.get(i).actualName()));
                }
            }
            Summary summary = insertAll(connection, schema, reader, version, progress);
            resetIdentities(connection, schema);
            connection.commit();
            return summary;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Summary insertAll(Connection connection, Schema schema, BufferedReader reader, String version,
                                     PrintStream progress) throws SQLException {
        TreeSet<String> missing = new TreeSet<>(schema.tables().keySet());
        long total = 0;
        int tables = 0;
        while (true) {
            JsonNode start = next(reader);
            if (start == null) throw truncated();
            if (start.has("complete")) {
                if (start.path("tables").asLong() != tables || start.path("rows").asLong() != total) {
                    throw new SnapshotException("the snapshot's last line does not match its content");
                }
                break;
            }
            String name = start.path("table").asString(null);
            if (name == null) throw new SnapshotException("the snapshot is damaged: a table was expected");
            Table table = schema.tables().get(name);
            if (table == null || !missing.remove(name)) {
                throw new SnapshotException("the snapshot's table " + name + " is not in the target database "
                        + "(or appears twice)");
            }
            List<Column> columns = new ArrayList<>();
            for (JsonNode column : start.path("columns")) {
                Column known = table.column(column.path(0).asString());
                if (known == null || !known.type().equals(column.path(1).asString())) {
                    throw new SnapshotException("the snapshot's column " + name + "." + column.path(0).asString()
                            + " (" + column.path(1).asString() + ") does not match the target database");
                }
                columns.add(known);
            }
            if (columns.size() != table.columns().size()) {
                throw new SnapshotException("the snapshot's table " + name + " lacks columns of the target database");
            }
            long rows = insertTable(connection, table, columns, reader, progress);
            progress.printf("  %s: %,d rows%n", name, rows);
            total += rows;
            tables++;
        }
        if (!missing.isEmpty()) {
            throw new SnapshotException("the snapshot lacks the target database's tables " + missing);
        }
        if (next(reader) != null) throw new SnapshotException("the snapshot has lines after its last one");
        return new Summary(version, tables, total);
    }

    private static long insertTable(Connection connection, Table table, List<Column> columns, BufferedReader reader,
                                    PrintStream progress) throws SQLException {
        StringBuilder sql = new StringBuilder("insert into ").append(quoted(table.actualName())).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(quoted(columns.get(i).actualName()));
        }
        sql.append(") values (").append("?, ".repeat(columns.size() - 1)).append("?)");
        // a row pointing at a row of its own table that comes later (a task's parent) gets the pointer afterwards
        int key = table.primaryKey().size() == 1 ? columns.indexOf(table.column(table.primaryKey().get(0))) : -1;
        List<Integer> selfReferences = new ArrayList<>();
        for (String column : table.selfReferences()) selfReferences.add(columns.indexOf(table.column(column)));
        List<Object[]> deferred = new ArrayList<>();
        long rows = 0;
        int batched = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            while (true) {
                JsonNode row = next(reader);
                if (row == null) throw truncated();
                if (row.isObject()) {
                    if (!table.name().equals(row.path("end").asString(null)) || row.path("rows").asLong() != rows) {
                        throw new SnapshotException("the snapshot is damaged: table " + table.name()
                                + " does not end as it should");
                    }
                    break;
                }
                if (row.size() != columns.size()) {
                    throw new SnapshotException("the snapshot is damaged: a row of " + table.name()
                            + " has " + row.size() + " values");
                }
                for (int i = 0; i < columns.size(); i++) {
                    JsonNode value = row.get(i);
                    if (selfReferences.contains(i) && !value.isNull() && !earlier(value, key < 0 ? null : row.get(key))) {
                        deferred.add(new Object[] {i, value, row.get(key)});
                        value = null;
                    }
                    bind(insert, i + 1, columns.get(i), value);
                }
                insert.addBatch();
                rows++;
                if (++batched == BATCH) {
                    insert.executeBatch();
                    batched = 0;
                }
                if (rows % PROGRESS_EVERY == 0) progress.printf("  %s: %,d rows...%n", table.name(), rows);
            }
            if (batched > 0) insert.executeBatch();
        }
        for (Object[] pointer : deferred) {
            Column column = columns.get((Integer) pointer[0]);
            Column keyColumn = columns.get(key);
            try (PreparedStatement update = connection.prepareStatement("update " + quoted(table.actualName())
                    + " set " + quoted(column.actualName()) + " = ? where " + quoted(keyColumn.actualName()) + " = ?")) {
                bind(update, 1, column, (JsonNode) pointer[1]);
                bind(update, 2, keyColumn, (JsonNode) pointer[2]);
                update.executeUpdate();
            }
        }
        return rows;
    }

    /** Whether a row's pointer to its own table names a row already inserted (rows come in primary-key order). */
    private static boolean earlier(JsonNode pointer, JsonNode key) {
        if (key == null) {
            throw new SnapshotException("a table pointing at itself needs a one-column primary key");
        }
        return pointer.isIntegralNumber() && key.isIntegralNumber() && pointer.asLong() < key.asLong();
    }

    private static void bind(PreparedStatement statement, int index, Column column, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(index, column.sqlType());
            return;
        }
        switch (column.type()) {
            case "BIGINT" -> statement.setLong(index, value.asLong());
            case "INTEGER" -> statement.setInt(index, value.asInt());
            case "BOOLEAN" -> statement.setBoolean(index, value.asBoolean());
            case "NUMERIC" -> statement.setBigDecimal(index, new BigDecimal(value.asString()));
            case "DOUBLE" -> statement.setDouble(index, value.asDouble());
            case "TEXT" -> statement.setString(index, value.asString());
            case "DATE" -> statement.setObject(index, LocalDate.parse(value.asString()));
            case "TIME" -> statement.setObject(index, LocalTime.parse(value.asString()));
            case "TIMESTAMP" -> statement.setObject(index, LocalDateTime.parse(value.asString()));
            case "TIMESTAMPTZ" -> statement.setObject(index, OffsetDateTime.parse(value.asString()));
            case "BINARY" -> statement.setBytes(index, Base64.getDecoder().decode(value.asString()));
            case "UUID" -> statement.setObject(index, UUID.fromString(value.asString()));
            default -> throw new IllegalStateException(column.type());
        }
    }

    /** Identity columns continue after the largest restored value, so new rows never collide with restored ones. */
    private static void resetIdentities(Connection connection, Schema schema) throws SQLException {
        // (H2 commits before an ALTER TABLE: by now every row is in, so that commit holds the whole snapshot)
        try (Statement statement = connection.createStatement()) {
            for (Table table : schema.inDependencyOrder()) {
                for (Column column : table.columns()) {
                    if (!column.identity()) continue;
                    long next;
                    try (ResultSet result = statement.executeQuery("select coalesce(max(" + quoted(column.actualName())
                            + "), 0) + 1 from " + quoted(table.actualName()))) {
                        result.next();
                        next = result.getLong(1);
                    }
                    statement.execute("alter table " + quoted(table.actualName()) + " alter column "
                            + quoted(column.actualName()) + " restart with " + next);
                }
            }
        }
    }

    private static JsonNode next(BufferedReader reader) {
        try {
            return parse(reader.readLine());
        } catch (IOException e) {
            throw new SnapshotException("the snapshot file is damaged or truncated (" + e.getMessage() + ")", e);
        }
    }

    private static JsonNode parse(String line) {
        if (line == null) return null;
        try {
            return JSON.readTree(line);
        } catch (RuntimeException e) {
            throw new SnapshotException("the snapshot file is damaged or truncated (an unreadable line)", e);
        }
    }

    private static SnapshotException truncated() {
        throw new SnapshotException("the snapshot file ends too early: it is truncated");
    }

    // ------------------------------------------------------------------------------------------------ schema

    /** The latest version Flyway applied successfully. */
    private static String schemaVersion(Connection connection, Schema schema) throws SQLException {
        MigrationVersion latest = null;
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select " + quoted("version") + " from "
                     + quoted(schema.history()) + " where " + quoted("success") + " = true and "
                     + quoted("version") + " is not null")) {
            while (result.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(result.getString(1));
                if (latest == null || version.compareTo(latest) > 0) latest = version;
            }
        }
        if (latest == null) throw new SnapshotException("the database's Flyway history has no applied migration");
        return latest.getVersion();
    }

    private static String vendor(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) return "h2";
        if (product.contains("postgres")) return "postgresql";
        throw new SnapshotException("the database " + product + " is not one Lodestar runs on (H2, PostgreSQL)");
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A column: its name in lower case (as in the file), as the database spells it, and its portable type. */
    record Column(String name, String actualName, String type, int sqlType, boolean identity) {
    }

    record Table(String name, String actualName, List<Column> columns, List<String> primaryKey,
                 List<String> selfReferences, TreeSet<String> parents) {

        Column column(String columnName) {
            return columns.stream().filter(column -> column.name().equals(columnName)).findFirst().orElse(null);
        }

        String selectAllInOrder() {
            List<String> order = primaryKey.isEmpty()
                    ? columns.stream().filter(column -> !column.type().equals("BINARY")).map(Column::name).toList()
                    : primaryKey;
            StringBuilder sql = new StringBuilder("select ");
            for (int i = 0; i < columns.size(); i++) sql.append(i == 0 ? "" : ", ").append(quoted(columns.get(i).actualName()));
            sql.append(" from ").append(quoted(actualName)).append(" order by ");
            for (int i = 0; i < order.size(); i++) sql.append(i == 0 ? "" : ", ").append(quoted(column(order.get(i)).actualName()));
            return sql.toString();
        }
    }

    /** The tables of the connection's schema, read from the database's metadata. */
    record Schema(Map<String, Table> tables, String history) {

        boolean hasHistory() {
            return history != null;
        }

        static Schema read(Connection connection) throws SQLException {
            DatabaseMetaData metadata = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schemaName = connection.getSchema();
            Map<String, String> actualNames = new TreeMap<>();
            String history = null;
            try (ResultSet result = metadata.getTables(catalog, schemaName, "%", new String[] {"TABLE"})) {
                while (result.next()) {
                    String actual = result.getString("TABLE_NAME");
                    String name = actual.toLowerCase(Locale.ROOT);
                    if (name.equals(HISTORY)) history = actual;
                    else actualNames.put(name, actual);
                }
            }
            Map<String, List<Column>> columns = new HashMap<>();
            try (ResultSet result = metadata.getColumns(catalog, schemaName, "%", "%")) {
                while (result.next()) {
                    String table = result.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!actualNames.containsKey(table)) continue;
                    String actual = result.getString("COLUMN_NAME");
                    int sqlType = result.getInt("DATA_TYPE");
                    String typeName = result.getString("TYPE_NAME");
                    columns.computeIfAbsent(table, any -> new ArrayList<>()).add(new Column(
                            actual.toLowerCase(Locale.ROOT), actual, type(table, actual, sqlType, typeName),
                            sqlType, "YES".equals(result.getString("IS_AUTOINCREMENT"))));
                }
            }
            Map<String, Table> tables = new TreeMap<>();
            for (Map.Entry<String, String> entry : actualNames.entrySet()) {
                String name = entry.getKey();
                String actual = entry.getValue();
                TreeMap<Short, String> key = new TreeMap<>();
                try (ResultSet result = metadata.getPrimaryKeys(catalog, schemaName, actual)) {
                    while (result.next()) {
                        key.put(result.getShort("KEY_SEQ"), result.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                List<String> selfReferences = new ArrayList<>();
                TreeSet<String> parents = new TreeSet<>();
                try (ResultSet result = metadata.getImportedKeys(catalog, schemaName, actual)) {
                    while (result.next()) {
                        String parent = result.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                        if (parent.equals(name)) selfReferences.add(result.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                        else parents.add(parent);
                    }
                }
                tables.put(name, new Table(name, actual, List.copyOf(columns.getOrDefault(name, List.of())),
                        List.copyOf(key.values()), List.copyOf(selfReferences), parents));
            }
            return new Schema(tables, history);
        }

        /** Parents before children (foreign keys), otherwise by name, so that the order is always the same. */
        List<Table> inDependencyOrder() {
            Map<String, TreeSet<String>> waiting = new HashMap<>();
            tables.values().forEach(table -> waiting.put(table.name(), new TreeSet<>(table.parents())));
            waiting.values().forEach(parents -> parents.retainAll(tables.keySet()));
            List<Table> order = new ArrayList<>();
            TreeSet<String> ready = new TreeSet<>();
            waiting.forEach((table, parents) -> { if (parents.isEmpty()) ready.add(table); });
            Deque<String> done = new ArrayDeque<>();
            while (!ready.isEmpty()) {
                String table = ready.pollFirst();
                order.add(tables.get(table));
                done.add(table);
                waiting.forEach((child, parents) -> {
                    if (parents.remove(table) && parents.isEmpty()) ready.add(child);
                });
            }
            if (order.size() != tables.size()) {
                List<String> cycle = tables.keySet().stream().filter(name -> !done.contains(name)).toList();
                throw new SnapshotException("the tables " + cycle + " refer to each other in a cycle");
            }
            return order;
        }
    }

    private static String type(String table, String column, int sqlType, String typeName) {
        String name = Objects.requireNonNullElse(typeName, "").toLowerCase(Locale.ROOT);
        if (name.equals("uuid")) return "UUID";
        if (name.equals("timestamptz") || name.equals("timestamp with time zone")) return "TIMESTAMPTZ";
        return switch (sqlType) {
            case Types.BIGINT -> "BIGINT";
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> "INTEGER";
            case Types.BOOLEAN, Types.BIT -> "BOOLEAN";
            case Types.NUMERIC, Types.DECIMAL -> "NUMERIC";
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> "DOUBLE";
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCHAR,
                 Types.LONGNVARCHAR, Types.NCLOB -> "TEXT";
            case Types.DATE -> "DATE";
            case Types.TIME -> "TIME";
            case Types.TIMESTAMP -> "TIMESTAMP";
            case Types.TIMESTAMP_WITH_TIMEZONE -> "TIMESTAMPTZ";
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> "BINARY";
            default -> throw new SnapshotException("the column " + table + "." + column + " has a type the snapshot "
                    + "does not know (" + typeName + ", " + JDBCType.valueOf(sqlType) + ")");
        };
    }
}
