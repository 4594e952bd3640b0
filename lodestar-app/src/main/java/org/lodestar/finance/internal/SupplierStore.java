package org.lodestar.finance.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Suppliers ({@code supplier}) and the spend on them ({@code actual_cost.supplier}). */
@Component
public class SupplierStore {

    private final JdbcClient jdbc;

    SupplierStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Stored(long id, String name, String country) {
    }

    public record Spend(long supplier, String name, long invoices, BigDecimal total) {
    }

    public List<Stored> all() {
        return jdbc.sql("select id, name, country from supplier order by name")
                .query((rs, row) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    public Optional<Stored> find(long id) {
        return jdbc.sql("select id, name, country from supplier where id = :id").param("id", id)
                .query((rs, row) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    public boolean nameTaken(String name) {
        return jdbc.sql("select count(*) from supplier where lower(name) = lower(:n)").param("n", name)
                .query(Long.class).single() > 0;
    }

    public long insert(String name, String country, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into supplier (name, country, version, created_at, updated_at) values (:n, :c, 0, :t, :t)")
                .param("n", name).param("c", country).param("t", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A project's spend by supplier: invoices and their total, largest first. */
    public List<Spend> spend(long project) {
        return jdbc.sql("select s.id, s.name, count(*), sum(a.amount) from actual_cost a join supplier s "
                        + "on s.id = a.supplier where a.project = :p group by s.id, s.name "
                        + "order by sum(a.amount) desc, s.name")
                .param("p", project)
                .query((rs, row) -> new Spend(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)))
                .list();
    }
}
