package org.lodestar.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.status.StatusFixtures.act;
import static org.lodestar.status.StatusFixtures.activeProjectOfPm;
import static org.lodestar.status.StatusFixtures.completeReport;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lodestar.engine.health.Rag;
import org.lodestar.platform.People;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The snapshot of computed health ({@link HealthSnapshot}): it holds every open project's computed health, and the
 * dashboard reads it and says as of when, on the day it measured for and while it is younger than its maximum age;
 * otherwise, and for a project missing from it, the dashboard measures. A stored rating is altered in SQL to one no
 * input gives (green for a project whose data say red): reading green shows that the stored row was read.
 */
class HealthSnapshotIntegrationTests extends PageTestSupport {

    @Autowired
    HealthSnapshot snapshot;

    @Autowired
    ComputedHealth health;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    /** Other tests expect health measured at the read: no snapshot outlives a test, nor comes before one. */
    @BeforeEach
    @AfterEach
    void forgetTheSnapshot() {
        jdbc.sql("delete from health_snapshot_round").update();
        jdbc.sql("delete from health_snapshot").update();
    }

    @Test
    void aRoundStoresTheComputedHealthOfEveryOpenProjectAndNoOther() {
        long project = contradictedProject("Snapshot round");
        int measured = snapshot.take();

        List<Long> open = jdbc.sql("select id from project where state in ('ACTIVE', 'ON_HOLD')").query(Long.class)
                .list();
        Map<Long, Rag> stored = stored();
        assertThat(measured).isEqualTo(open.size());
        assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(open);
        Map<Long, ProjectHealth> now = health.forProjects(open, today());
        open.forEach(id -> assertThat(stored.get(id)).as("project " + id).isEqualTo(now.get(id).computed()));
        assertThat(stored.get(project)).isEqualTo(Rag.RED);

        long closed = jdbc.sql("select min(id) from project where state not in ('ACTIVE', 'ON_HOLD')")
                .query(Long.class).single();
        jdbc.sql("insert into health_snapshot (project, computed) values (:p, 'AMBER')").param("p", closed).update();
        alter(project);
        snapshot.take();
        Map<Long, Rag> again = stored();
        assertThat(again.get(project)).as("a changed rating is written again").isEqualTo(Rag.RED);
        assertThat(again).as("a project no longer open leaves the snapshot").doesNotContainKey(closed);
        assertThat(again.keySet()).containsExactlyInAnyOrderElementsOf(open);
    }

    @Test
    void theDashboardReadsAFreshSnapshotOfTodayAndSaysAsOfWhen() throws Exception {
        long project = contradictedProject("Snapshot dashboard");
        Api pmo = Api.as(port, "pmo");
        assertThat(row(pmo, project).get("computed").asString()).as("no snapshot: measured").isEqualTo("RED");
        assertThat(dashboard(pmo).get("healthAsOf").isNull()).isTrue();

        snapshot.take();
        Instant takenAt = jdbc.sql("select taken_at from health_snapshot_round").query(Timestamp.class).single()
                .toInstant();
        alter(project);
        JsonNode row = row(pmo, project);
        assertThat(row.get("computed").asString()).as("the stored rating is read").isEqualTo("GREEN");
        assertThat(row.get("discrepancy").asBoolean()).isFalse();
        assertThat(Instant.parse(dashboard(pmo).get("healthAsOf").asString())).isEqualTo(takenAt);
        assertThat(page("/status", "pmo", Locale.ENGLISH)).contains("id=\"health-as-of\"", "Computed health as of");
        try (PDDocument pack = Loader.loadPDF(mvc.perform(get("/status/pack.pdf").with(as("pmo"))
                .locale(Locale.ENGLISH)).andReturn().getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pack)).as("the steering pack says it too")
                    .contains("Computed health as of");
        }
        assertThat(pmo.get("/api/v1/projects/" + project + "/health").json().get("computed").asString())
                .as("a project's own health is measured at the read").isEqualTo("RED");

        jdbc.sql("update health_snapshot set computed = null where project = :p").param("p", project).update();
        assertThat(row(pmo, project).get("computed").isNull()).as("stored as measured by no indicator").isTrue();

        jdbc.sql("delete from health_snapshot where project = :p").param("p", project).update();
        assertThat(row(pmo, project).get("computed").asString()).as("a project missing from the snapshot")
                .isEqualTo("RED");
        assertThat(dashboard(pmo).get("healthAsOf").isNull()).as("the others still come from it").isFalse();

        snapshot.take();
        alter(project);
        jdbc.sql("update health_snapshot_round set taken_at = :t")
                .param("t", Timestamp.from(Instant.now().minus(4, ChronoUnit.MINUTES))).update();
        assertThat(row(pmo, project).get("computed").asString()).as("older than three minutes").isEqualTo("RED");
        assertThat(dashboard(pmo).get("healthAsOf").isNull()).isTrue();
        assertThat(page("/status", "pmo", Locale.ENGLISH)).doesNotContain("id=\"health-as-of\"");

        jdbc.sql("update health_snapshot_round set taken_at = :t, measured_on = :d")
                .param("t", Timestamp.from(Instant.now())).param("d", today().minusDays(1)).update();
        assertThat(row(pmo, project).get("computed").asString()).as("measured for yesterday").isEqualTo("RED");

        jdbc.sql("update health_snapshot_round set measured_on = :d").param("d", today()).update();
        assertThat(row(pmo, project).get("computed").asString()).as("fresh and of today again").isEqualTo("GREEN");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private Map<Long, Rag> stored() {
        Map<Long, Rag> stored = new HashMap<>();
        jdbc.sql("select project, computed from health_snapshot").query(rs -> {
            stored.put(rs.getLong(1), rs.getString(2) == null ? null : Rag.valueOf(rs.getString(2)));
        });
        return stored;
    }

    /** Stores green for a project whose data say red. */
    private void alter(long project) {
        assertThat(jdbc.sql("update health_snapshot set computed = 'GREEN' where project = :p").param("p", project)
                .update()).isEqualTo(1);
    }

    private JsonNode dashboard(Api reader) {
        return reader.get("/api/v1/status/dashboard?sort=code&size=1000").json();
    }

    private JsonNode row(Api reader, long project) {
        for (JsonNode candidate : dashboard(reader).get("heatmap")) {
            if (candidate.get("id").asLong() == project) return candidate;
        }
        throw new AssertionError("project " + project + " is not in the heatmap");
    }

    /** An active project reported green whose costs say red (95,000 spent of 100,000 at 20 % complete). */
    private long contradictedProject(String name) {
        long project = activeProjectOfPm(port, people, name, 100_000);
        Api pm = Api.as(port, "pm");
        JsonNode draft = pm.post("/api/v1/projects/" + project + "/status-reports", "{}").json();
        long id = draft.get("id").asLong();
        Map<String, Object> body = completeReport("GREEN", draft.get("version").asLong());
        body.put("overall", StatusFixtures.rating("GREEN", "As reported"));
        body.put("actualCost", 95_000);
        body.put("percentComplete", 20);
        JsonNode saved = pm.put("/api/v1/status-reports/" + id, json(body)).json();
        JsonNode submitted = pm.post("/api/v1/status-reports/" + id + "/submit",
                act(saved.get("version").asLong(), null)).json();
        assertThat(Api.as(port, "pmo").post("/api/v1/status-reports/" + id + "/publish",
                act(submitted.get("version").asLong(), null)).status()).isEqualTo(200);
        return project;
    }
}
