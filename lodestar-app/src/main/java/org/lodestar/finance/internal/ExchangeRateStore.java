package org.lodestar.finance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The exchange rates the PMO keeps ({@code exchange_rate}). */
@Component
public class ExchangeRateStore {

    private final JdbcClient jdbc;

    ExchangeRateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Stored(long id, String from, String to, LocalDate validFrom, BigDecimal rate) {
    }

    public List<Stored> all() {
        return jdbc.sql("select id, from_currency, to_currency, valid_from, rate from exchange_rate "
                        + "order by from_currency, to_currency, valid_from")
                .query((rs, row) -> new Stored(rs.getLong(1), rs.getString(2).strip(), rs.getString(3).strip(),
                        rs.getObject(4, LocalDate.class), rs.getBigDecimal(5)))
                .list();
    }

    public boolean exists(String from, String to, LocalDate validFrom) {
        return jdbc.sql("select count(*) from exchange_rate where from_currency = :f and to_currency = :t "
                        + "and valid_from = :d")
                .param("f", from).param("t", to).param("d", validFrom).query(Long.class).single() > 0;
    }

    public long insert(String from, String to, LocalDate validFrom, BigDecimal rate) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into exchange_rate (from_currency, to_currency, valid_from, rate) values (:f, :t, :d, :r)")
                .param("f", from).param("t", to).param("d", validFrom).param("r", rate)
                .update(keys, "id");
        return keys.getKey().longValue();
    }
}
