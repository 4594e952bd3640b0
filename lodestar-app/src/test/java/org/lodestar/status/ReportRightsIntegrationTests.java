package org.lodestar.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.status.StatusFixtures.act;
import static org.lodestar.status.StatusFixtures.completeReport;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.People;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Which acts of the status report workflow each role is offered, on the API and the page, read from the one
 * table: the project's writers edit, submit and correct; the PMO returns and publishes; readers take none.
 */
class ReportRightsIntegrationTests extends PageTestSupport {

    @Autowired
    People people;

    @Test
    void eachRoleIsOfferedTheActsOfItsPartInEachState() throws Exception {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Offered report acts", 80_000);
        Api pm = Api.as(port, "pm");
        Api pmo = Api.as(port, "pmo");
        JsonNode draft = pm.post("/api/v1/projects/" + project + "/status-reports", "{}").json();
        long id = draft.get("id").asLong();

        assertThat(actions(pm, id)).containsExactly("edit", "submit");
        assertThat(actions(pmo, id)).containsExactly("edit", "submit");
        assertThat(actions(Api.as(port, "exec"), id)).isEmpty();
        assertThat(actions(Api.as(port, "resource"), id)).isEmpty();

        JsonNode saved = pm.put("/api/v1/status-reports/" + id,
                json(completeReport("GREEN", draft.get("version").asLong()))).json();
        JsonNode submitted = pm.post("/api/v1/status-reports/" + id + "/submit",
                act(saved.get("version").asLong(), null)).json();

        assertThat(actions(pm, id)).isEmpty();
        assertThat(actions(pmo, id)).containsExactly("return", "publish");
        assertThat(page("/status/reports/" + id, "pmo")).contains("id=\"publish-report\"");
        assertThat(page("/status/reports/" + id, "pm")).doesNotContain("id=\"publish-report\"");
        assertThat(pm.post("/api/v1/status-reports/" + id + "/publish", act(submitted.get("version").asLong(), null))
                .status()).isEqualTo(403);

        pmo.post("/api/v1/status-reports/" + id + "/publish", act(submitted.get("version").asLong(), null));

        assertThat(actions(pm, id)).containsExactly("revise");
        assertThat(actions(pmo, id)).containsExactly("revise");
        assertThat(actions(Api.as(port, "exec"), id)).isEmpty();
        // the writer's act in a state that does not allow it: 409, not 403
        assertThat(pm.put("/api/v1/status-reports/" + id, json(Map.of("version", 0))).status()).isEqualTo(409);
    }

    private static List<String> actions(Api reader, long report) {
        List<String> actions = new ArrayList<>();
        reader.get("/api/v1/status-reports/" + report).json().get("actions").forEach(a -> actions.add(a.asString()));
        return actions;
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username))).andReturn().getResponse().getContentAsString();
    }
}
