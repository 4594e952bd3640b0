package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Password and token guessing is throttled per account and per client address (issue 9, OWASP ASVS V2.2.1). Each
 * test signs in from addresses of its own (through {@code X-Forwarded-For}, which Tomcat takes from a local proxy),
 * so that the other tests, all from 127.0.0.1, are never locked out.
 */
class SignInThrottleIntegrationTests extends PageTestSupport {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAccountIsLockedAfterFiveWrongPasswordsEvenForTheRightOneUntilAnAdministratorLiftsIt() throws Exception {
        String username = person();
        String address = address();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(basic(username, "wrong password", address).statusCode()).as("attempt " + attempt).isEqualTo(401);
        }

        HttpResponse<String> locked = basic(username, "a right password", address());
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 31L);
        String form = mvc.perform(post("/login").param("username", username).param("password", "a right password")
                .with(csrf()).with(request -> {
                    request.setRemoteAddr(address());
                    return request;
                })).andReturn().getResponse().getRedirectedUrl();
        assertThat(form).as("the sign-in form says the account is locked").isEqualTo("/login?locked");
        assertThat(lastAuditSummary()).isEqualTo("locked account:" + username);

        assertThat(Api.as(port, "pm").send("DELETE", "/api/v1/users/" + id(username) + "/sign-in-lock", null).status())
                .isEqualTo(403);
        assertThat(Api.as(port, "admin").send("DELETE", "/api/v1/users/" + id(username) + "/sign-in-lock", null).status())
                .isEqualTo(204);
        assertThat(lastAuditSummary()).isEqualTo("lifted account:" + username);
        assertThat(basic(username, "a right password", address).statusCode()).isEqualTo(200);
    }

    @Test
    void theAdministratorSeesTheLockOnThePersonsPageAndLiftsItThere() throws Exception {
        String username = person();
        for (int attempt = 1; attempt <= 5; attempt++) basic(username, "wrong password", address());
        String page = "/admin/users/" + id(username);

        assertThat(page(page, "admin", java.util.Locale.ENGLISH)).contains("Locked out after failed sign-ins until");
        assertThat(mvc.perform(post(page + "/sign-in-lock").with(csrf()).with(as("admin"))).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo(page);

        assertThat(page(page, "admin", java.util.Locale.ENGLISH)).doesNotContain("Locked out after failed sign-ins");
        assertThat(lastAuditSummary()).isEqualTo("lifted account:" + username);
        assertThat(basic(username, "a right password", address()).statusCode()).isEqualTo(200);
    }

    @Test
    void aLockEndsByItselfAndEachFurtherFailureDoublesTheNext() throws Exception {
        String username = person();
        for (int attempt = 1; attempt <= 5; attempt++) basic(username, "wrong password", address());
        assertThat(basic(username, "a right password", address()).statusCode()).isEqualTo(429);

        jdbc.update("update sign_in_throttle set locked_until = locked_until - interval '1' hour where subject = ?",
                "account:" + username);
        assertThat(basic(username, "wrong password", address()).statusCode()).as("the lock has ended").isEqualTo(401);
        HttpResponse<String> again = basic(username, "a right password", address());
        assertThat(again.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(again.headers().firstValue("Retry-After").orElseThrow())).isBetween(31L, 61L);

        jdbc.update("update sign_in_throttle set locked_until = locked_until - interval '1' hour where subject = ?",
                "account:" + username);
        assertThat(basic(username, "a right password", address()).statusCode()).isEqualTo(200);
        assertThat(basic(username, "wrong password", address()).statusCode())
                .as("a success starts the count over").isEqualTo(401);
    }

    @Test
    void anAddressGuessingNamesOrTokensIsLockedWhileTheAccountsStayOpenElsewhere() throws Exception {
        String guesser = address();
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertThat(basic("nobody-" + attempt, "guess", guesser).statusCode()).isEqualTo(401);
        }
        assertThat(basic("pm", "demo", guesser).statusCode()).isEqualTo(429);
        assertThat(basic("pm", "demo", address()).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from sign_in_throttle where subject like 'account:nobody-%'",
                Integer.class)).as("unknown names fill no table").isZero();

        String secret = Api.as(port, "pm").post("/api/v1/tokens", "{\"name\":\"throttle\"}").json()
                .get("secret").asString();
        String tokenGuesser = address();
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertThat(bearer("lst_guess" + attempt, tokenGuesser).statusCode()).isEqualTo(401);
        }
        assertThat(bearer(secret, tokenGuesser).statusCode()).isEqualTo(429);
        assertThat(bearer(secret, address()).statusCode()).isEqualTo(200);
    }

    /** A new person with the password "a right password", so that no other test's account is ever locked. */
    private String person() {
        String username = "throttled-" + System.nanoTime();
        Api.Response created = Api.as(port, "admin").post("/api/v1/users", "{\"username\":\"" + username
                + "\",\"displayName\":\"Throttled\",\"roles\":[\"TEAM_MEMBER\"],\"password\":\"a right password\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    private long id(String username) {
        for (JsonNode person : Api.as(port, "admin").get("/api/v1/users").json()) {
            if (person.get("username").asString().equals(username)) return person.get("id").asLong();
        }
        throw new AssertionError("no " + username);
    }

    private String lastAuditSummary() {
        return jdbc.queryForObject("select summary from audit_event where entity_type = 'signInLock' "
                + "order by id desc fetch first 1 rows only", String.class);
    }

    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    private HttpResponse<String> basic(String username, String password, String address) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return send("Basic " + credentials, address);
    }

    private HttpResponse<String> bearer(String token, String address) throws Exception {
        return send("Bearer " + token, address);
    }

    private HttpResponse<String> send(String authorization, String address) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/projects?size=1"))
                .header("Authorization", authorization).header("X-Forwarded-For", address).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
