package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

class PlatformApiIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void healthIsUpWithLivenessAndReadiness() {
        Api anonymous = Api.anonymous(port);

        assertThat(anonymous.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.get("/actuator/health/liveness").json().get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void infoNamesTheBuildToAdministratorsOnly() {
        assertThat(Api.anonymous(port).getAnything("/actuator/info").status()).isEqualTo(401);
        assertThat(Api.as(port, "pmo").getAnything("/actuator/info").status()).isEqualTo(403);
        JsonNode info = Api.as(port, "admin").get("/actuator/info").json();

        assertThat(info.get("build").get("artifact").asString()).isEqualTo("lodestar-app");
        assertThat(info.get("build").get("version").asString()).isNotBlank();
    }

    @Test
    void everyAnswerDeniesTheBrowsersPowerfulFeatures() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/login", "/api/v1/projects", "/actuator/health")) {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertThat(answer.headers().firstValue("Permissions-Policy")).as(path)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "geolocation=()"));
        }
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFound() {
        Api.Response error = Api.anonymous(port).get("/error");
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.contentType()).startsWith("application/problem+json");
    }

    @Test
    void prometheusMetricsAreForAdministratorsOnly() {
        assertThat(Api.anonymous(port).getAnything("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(Api.as(port, "pm").getAnything("/actuator/prometheus").status()).isEqualTo(403);
        Api.Response metrics = Api.as(port, "admin").getAnything("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests");
    }

    @Test
    void openApiDocumentDescribesEveryApiEndpoint() {
        JsonNode document = Api.anonymous(port).get("/v3/api-docs").json();
        Set<String> documented = new TreeSet<>(document.get("paths").propertyNames());
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/")).forEach(served::add));

        assertThat(served).contains("/api/v1/projects", "/api/v1/projects/{id}", "/api/v1/portfolios",
                "/api/v1/programmes", "/api/v1/custom-fields", "/api/v1/users", "/api/v1/audit", "/api/v1/tokens");
        assertThat(documented).containsAll(served);
    }

    @Test
    void openApiDocumentIsAContractGeneratedClientsCanUse() {
        JsonNode document = Api.anonymous(port).get("/v3/api-docs").json();

        assertThat(document.get("info").get("license").get("identifier").asString()).isEqualTo("Apache-2.0");
        List<String> operationIds = new ArrayList<>();
        List<String> untypedProblems = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            operationIds.add(operation.getValue().get("operationId").asString());
            operation.getValue().get("responses").properties().forEach(response -> {
                boolean problem = response.getKey().startsWith("4");
                JsonNode schema = response.getValue().path("content").path("application/problem+json").path("schema");
                if (problem && !schema.path("$ref").asString("").equals("#/components/schemas/Problem")) {
                    untypedProblems.add(operation.getKey() + " " + path.getKey() + " " + response.getKey());
                }
            });
            assertThat(operation.getValue().get("responses").has("403")).as(path.getKey()).isTrue();
        }));
        assertThat(operationIds).doesNotHaveDuplicates().noneMatch(id -> id.matches(".*_\\d+"));
        assertThat(untypedProblems).isEmpty();

        Set<String> schemaNames = new TreeSet<>(document.get("components").get("schemas").propertyNames());
        assertThat(schemaNames)
                .contains("PlanTask", "PlanCommandTask", "CalendarException", "PageResultProjectRow", "Problem")
                .doesNotContain("Exception", "Task", "Row", "Entry", "Input", "Day")
                .allMatch(name -> name.matches("[A-Z][A-Za-z0-9]*"), "a short type name");
        JsonNode localDateTime = document.get("components").get("schemas").get("MilestoneView").get("properties")
                .get("date");
        assertThat(localDateTime.toString()).as("a local date-time is no RFC 3339 date-time")
                .contains("\"string\"", "\"pattern\"").doesNotContain("\"format\"");
        assertThat(document.toString()).doesNotContain("\"uniqueItems\"");
    }

    @Test
    void apiTokenAuthenticatesUntilItIsRevoked() {
        Api.Response created = Api.as(port, "pm").post("/api/v1/tokens", "{\"name\": \"CI script\"}");
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().get("secret").asString();
        long tokenId = created.json().get("token").get("id").asLong();
        Api withToken = Api.bearer(port, secret);

        assertThat(withToken.get("/api/v1/projects?size=1").status()).isEqualTo(200);
        JsonNode listed = Api.as(port, "pm").get("/api/v1/tokens").json();
        assertThat(listed.toString()).doesNotContain(secret);
        assertThat(Api.as(port, "member").delete("/api/v1/tokens/" + tokenId).status()).isEqualTo(404);
        assertThat(withToken.delete("/api/v1/tokens/" + tokenId).status()).isEqualTo(204);
        assertThat(withToken.get("/api/v1/projects?size=1").status()).isEqualTo(401);
        assertThat(Api.bearer(port, "lst_made-up").get("/api/v1/projects").status()).isEqualTo(401);
    }

    @Test
    void onlyAdministratorsCreatePeopleAndTheChangeIsAudited() {
        String person = "{\"username\": \"newhire\", \"displayName\": \"New Hire\", \"email\": \"new@lodestar.example\","
                + " \"roles\": [\"TEAM_MEMBER\"], \"password\": \"a-long-password\"}";

        assertThat(Api.as(port, "pmo").post("/api/v1/users", person).status()).isEqualTo(403);
        Api.Response created = Api.as(port, "admin").post("/api/v1/users", person);
        Api.Response duplicate = Api.as(port, "admin").post("/api/v1/users", person);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("a-long-password").doesNotContain("password");
        assertThat(Api.basic(port, "newhire", "a-long-password").get("/api/v1/projects?size=1").status()).isEqualTo(200);
        assertThat(duplicate.status()).isEqualTo(400);
        long id = created.json().get("id").asLong();
        JsonNode trail = Api.as(port, "admin").get("/api/v1/audit?entityType=user&entityId=" + id).json();
        assertThat(trail.get("items").get(0).get("actor").asString()).isEqualTo("admin");
    }

    /** The list reads everyone in one query; each person in it is as their own record says, roles and all. */
    @Test
    void everyoneIsListedByNameAsTheirOwnRecordsSay() {
        Api admin = Api.as(port, "admin");
        admin.post("/api/v1/users", "{\"username\": \"tworoles\", \"displayName\": \"Aaron Two Roles\","
                + " \"email\": \"two@lodestar.example\", \"roles\": [\"PROJECT_MANAGER\", \"RESOURCE_MANAGER\"]}");
        admin.post("/api/v1/users", "{\"username\": \"tworoles2\", \"displayName\": \"Aaron Two Roles\","
                + " \"email\": \"two2@lodestar.example\", \"roles\": [\"TEAM_MEMBER\"], \"password\": \"a-long-password\"}");

        JsonNode everyone = admin.get("/api/v1/users").json();
        List<String> usernames = new ArrayList<>();
        for (JsonNode person : everyone) {
            JsonNode own = admin.get("/api/v1/users/" + person.get("id").asLong()).json();
            assertThat(person).as(person.get("username").asString()).isEqualTo(own);
            usernames.add(person.get("username").asString());
        }
        assertThat(new TreeSet<>(usernames)).hasSize(everyone.size()).contains("admin");
        assertThat(usernames.indexOf("tworoles2") - usernames.indexOf("tworoles"))
                .as("the same name together, in the order they were created").isEqualTo(1);
        JsonNode twoRoles = null;
        for (JsonNode person : everyone) {
            if (person.get("username").asString().equals("tworoles")) twoRoles = person;
        }
        assertThat(twoRoles.get("roles")).hasSize(2);
        assertThat(twoRoles.get("canSignIn").asBoolean()).isFalse();
    }

    @Test
    void aPersonAnswersTheirETagAndAChangeFromAStaleOneGets409() {
        Api admin = Api.as(port, "admin");
        Api.Response created = admin.post("/api/v1/users",
                "{\"username\": \"tagged\", \"displayName\": \"Tagged\", \"roles\": [\"TEAM_MEMBER\"]}");
        long id = created.json().get("id").asLong();
        String change = "{\"displayName\": \"Tagged Person\", \"roles\": [\"TEAM_MEMBER\"], \"enabled\": true}";

        Api.Response changed = admin.put("/api/v1/users/" + id, change, created.etag());
        Api.Response stale = admin.put("/api/v1/users/" + id, change, created.etag());

        assertThat(created.etag()).isEqualTo("\"0\"");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.etag()).isEqualTo("\"1\"");
        assertThat(admin.get("/api/v1/users/" + id).etag()).isEqualTo("\"1\"");
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void aPreferredLanguageIsSetByAdministratorsOrByThePersonAndOnlyOneOfOurs() {
        Api admin = Api.as(port, "admin");
        Api.Response created = admin.post("/api/v1/users", "{\"username\": \"linguist\", \"displayName\": \"Lin Guist\","
                + " \"roles\": [\"TEAM_MEMBER\"], \"password\": \"linguist-password\", \"preferredLanguage\": \"ja\"}");
        long id = created.json().get("id").asLong();
        Api linguist = Api.basic(port, "linguist", "linguist-password");

        Api.Response german = admin.put("/api/v1/users/" + id, "{\"displayName\": \"Lin Guist\", \"roles\": "
                + "[\"TEAM_MEMBER\"], \"enabled\": true, \"preferredLanguage\": \"de\", \"version\": 0}");
        Api.Response korean = linguist.put("/api/v1/users/me/language", "{\"preferredLanguage\": \"ko\"}");
        Api.Response unknown = linguist.put("/api/v1/users/me/language", "{\"preferredLanguage\": \"xx\"}");

        assertThat(created.json().get("preferredLanguage").asString()).isEqualTo("ja");
        assertThat(german.status()).isEqualTo(400);
        assertThat(german.json().get("errors").get(0).get("field").asString()).isEqualTo("preferredLanguage");
        assertThat(korean.status()).as(korean.body()).isEqualTo(200);
        assertThat(admin.get("/api/v1/users/" + id).json().get("preferredLanguage").asString()).isEqualTo("ko");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("preferredLanguage");
        assertThat(unknown.json().get("errors").get(0).get("message").asString())
                .as("a call that asks for no language is answered in the caller's").contains("영어");
        JsonNode trail = admin.get("/api/v1/audit?entityType=user&entityId=" + id).json();
        assertThat(trail.get("items").get(0).get("changes").toString()).contains("preferredLanguage").contains("ko");
    }

    @Test
    void theWholeAuditTrailIsForThePmoAndAdministrators() {
        assertThat(Api.as(port, "pmo").get("/api/v1/audit?size=1").status()).isEqualTo(200);
        assertThat(Api.as(port, "admin").get("/api/v1/audit?size=1").status()).isEqualTo(200);
        for (String reader : List.of("pm", "exec", "portfolio", "member", "requester")) {
            assertThat(Api.as(port, reader).get("/api/v1/audit?size=1").status()).as(reader).isEqualTo(403);
        }
    }

    @Test
    void requestersSeePeoplesNamesButNotTheirDetails() {
        JsonNode people = Api.as(port, "requester").get("/api/v1/users").json();

        assertThat(people.size()).isGreaterThanOrEqualTo(30);
        people.forEach(person -> {
            assertThat(person.get("displayName").asString()).isNotBlank();
            assertThat(person.get("email").isNull()).isTrue();
            assertThat(person.get("roles")).isEmpty();
        });
        assertThat(Api.as(port, "pm").get("/api/v1/users").json().get(0).get("email").isNull()).isFalse();
    }

    @Test
    void invalidPersonGetsFieldErrors() {
        Api.Response response = Api.as(port, "admin").post("/api/v1/users",
                "{\"username\": \"bad name!\", \"displayName\": \"\", \"email\": \"not-an-address\"}");

        assertThat(response.status()).isEqualTo(400);
        Set<String> fields = new TreeSet<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).contains("username", "displayName", "email");
    }
}
