package org.lodestar.finance.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** People's saved column mappings of ledger cost files ({@code cost_file_mapping}), always read by their owner. */
@Component
public class CostFileMappingStore {

    private final JdbcClient jdbc;

    CostFileMappingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Stored(long id, String name, String sheet, String date, String amount, String category,
                         String reference) {
    }

    private static final String COLUMNS = "id, name, sheet, date_column, amount_column, category_column, "
            + "reference_column";

    private static Stored row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7));
    }

    public List<Stored> owned(long owner) {
        return jdbc.sql("select " + COLUMNS + " from cost_file_mapping where owner = :o order by lower(name), id")
                .param("o", owner).query((rs, n) -> row(rs)).list();
    }

    /** The mapping if the owner has it (another's mapping is not found). */
    public Optional<Stored> find(long owner, long id) {
        return jdbc.sql("select " + COLUMNS + " from cost_file_mapping where owner = :o and id = :id")
                .param("o", owner).param("id", id).query((rs, n) -> row(rs)).optional();
    }

    public boolean nameTaken(long owner, String name) {
        return jdbc.sql("select count(*) from cost_file_mapping where owner = :o and name = :n")
                .param("o", owner).param("n", name).query(Long.class).single() > 0;
    }

    public long insert(long owner, String name, String sheet, String date, String amount, String category,
                       String reference, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into cost_file_mapping (owner, name, sheet, date_column, amount_column, category_column, "
                        + "reference_column, created_at) values (:o, :n, :s, :d, :a, :c, :r, :t)")
                .param("o", owner).param("n", name).param("s", sheet).param("d", date).param("a", amount)
                .param("c", category).param("r", reference).param("t", java.sql.Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void delete(long owner, long id) {
        jdbc.sql("delete from cost_file_mapping where owner = :o and id = :id").param("o", owner).param("id", id)
                .update();
    }
}
