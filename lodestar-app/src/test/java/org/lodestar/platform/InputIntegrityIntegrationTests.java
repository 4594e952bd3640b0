package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import tools.jackson.databind.JsonNode;

/** Issue 19's cases that the generated sweep ({@link InputGateIntegrationTests}) does not reach by itself. */
class InputIntegrityIntegrationTests extends PageTestSupport {

    private static final String THRESHOLDS = "/api/v1/status/thresholds/planning.finishSlippage";

    @Test
    void thresholdsLieFromZeroToAMillionAndARefusedOneChangesNothing() {
        Api pmo = Api.as(port, "pmo");
        long version = threshold(pmo).get("version").asLong();

        assertRefused(pmo.put(THRESHOLDS, "{\"amberAt\":-1,\"redAt\":3,\"version\":" + version + "}"), "amberAt");
        assertRefused(pmo.put(THRESHOLDS, "{\"amberAt\":5,\"redAt\":1000001,\"version\":" + version + "}"), "redAt");
        assertRefused(pmo.put(THRESHOLDS, "{\"amberAt\":5,\"redAt\":1e20,\"version\":" + version + "}"), "redAt");
        assertThat(threshold(pmo).get("version").asLong()).isEqualTo(version);
    }

    @Test
    void aNameMadeOnlyOfUnicodeBlanksIsNoName() {
        Api pmo = Api.as(port, "pmo");
        for (String blanks : new String[] {"\\u00a0\\u200b", "\\u3000\\u2007", "\\ufeff"}) {
            assertRefused(pmo.post("/api/v1/projects", "{\"name\":\"" + blanks + "\"}"), "name");
            assertRefused(pmo.post("/api/v1/portfolios", "{\"code\":\"NB\",\"name\":\"" + blanks + "\"}"), "name");
        }
    }

    @Test
    void aValueOfTheWrongTypeNamesItsFieldInTheReadersLanguage() throws Exception {
        HttpResponse<String> answer = send("POST", "/api/v1/projects", "fr",
                "{\"name\":\"Dates\",\"plannedStart\":\"2024-02-30\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode error = Api.mapper().readTree(answer.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("plannedStart");
        assertThat(error.get("message").asString()).startsWith("Indiquez une date réelle");
    }

    @Test
    void idsAreWrittenInAsciiDigitsOnly() throws Exception {
        for (String id : new String[] {"%D9%A1", "%EF%BC%91", "0x1", "+0x1"}) {
            HttpResponse<String> answer = send("GET", "/api/v1/projects/" + id, "en", null);
            assertThat(answer.statusCode()).as(id).isEqualTo(400);
            assertThat(Api.mapper().readTree(answer.body()).get("errors").get(0).get("field").asString()).isEqualTo("id");
        }
        assertThat(send("GET", "/api/v1/projects/1", "en", null).statusCode()).isEqualTo(200);
        assertThat(send("DELETE", "/api/v1/projects/1?version=%D9%A1", "en", null).statusCode()).isEqualTo(400);
        assertThat(mvc.perform(get("/projects/{id}", "\u0661").with(as("pmo"))).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    @Test
    void whatTomcatRefusesBeforeSpringIsAnsweredLikeTheRestOfTheApplication() throws Exception {
        HttpResponse<String> api = send("GET", "/api/v1/projects/1%2F2", "en", null);
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(Api.mapper().readTree(api.body()).get("status").asInt()).isEqualTo(400);

        HttpResponse<String> page = send("GET", "/projects/%00", "en", null);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Lodestar").doesNotContain("Apache Tomcat", "HTTP Status");
        for (HttpResponse<String> answer : java.util.List.of(api, page)) {
            assertThat(answer.headers().firstValue("Permissions-Policy")).isPresent();
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void aLongAddressGetsTheApplicationsAnswerNotTomcats() throws Exception {
        String longQuery = "?q=" + "a".repeat(9_000);
        HttpResponse<String> api = send("GET", "/api/v1/projects" + longQuery, "fr", null);
        assertThat(api.statusCode()).isEqualTo(414);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(Api.mapper().readTree(api.body()).get("detail").asString()).startsWith("L’adresse est trop longue");

        HttpRequest.Builder browser = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login" + longQuery))
                .header("Accept", "text/html").header("Accept-Language", "en");
        HttpResponse<String> page = HttpClient.newHttpClient().send(browser.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(414);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(page.body()).contains("Lodestar").doesNotContain("Apache Tomcat", "HTTP Status");

        // past Tomcat's own limit the address is never read: still a problem, never Tomcat's page
        HttpResponse<String> unread = send("GET", "/api/v1/projects?q=" + "a".repeat(70_000), "en", null);
        assertThat(unread.statusCode()).isEqualTo(400);
        assertThat(unread.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        for (HttpResponse<String> answer : java.util.List.of(api, page, unread)) {
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void theSecurityAndSizeFiltersAnswerInTheReadersLanguage() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder anonymous = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/projects"))
                .header("Accept-Language", "fr");
        HttpResponse<String> unauthorized = http.send(anonymous.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(detail(unauthorized)).startsWith("Connectez-vous");

        String requester = Base64.getEncoder().encodeToString("requester:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> forbidden = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/audit")).header("Authorization", "Basic " + requester).header("Accept-Language", "ja")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(detail(forbidden)).isEqualTo("このリクエストを行う権限がありません。");

        HttpResponse<String> tooLarge = send("POST", "/api/v1/projects", "ko",
                "{\"name\":\"" + "x".repeat(1_100_000) + "\"}");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(detail(tooLarge)).isEqualTo("요청 본문이 너무 큽니다.");
    }

    private static String detail(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        return Api.mapper().readTree(answer.body()).get("detail").asString();
    }

    @Test
    void strictTransportSecurityIsSentWhenTheRequestCameOverHttps() throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        HttpClient http = HttpClient.newHttpClient();

        assertThat(http.send(request.build(), HttpResponse.BodyHandlers.discarding()).headers()
                .firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(http.send(request.header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts -> assertThat(hsts)
                .contains("max-age="));
    }

    private static JsonNode threshold(Api pmo) {
        for (JsonNode threshold : pmo.get("/api/v1/status/thresholds").json()) {
            if (threshold.get("indicator").asString().equals("planning.finishSlippage")) return threshold;
        }
        throw new AssertionError("no planning.finishSlippage threshold");
    }

    private static void assertRefused(Api.Response answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("errors").findValuesAsString("field")).contains(field);
    }

    private HttpResponse<String> send(String method, String path, String language, String json) throws Exception {
        String credentials = Base64.getEncoder().encodeToString("pmo:demo".getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials).header("Accept-Language", language)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
