package org.lodestar.intake.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Evaluators' scorecards: one per model, request and evaluator, with an entry per scored criterion. */
@Repository
public class ScoringRecords {

    private final JdbcClient jdbc;

    ScoringRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A scorecard's entries by criterion position (null where not scored). */
    public record Card(long id, long request, long evaluator, String evaluatorName, BigDecimal[] entries) {
    }

    public Optional<Long> cardId(long model, long request, long evaluator) {
        return jdbc.sql("select id from scorecard where scoring_model = :model and project_request = :request "
                        + "and evaluator = :evaluator")
                .param("model", model).param("request", request).param("evaluator", evaluator)
                .query(Long.class).optional();
    }

    /** Stores an evaluator's entries, replacing their earlier ones; returns the scorecard's id. */
    public long save(long model, long request, long evaluator, List<BigDecimal> entries, Instant now) {
        Optional<Long> existing = cardId(model, request, evaluator);
        long id;
        if (existing.isPresent()) {
            id = existing.get();
            jdbc.sql("update scorecard set version = version + 1, updated_at = :at where id = :id")
                    .param("at", Timestamp.from(now)).param("id", id).update();
            jdbc.sql("delete from scorecard_value where scorecard = :id").param("id", id).update();
        } else {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into scorecard (scoring_model, project_request, evaluator, version, updated_at) "
                            + "values (:model, :request, :evaluator, 0, :at)")
                    .param("model", model).param("request", request).param("evaluator", evaluator)
                    .param("at", Timestamp.from(now)).update(key, "id");
            id = key.getKey().longValue();
        }
        for (int position = 0; position < entries.size(); position++) {
            if (entries.get(position) == null) continue;
            jdbc.sql("insert into scorecard_value (scorecard, position, entry) values (:card, :position, :entry)")
                    .param("card", id).param("position", position).param("entry", entries.get(position)).update();
        }
        return id;
    }

    /** Every scorecard of a model, with {@code criteria} entries each. */
    public List<Card> cards(long model, int criteria) {
        Map<Long, Card> cards = new LinkedHashMap<>();
        jdbc.sql("select c.id, c.project_request, c.evaluator, u.display_name from scorecard c "
                        + "join app_user u on u.id = c.evaluator where c.scoring_model = :model order by c.id")
                .param("model", model)
                .query(rs -> {
                    cards.put(rs.getLong(1), new Card(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            new BigDecimal[criteria]));
                });
        if (cards.isEmpty()) return List.of();
        jdbc.sql("select v.scorecard, v.position, v.entry from scorecard_value v join scorecard c on c.id = v.scorecard "
                        + "where c.scoring_model = :model")
                .param("model", model)
                .query(rs -> {
                    Card card = cards.get(rs.getLong(1));
                    int position = rs.getInt(2);
                    if (card != null && position < criteria) card.entries()[position] = rs.getBigDecimal(3);
                });
        return new ArrayList<>(cards.values());
    }

    public List<Card> cards(long model, long request, int criteria) {
        return cards(model, criteria).stream().filter(card -> card.request() == request).toList();
    }

    public static List<BigDecimal> entries(Card card) {
        return Arrays.asList(card.entries());
    }
}
