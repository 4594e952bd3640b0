package org.lodestar.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;

import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Rules of portfolios, programmes and custom fields that keep the registry consistent. */
class RegistryRulesIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Test
    void aProgrammeWithProjectsStaysInItsPortfolio() {
        Api pmo = Api.as(port, "pmo");
        JsonNode programme = pmo.get("/api/v1/programmes/1").json();

        Api.Response move = pmo.put("/api/v1/programmes/1", "{\"code\": \"" + programme.get("code").asString()
                + "\", \"name\": \"Moved\", \"portfolioId\": 2, \"version\": " + programme.get("version").asLong() + "}");

        assertThat(move.status()).isEqualTo(400);
        assertThat(move.json().get("errors").get(0).get("field").asString()).isEqualTo("portfolioId");
        assertThat(pmo.get("/api/v1/programmes/1").json().get("portfolio").get("id").asLong())
                .isEqualTo(programme.get("portfolio").get("id").asLong());
    }

    @Test
    void aCustomFieldInUseCannotBeDeletedAndAnUnusedOneCan() {
        Api admin = Api.as(port, "admin");
        long riskLevel = findField(admin, "risk_level");
        long unused = admin.post("/api/v1/custom-fields", "{\"key\": \"steering_group\", \"label\": \"Steering group\","
                + " \"type\": \"TEXT\", \"position\": 90}").json().get("id").asLong();

        Api.Response inUse = admin.delete("/api/v1/custom-fields/" + riskLevel);

        assertThat(inUse.status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/custom-fields/" + riskLevel).status()).isEqualTo(200);
        assertThat(admin.delete("/api/v1/custom-fields/" + unused).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/custom-fields/" + unused).status()).isEqualTo(404);
    }

    @Test
    void aChoiceProjectsHoldCannotBeRemovedAndTheRefusalNamesThem() {
        Api admin = Api.as(port, "admin");
        JsonNode field = admin.post("/api/v1/custom-fields", "{\"key\": \"funding_source\", \"label\": \"Funding source\","
                + " \"type\": \"CHOICE\", \"choices\": [\"Capex\", \"Opex\", \"Grant\"], \"position\": 80}").json();
        var project = newProject("Grant funded", 1);
        @SuppressWarnings("unchecked")
        var custom = (java.util.Map<String, Object>) project.get("customFields");
        custom.put("funding_source", "Grant");
        String code = Api.as(port, "pmo").post("/api/v1/projects", json(project)).json().get("code").asString();
        String path = "/api/v1/custom-fields/" + field.get("id").asLong();

        Api.Response refused = admin.put(path, "{\"key\": \"funding_source\", \"label\": \"Funding source\", \"type\": \"CHOICE\", \"choices\": [\"Capex\", \"Opex\"],"
                + " \"required\": true, \"position\": 80, \"version\": " + field.get("version").asLong() + "}");
        Api.Response unusedRemoved = admin.put(path, "{\"key\": \"funding_source\", \"label\": \"Funding source\", \"type\": \"CHOICE\", \"choices\": [\"Capex\", \"Grant\"],"
                + " \"position\": 80, \"version\": " + field.get("version").asLong() + "}");

        assertThat(refused.status()).isEqualTo(400);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("choices");
        assertThat(error.get("message").asString()).contains("Grant").contains(code);
        assertThat(unusedRemoved.status()).isEqualTo(200);
        assertThat(unusedRemoved.json().get("choices").toString()).isEqualTo("[\"Capex\",\"Grant\"]");
    }

    @Test
    void onlyAdministratorsDefineCustomFields() {
        String field = "{\"key\": \"pmo_field\", \"label\": \"PMO field\", \"type\": \"NUMBER\", \"position\": 5}";

        assertThat(Api.as(port, "pmo").post("/api/v1/custom-fields", field).status()).isEqualTo(403);
        assertThat(Api.as(port, "pm").get("/api/v1/custom-fields").status()).isEqualTo(200);
    }

    @Test
    void choicesMustFitOnOneLineEach() {
        Api.Response response = Api.as(port, "admin").post("/api/v1/custom-fields", "{\"key\": \"bad_choices\","
                + " \"label\": \"Bad\", \"type\": \"CHOICE\", \"choices\": [\"one\\ntwo\"], \"position\": 5}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("choices");
    }

    @Test
    void aNewProjectMayBePlacedOnlyWhereTheUserManages() {
        Api portfolioManager = Api.as(port, "portfolio"); // manages Digital Transformation (1) only

        assertThat(portfolioManager.post("/api/v1/projects", json(newProject("In my portfolio", 1))).status())
                .isEqualTo(201);
        assertThat(portfolioManager.post("/api/v1/projects", json(newProject("Not my portfolio", 2))).status())
                .isEqualTo(403);
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        Api admin = Api.as(port, "admin");
        JsonNode self = null;
        for (JsonNode person : admin.get("/api/v1/users").json()) {
            if (person.get("username").asString().equals("admin")) self = person;
        }

        Api.Response response = admin.put("/api/v1/users/" + self.get("id").asLong(), "{\"displayName\": \"Alex Morgan\","
                + " \"roles\": [\"PMO\"], \"enabled\": true, \"version\": " + self.get("version").asLong() + "}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/projects?size=1").status()).isEqualTo(200);
    }

    @Test
    void aCustomFieldWithTheLongestLabelIsRecordedInHistory() {
        Api admin = Api.as(port, "admin");
        String label = "L".repeat(120);
        admin.post("/api/v1/custom-fields", "{\"key\": \"long_label\", \"label\": \"" + label + "\","
                + " \"type\": \"TEXT\", \"position\": 95}");
        var project = newProject("Long label trial", 1);
        @SuppressWarnings("unchecked")
        var custom = (java.util.Map<String, Object>) project.get("customFields");
        custom.put("long_label", "x");

        Api.Response created = Api.as(port, "pmo").post("/api/v1/projects", json(project));

        assertThat(created.status()).isEqualTo(201);
        JsonNode history = Api.as(port, "pmo").get("/api/v1/projects/" + created.json().get("id").asLong() + "/audit").json();
        assertThat(history.get(0).get("changes").toString()).contains("custom." + label);
    }

    @Test
    void movingAProjectNeedsTheRightsOverBothPortfolios() {
        Api admin = Api.as(port, "admin");
        long combo = admin.post("/api/v1/users", "{\"username\": \"combo\", \"displayName\": \"Combo\","
                + " \"roles\": [\"PORTFOLIO_MANAGER\", \"PROJECT_MANAGER\"], \"password\": \"combo\"}")
                .json().get("id").asLong();
        Api pmo = Api.as(port, "pmo");
        long own = pmo.post("/api/v1/portfolios", "{\"code\": \"CMB\", \"name\": \"Combo's\", \"managerId\": "
                + combo + "}").json().get("id").asLong();
        var project = newProject("Managed by combo in another portfolio", 2);
        project.put("managerId", combo);
        long id = pmo.post("/api/v1/projects", json(project)).json().get("id").asLong();

        var move = ProjectFixtures.commandFrom(Api.basic(port, "combo", "combo").get("/api/v1/projects/" + id).json());
        move.put("portfolioId", own);
        move.remove("programmeId");
        Api.Response response = Api.basic(port, "combo", "combo").put("/api/v1/projects/" + id, move.toString());

        assertThat(response.status()).isEqualTo(403);
        assertThat(pmo.get("/api/v1/projects/" + id).json().get("portfolio").get("id").asLong()).isEqualTo(2);
    }

    private static long findField(Api api, String key) {
        for (JsonNode field : api.get("/api/v1/custom-fields").json()) {
            if (field.get("key").asString().equals(key)) return field.get("id").asLong();
        }
        throw new IllegalStateException("no custom field " + key);
    }
}
