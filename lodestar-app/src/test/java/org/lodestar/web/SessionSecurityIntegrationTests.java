package org.lodestar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A signed-in browser session always acts with the account's current rights. */
class SessionSecurityIntegrationTests extends IntegrationTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void aRoleTakenAwayAppliesAtTheNextClickAndADisabledAccountIsSignedOut() throws Exception {
        Api admin = Api.as(port, "admin");
        JsonNode person = admin.post("/api/v1/users", "{\"username\": \"tempo\", \"displayName\": \"Temp PMO\","
                + " \"roles\": [\"PMO\"], \"password\": \"tempo-password\"}").json();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, "tempo", "tempo-password");
        assertThat(get(browser, "/portfolios/new").statusCode()).isEqualTo(200);

        long id = person.get("id").asLong();
        admin.put("/api/v1/users/" + id, "{\"displayName\": \"Temp PMO\", \"roles\": [\"TEAM_MEMBER\"],"
                + " \"enabled\": true, \"version\": 0}");
        assertThat(get(browser, "/portfolios/new").statusCode()).isEqualTo(403);

        admin.put("/api/v1/users/" + id, "{\"displayName\": \"Temp PMO\", \"roles\": [\"TEAM_MEMBER\"],"
                + " \"enabled\": false, \"version\": 1}");
        HttpResponse<String> afterDisabling = get(browser, "/projects");
        assertThat(afterDisabling.statusCode()).isEqualTo(302);
        assertThat(afterDisabling.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void changingThePasswordSignsThePersonOutEverywhereElse() throws Exception {
        Api.as(port, "admin").post("/api/v1/users", "{\"username\": \"twice\", \"displayName\": \"Twice\","
                + " \"roles\": [\"TEAM_MEMBER\"], \"password\": \"first-one\"}");
        HttpClient laptop = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpClient phone = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(laptop, "twice", "first-one");
        signIn(phone, "twice", "first-one");

        Matcher token = CSRF.matcher(get(phone, "/account").body());
        assertThat(token.find()).isTrue();
        String form = "currentPassword=first-one&newPassword=second-one&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> changed = phone.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/account/password")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(get(phone, "/projects").statusCode()).isEqualTo(200);
        assertThat(get(laptop, "/projects").statusCode()).isEqualTo(302);
    }

    private void signIn(HttpClient browser, String username, String password) throws Exception {
        Matcher token = CSRF.matcher(get(browser, "/login").body());
        assertThat(token.find()).isTrue();
        String form = "username=" + username + "&password=" + password + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
