package org.lodestar.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.intake.RequestWorkflowApiIntegrationTests.created;
import static org.lodestar.intake.RequestWorkflowApiIntegrationTests.ok;

import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A request type's form changes under requests that already hold values for it. */
class RequestTypeChangeApiIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Test
    void aFieldWithStoredValuesKeepsItsTypeAndRequestsStillReadAfterTheFieldIsReplaced() {
        Api pmo = Api.as(port, "pmo");
        Api requester = Api.as(port, "requester");
        JsonNode type = created(pmo.post("/api/v1/request-types", form("CHG-TYPE", 0, "TEXT", "TEXT")));
        long typeId = type.get("id").asLong();
        JsonNode draft = created(requester.post("/api/v1/requests",
                "{\"typeId\": %d, \"title\": \"Old answers\", \"values\": {\"owner\": \"Ann from sales\"}}".formatted(typeId)));

        Api.Response refused = pmo.put("/api/v1/request-types/" + typeId, form("CHG-TYPE", 0, "PERSON", "TEXT"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("fields[0].type");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("owner");

        // a field nobody filled may change its type
        JsonNode changed = ok(pmo.put("/api/v1/request-types/" + typeId, form("CHG-TYPE", 0, "TEXT", "LINK")));

        // removing the field and adding it back with another type leaves old text under a person field:
        // the request still reads, showing the text as it is
        JsonNode removed = ok(pmo.put("/api/v1/request-types/" + typeId, """
                {"code": "CHG-TYPE", "name": "Change of type", "mandatory": false, "fields": [], "version": %d}
                """.formatted(changed.get("version").asLong())));
        ok(pmo.put("/api/v1/request-types/" + typeId, form("CHG-TYPE", removed.get("version").asLong(), "PERSON", "LINK")));
        JsonNode read = ok(requester.get("/api/v1/requests/" + draft.get("id").asLong()));
        assertThat(read.get("values").get(0).get("display").asString()).isEqualTo("Ann from sales");
    }

    @Test
    void aChoiceRequestsHoldCannotBeRemovedAndTheRefusalNamesThem() {
        Api pmo = Api.as(port, "pmo");
        JsonNode type = created(pmo.post("/api/v1/request-types", choices("CHG-CHOICE", 0, "\"North\", \"South\", \"East\"")));
        long typeId = type.get("id").asLong();
        JsonNode draft = created(Api.as(port, "requester").post("/api/v1/requests",
                "{\"typeId\": %d, \"title\": \"Regional\", \"values\": {\"regions\": \"South, North\"}}".formatted(typeId)));

        Api.Response refused = pmo.put("/api/v1/request-types/" + typeId, choices("CHG-CHOICE", 0, "\"North\", \"East\""));
        Api.Response unusedRemoved = pmo.put("/api/v1/request-types/" + typeId, choices("CHG-CHOICE", 0, "\"North\", \"South\""));

        assertThat(refused.status()).isEqualTo(400);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("fields[0].choices");
        assertThat(error.get("message").asString()).contains("South").contains(draft.get("code").asString());
        assertThat(unusedRemoved.status()).isEqualTo(200);
    }

    private static String choices(String code, long version, String choices) {
        return """
                {"code": "%s", "name": "Change of choices", "mandatory": false, "fields": [
                  {"key": "regions", "section": "About", "label": "Regions", "type": "MULTI_CHOICE", "required": true,
                   "choices": [%s]}], "version": %d}
                """.formatted(code, choices, version);
    }

    private static String form(String code, long version, String ownerType, String siteType) {
        return """
                {"code": "%s", "name": "Change of type", "mandatory": false, "fields": [
                  {"key": "owner", "section": "About", "label": "Owner", "type": "%s", "required": false},
                  {"key": "site", "section": "About", "label": "Site", "type": "%s", "required": false}], "version": %d}
                """.formatted(code, ownerType, siteType, version);
    }
}
