package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditTrailIntegrationTests extends IntegrationTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoOrganisationIsAuditedLikeAnyOtherChange() {
        long projectsCreated = jdbc.sql("select count(*) from audit_event where entity_type = 'project' and action = 'CREATE'")
                .query(Long.class).single();
        long changesRecorded = jdbc.sql("select count(*) from audit_change").query(Long.class).single();

        assertThat(projectsCreated).isGreaterThanOrEqualTo(40);
        assertThat(changesRecorded).isGreaterThan(projectsCreated * 5);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnAuditEntry() {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone else'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_change").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
