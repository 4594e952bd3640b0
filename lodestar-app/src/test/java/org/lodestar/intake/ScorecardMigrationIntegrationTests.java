package org.lodestar.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.lodestar.support.MigrationDatabase;

/**
 * V20 keys scorecard values by a stable criterion id instead of the criterion's position: run on a database of its
 * own (H2, or a fresh PostgreSQL schema), migrated to V19, filled with position-keyed rows, then migrated to the end.
 */
class ScorecardMigrationIntegrationTests {

    private static final String AT = "timestamp '2026-01-01 00:00:00'";
    private static final String[] OLD_ROWS = {
        "insert into app_user (id, username, display_name, enabled, version, created_at, updated_at) values "
                + "(951, 'ev', 'Eve Valuator', true, 0, " + AT + ", " + AT + ")",
        "insert into project_request (id, code, request_type, title, requester, currency, discount_rate, state, "
                + "state_since, version, created_at, updated_at) select 961, 'REQ-0961', min(id), 'Loyalty app', 951, "
                + "'EUR', 0.08, 'EVALUATION', " + AT + ", 0, " + AT + ", " + AT + " from request_type",
        "insert into scoring_model (id, name, version, created_at, updated_at) values (971, 'Value', 0, " + AT + ", " + AT + ")",
        "insert into scoring_model (id, name, version, created_at, updated_at) values (972, 'Reach', 0, " + AT + ", " + AT + ")",
        // inserted out of order: a value follows its criterion's position, not the order of the rows
        criterion(971, 2, "Benefit", 30, "MEASURED"),
        criterion(971, 0, "Fit", 50, "RATED"),
        criterion(971, 1, "Risk", 20, "RATED"),
        criterion(972, 1, "Cost", 40, "RATED"),
        criterion(972, 0, "Audience", 60, "RATED"),
        "insert into scorecard (id, scoring_model, project_request, evaluator, version, updated_at) values "
                + "(981, 971, 961, 951, 0, " + AT + ")",
        "insert into scorecard (id, scoring_model, project_request, evaluator, version, updated_at) values "
                + "(982, 972, 961, 951, 0, " + AT + ")",
        "insert into scorecard_value (scorecard, position, entry) values (981, 0, 5)",
        "insert into scorecard_value (scorecard, position, entry) values (981, 1, 2)",
        "insert into scorecard_value (scorecard, position, entry) values (981, 2, 700000)",
        "insert into scorecard_value (scorecard, position, entry) values (982, 1, 4)",
        "insert into scorecard_value (scorecard, position, entry) values (982, 0, 3)",
        // a position beyond the model's criteria was never shown nor counted
        "insert into scorecard_value (scorecard, position, entry) values (982, 7, 1)",
    };

    private static String criterion(long model, int position, String name, int weight, String scale) {
        boolean measured = scale.equals("MEASURED");
        return "insert into scoring_criterion (scoring_model, position, name, weight, direction, scale, low_value, "
                + "high_value, anchor1, anchor2, anchor3, anchor4, anchor5) values (" + model + ", " + position + ", '"
                + name + "', " + weight + ", 'BENEFIT', '" + scale + "', " + (measured ? "0, 1000000" : "null, null")
                + ", " + (measured ? "null, null, null, null, null" : "'a', 'b', 'c', 'd', 'e'") + ")";
    }

    @Test
    void eachScoreMovesToTheCriterionAtItsPositionAndEveryCriterionGetsItsOwnId() throws SQLException {
        MigrationDatabase database = MigrationDatabase.fresh("v20");
        database.migrate("19");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String row : OLD_ROWS) statement.execute(row);
        }

        database.migrate("latest");

        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            assertThat(MigrationDatabase.rows(statement, "select s.id, c.scoring_model, c.position, c.name, v.entry from scorecard_value v "
                    + "join scoring_criterion c on c.id = v.criterion join scorecard s on s.id = v.scorecard "
                    + "order by s.id, c.position"))
                    .containsExactly("981|971|0|Fit|5.00", "981|971|1|Risk|2.00", "981|971|2|Benefit|700000.00",
                            "982|972|0|Audience|3.00", "982|972|1|Cost|4.00");
            assertThat(MigrationDatabase.rows(statement, "select count(distinct id), count(*) from scoring_criterion"))
                    .containsExactly("5|5");
            assertThat(MigrationDatabase.rows(statement, "select scoring_model, position, name, weight, scale, low_value, anchor5 "
                    + "from scoring_criterion order by scoring_model, position"))
                    .containsExactly("971|0|Fit|50.000|RATED|null|e", "971|1|Risk|20.000|RATED|null|e",
                            "971|2|Benefit|30.000|MEASURED|0.00|null", "972|0|Audience|60.000|RATED|null|e",
                            "972|1|Cost|40.000|RATED|null|e");

            statement.execute("insert into scoring_criterion (scoring_model, position, name, weight, direction, scale) "
                    + "values (972, 2, 'Added', 0, 'BENEFIT', 'RATED')");
            assertThat(MigrationDatabase.rows(statement, "select count(distinct id) from scoring_criterion"))
                    .as("a criterion added after the migration gets an id of its own").containsExactly("6");
            statement.execute("delete from scoring_criterion where name = 'Risk'");
            assertThat(MigrationDatabase.rows(statement, "select count(*) from scorecard_value where scorecard = 981"))
                    .as("a removed criterion takes its scores with it").containsExactly("2");
        }
    }
}
