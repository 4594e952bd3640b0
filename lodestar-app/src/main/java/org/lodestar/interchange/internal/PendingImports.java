package org.lodestar.interchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Uploaded project files waiting between their import preview and its confirmation ({@code import_preview}), in
 * the database so that any node may take the confirmation. A user has at most one waiting preview per project (a
 * new upload replaces it); expired previews are deleted whenever one is stored. The file is streamed in and out.
 */
@Component
public class PendingImports {

    private final JdbcClient jdbc;

    PendingImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A waiting preview: the file's name, the project of the file chosen, the plan version it was made on, and the
     * task field each custom field of the file goes to (by file field id).
     */
    public record Pending(String id, long project, String username, String fileName, int chosen, long planVersion,
                          Instant expires, Map<String, String> fieldMap) {

        public Pending {
            fieldMap = Collections.unmodifiableMap(new LinkedHashMap<>(fieldMap));
        }
    }

    /** Stores the preview and its file, replacing the user's earlier one for the project and any expired one. */
    public void store(Pending pending, Path content, Instant now) {
        jdbc.sql("delete from import_preview where expires_at < :now").param("now", Timestamp.from(now)).update();
        for (int attempt = 0; ; attempt++) {
            jdbc.sql("delete from import_preview where project = :p and username = :u")
                    .param("p", pending.project()).param("u", pending.username()).update();
            try (InputStream in = Files.newInputStream(content)) {
                jdbc.sql("insert into import_preview (id, project, username, file_name, chosen, plan_version, content, "
                                + "expires_at, created_at, field_map) values (:id, :p, :u, :f, :c, :v, :content, :e, "
                                + ":now, :map)")
                        .param("map", fieldMapText(pending.fieldMap()))
                        .param("id", pending.id()).param("p", pending.project()).param("u", pending.username())
                        .param("f", pending.fileName()).param("c", pending.chosen()).param("v", pending.planVersion())
                        .param("content", new SqlBinaryValue(in, Files.size(content)))
                        .param("e", Timestamp.from(pending.expires())).param("now", Timestamp.from(now)).update();
                return;
            } catch (DuplicateKeyException sameUserAtOnce) {
                // the same user uploaded for the same project at the same moment on another node: the last one wins
                if (attempt > 0) throw sameUserAtOnce;
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
    }

    public Optional<Pending> find(String id) {
        return jdbc.sql("select id, project, username, file_name, chosen, plan_version, expires_at, field_map "
                        + "from import_preview where id = :id")
                .param("id", id)
                .query((rs, row) -> new Pending(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getLong(6), rs.getTimestamp(7).toInstant(), fieldMap(rs.getString(8))))
                .optional();
    }

    /** {@code TEXT1=risk} per line; a file field's id holds no line end, a task field's key no {@code =}. */
    static String fieldMapText(Map<String, String> map) {
        if (map.isEmpty()) return null;
        StringBuilder text = new StringBuilder();
        map.forEach((fileField, key) -> text.append(fileField.replaceAll("[\\r\\n]", " ")).append('=').append(key).append('\n'));
        return text.toString();
    }

    static Map<String, String> fieldMap(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (text == null) return map;
        for (String line : text.split("\n")) {
            int split = line.lastIndexOf('=');
            if (split > 0) map.put(line.substring(0, split), line.substring(split + 1));
        }
        return map;
    }

    /** Copies the preview's file into {@code target}; false when the preview is gone. */
    public boolean copyContent(String id, Path target) {
        return Boolean.TRUE.equals(jdbc.sql("select content from import_preview where id = :id").param("id", id)
                .query(rs -> {
                    if (!rs.next()) return false;
                    try (InputStream in = rs.getBinaryStream(1)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    } catch (IOException unwritable) {
                        throw new UncheckedIOException(unwritable);
                    }
                    return true;
                }));
    }

    /** Deletes the preview; false when it was already gone (confirmed, replaced or expired and cleaned up). */
    public boolean remove(String id) {
        return jdbc.sql("delete from import_preview where id = :id").param("id", id).update() == 1;
    }
}
