package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migrated schema (H2, and PostgreSQL in CI) against the input gate's declarations: a number the gate admits
 * fits every decimal column, so that the database is never the first to refuse one. A new column narrower than
 * {@link FieldValues#INTEGER_DIGITS} digits before the point fails here, before any user finds it with a 500.
 */
class SchemaIntegrationTests extends IntegrationTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyDecimalColumnKeepsTheDigitsTheGateAdmits() {
        List<String> columns = jdbc.queryForList("""
                select lower(table_name) || '.' || lower(column_name) || ' ' || numeric_precision || ',' || numeric_scale
                from information_schema.columns
                where lower(data_type) in ('numeric', 'decimal') and numeric_precision is not null
                  and lower(table_schema) not in ('information_schema', 'pg_catalog')""", String.class);
        List<String> narrow = jdbc.queryForList("""
                select lower(table_name) || '.' || lower(column_name) || ' ' || numeric_precision || ',' || numeric_scale
                from information_schema.columns
                where lower(data_type) in ('numeric', 'decimal') and numeric_precision - numeric_scale < ?
                  and lower(table_schema) not in ('information_schema', 'pg_catalog')""", String.class,
                FieldValues.INTEGER_DIGITS);

        assertThat(columns).as("decimal columns found").contains("project.budget 19,2", "exchange_rate.rate 23,8");
        assertThat(narrow).as("columns that would refuse a number the gate admits").isEmpty();
    }
}
