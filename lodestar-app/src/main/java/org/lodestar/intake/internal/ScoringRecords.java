package org.lodestar.intake.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Scoring models' criteria, each with a stable id, and the evaluators' scorecards: one per model, request and
 * evaluator, with an entry per scored criterion, keyed by the criterion's id (never its position, so that a criterion
 * keeps its scores wherever it moves in the order).
 */
@Repository
public class ScoringRecords {

    private final JdbcClient jdbc;

    ScoringRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A scorecard's entries in the order of the criteria asked for (null where not scored). */
    public record Card(long id, long request, long evaluator, String evaluatorName, BigDecimal[] entries) {
    }

    private static final String CRITERION_COLUMNS = "id, position, name, weight, direction, scale, low_value, "
            + "high_value, anchor1, anchor2, anchor3, anchor4, anchor5";

    /** A model's criteria in their order. */
    public List<StoredCriterion> criteria(long model) {
        return jdbc.sql("select " + CRITERION_COLUMNS + " from scoring_criterion where scoring_model = :model "
                        + "order by position, id")
                .param("model", model).query(ScoringRecords::criterion).list();
    }

    /** Every model's criteria in their order, by model. */
    public Map<Long, List<StoredCriterion>> criteriaByModel() {
        Map<Long, List<StoredCriterion>> byModel = new HashMap<>();
        jdbc.sql("select scoring_model, " + CRITERION_COLUMNS + " from scoring_criterion order by position, id")
                .query(rs -> {
                    byModel.computeIfAbsent(rs.getLong("scoring_model"), m -> new ArrayList<>())
                            .add(criterion(rs, 0));
                });
        return byModel;
    }

    /**
     * Makes {@code criteria} the model's criteria in this order: one with an id (one of the model's) is changed in
     * place and keeps its scores, one without is added, and a stored criterion not among them is removed with its
     * scores. Returns, by the name of each removed criterion, how many scores went with it.
     */
    public Map<String, Integer> replaceCriteria(long model, List<StoredCriterion> criteria) {
        Set<Long> kept = new HashSet<>();
        for (int position = 0; position < criteria.size(); position++) {
            StoredCriterion c = criteria.get(position);
            if (c.id() != null) {
                kept.add(c.id());
                jdbc.sql("update scoring_criterion set position = :position, name = :name, weight = :weight, "
                                + "direction = :direction, scale = :scale, low_value = :low, high_value = :high, "
                                + "anchor1 = :a1, anchor2 = :a2, anchor3 = :a3, anchor4 = :a4, anchor5 = :a5 "
                                + "where id = :id and scoring_model = :model")
                        .params(params(model, position, c)).param("id", c.id()).update();
            }
        }
        Map<String, Integer> removed = new LinkedHashMap<>();
        for (StoredCriterion stored : criteria(model)) {
            if (stored.id() == null || kept.contains(stored.id())) continue;
            int scores = jdbc.sql("delete from scorecard_value where criterion = :id").param("id", stored.id()).update();
            jdbc.sql("delete from scoring_criterion where id = :id").param("id", stored.id()).update();
            removed.merge(stored.name(), scores, Integer::sum);
        }
        for (int position = 0; position < criteria.size(); position++) {
            StoredCriterion c = criteria.get(position);
            if (c.id() != null) continue;
            jdbc.sql("insert into scoring_criterion (scoring_model, position, name, weight, direction, scale, "
                            + "low_value, high_value, anchor1, anchor2, anchor3, anchor4, anchor5) values (:model, "
                            + ":position, :name, :weight, :direction, :scale, :low, :high, :a1, :a2, :a3, :a4, :a5)")
                    .params(params(model, position, c)).update();
        }
        return removed;
    }

    private static Map<String, Object> params(long model, int position, StoredCriterion c) {
        Map<String, Object> params = new HashMap<>();
        params.put("model", model);
        params.put("position", position);
        params.put("name", c.name());
        params.put("weight", c.weight());
        params.put("direction", c.direction());
        params.put("scale", c.scale());
        params.put("low", c.low());
        params.put("high", c.high());
        params.put("a1", c.anchor1());
        params.put("a2", c.anchor2());
        params.put("a3", c.anchor3());
        params.put("a4", c.anchor4());
        params.put("a5", c.anchor5());
        return params;
    }

    private static StoredCriterion criterion(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredCriterion(rs.getLong("id"), rs.getInt("position"), rs.getString("name"),
                rs.getBigDecimal("weight"), rs.getString("direction"), rs.getString("scale"),
                rs.getBigDecimal("low_value"), rs.getBigDecimal("high_value"), rs.getString("anchor1"),
                rs.getString("anchor2"), rs.getString("anchor3"), rs.getString("anchor4"), rs.getString("anchor5"));
    }

    public Optional<Long> cardId(long model, long request, long evaluator) {
        return jdbc.sql("select id from scorecard where scoring_model = :model and project_request = :request "
                        + "and evaluator = :evaluator")
                .param("model", model).param("request", request).param("evaluator", evaluator)
                .query(Long.class).optional();
    }

    /**
     * Stores an evaluator's entries, one per criterion of {@code criteria} (ids, in order), replacing their earlier
     * ones; returns the scorecard's id.
     */
    public long save(long model, long request, long evaluator, List<Long> criteria, List<BigDecimal> entries,
                     Instant now) {
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
        for (int i = 0; i < entries.size() && i < criteria.size(); i++) {
            if (entries.get(i) == null) continue;
            jdbc.sql("insert into scorecard_value (scorecard, criterion, entry) values (:card, :criterion, :entry)")
                    .param("card", id).param("criterion", criteria.get(i)).param("entry", entries.get(i)).update();
        }
        return id;
    }

    /** Every scorecard of a model, with an entry per criterion of {@code criteria} (ids, in order). */
    public List<Card> cards(long model, List<Long> criteria) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < criteria.size(); i++) index.put(criteria.get(i), i);
        Map<Long, Card> cards = new LinkedHashMap<>();
        jdbc.sql("select c.id, c.project_request, c.evaluator, u.display_name from scorecard c "
                        + "join app_user u on u.id = c.evaluator where c.scoring_model = :model order by c.id")
                .param("model", model)
                .query(rs -> {
                    cards.put(rs.getLong(1), new Card(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            new BigDecimal[criteria.size()]));
                });
        if (cards.isEmpty()) return List.of();
        jdbc.sql("select v.scorecard, v.criterion, v.entry from scorecard_value v join scorecard c on c.id = v.scorecard "
                        + "where c.scoring_model = :model")
                .param("model", model)
                .query(rs -> {
                    Card card = cards.get(rs.getLong(1));
                    Integer position = index.get(rs.getLong(2));
                    if (card != null && position != null) card.entries()[position] = rs.getBigDecimal(3);
                });
        return new ArrayList<>(cards.values());
    }

    public List<Card> cards(long model, long request, List<Long> criteria) {
        return cards(model, criteria).stream().filter(card -> card.request() == request).toList();
    }

    public static List<BigDecimal> entries(Card card) {
        return Arrays.asList(card.entries());
    }
}
