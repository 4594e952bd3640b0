package org.lodestar.methodology.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The guidance pages ({@code knowledge_page}), with optimistic locking by version. */
@Component
public class KnowledgeStore {

    private final JdbcClient jdbc;

    KnowledgeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredPage(long id, Long lifecycle, String phaseKey, String title, String body, long version) {
    }

    public List<StoredPage> all() {
        return jdbc.sql("select id, lifecycle, phase_key, title, body, version from knowledge_page order by title, id")
                .query((rs, row) -> new StoredPage(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getLong(6)))
                .list();
    }

    public Optional<StoredPage> find(long id) {
        return all().stream().filter(page -> page.id() == id).findFirst();
    }

    public long create(Long lifecycle, String phaseKey, String title, String body, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into knowledge_page (lifecycle, phase_key, title, body, version, created_at, updated_at) "
                        + "values (:l, :p, :t, :b, 0, :now, :now)")
                .param("l", lifecycle).param("p", phaseKey).param("t", title).param("b", body)
                .param("now", Timestamp.from(now)).update(key, "id");
        return key.getKey().longValue();
    }

    /** Changes the page if it is still at {@code fromVersion}; false when someone was first. */
    public boolean change(long id, Long lifecycle, String phaseKey, String title, String body, long fromVersion,
                          Instant now) {
        return jdbc.sql("update knowledge_page set lifecycle = :l, phase_key = :p, title = :t, body = :b, "
                        + "version = version + 1, updated_at = :now where id = :id and version = :v")
                .param("l", lifecycle).param("p", phaseKey).param("t", title).param("b", body)
                .param("now", Timestamp.from(now)).param("id", id).param("v", fromVersion).update() == 1;
    }
}
