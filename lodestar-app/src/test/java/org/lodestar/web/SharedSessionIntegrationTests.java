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
import org.lodestar.Lodestar;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two Lodestar servers on one database share web sessions: sign in on one, carry on with the other. */
class SharedSessionIntegrationTests extends IntegrationTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSessionStartedOnOneServerIsValidOnAnother() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, port, "member");

        try (ConfigurableApplicationContext second = startSecondServer()) {
            int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + secondPort + "/projects")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(secondPort).isNotEqualTo(port);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Min-jun Park").contains("id=\"results\"");
        }
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'member'")
                .query(Long.class).single()).isPositive();
    }

    private static void signIn(HttpClient browser, int port, String username) throws Exception {
        String login = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(login);
        assertThat(token.find()).isTrue();
        String form = "username=" + username + "&password=demo&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private ConfigurableApplicationContext startSecondServer() {
        return new SpringApplicationBuilder(Lodestar.class).run(
                "--server.port=0",
                // as the suite's own servers: a snapshot of health taken on the shared database would outlive it
                "--lodestar.status.health-snapshot=false",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"));
    }
}
