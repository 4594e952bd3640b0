package org.lodestar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lodestar.support.PageTestSupport;
import org.lodestar.web.AuthorisationMatrix.Context;
import org.lodestar.web.AuthorisationMatrix.Endpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every endpoint of the application, called as every demo role and anonymously, on records of the roles' own and on
 * foreign ones, answers as {@code authorisation-matrix.txt} says. Endpoints are the operations of the OpenAPI
 * document and every handler mapping of the controllers (pages and their forms included); an endpoint without a row,
 * or a row without an endpoint, fails the build, so a new endpoint cannot ship without a stated rule.
 *
 * <p>Calls leave the fixtures as they are: writes carry a stale version (as {@code If-Match} and as the
 * {@code version} parameter) and an empty body ({@code {}} for JSON, the few parameters forms require otherwise, with
 * a CSRF token), so a role that may write gets 400, 409 or 422, or a harmless 2xx, and one that may not gets 403.
 * Deleting a baseline or an attachment takes no version: the fixtures store it again after each successful delete.
 * The answers of the last run, with the status codes of allowed calls and the time taken, are written to
 * {@code target/authorisation-matrix-actual.txt}.
 */
class AuthorisationMatrixIntegrationTests extends PageTestSupport {

    private static final String TABLE = "/authorisation-matrix.txt";
    private static final String STALE_VERSION = "987654321";
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    /** Framework endpoints: the error page and the API documentation, which are no application rules. */
    private static final List<String> FRAMEWORK = List.of("/error", "/v3/api-docs", "/swagger-ui");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyEndpointHasARowAndEveryRowAnEndpoint() throws Exception {
        AuthorisationMatrix matrix = AuthorisationMatrix.read(TABLE);
        Set<Endpoint> endpoints = endpoints();

        List<String> problems = new ArrayList<>(matrix.problems());
        endpoints.stream().filter(endpoint -> !matrix.endpoints().contains(endpoint))
                .forEach(endpoint -> problems.add("no row for " + endpoint
                        + " (add one to " + TABLE + "; target/authorisation-matrix-actual.txt shows its answers)"));
        matrix.endpoints().stream().filter(endpoint -> !endpoints.contains(endpoint))
                .forEach(endpoint -> problems.add("a row for " + endpoint + ", which the application does not serve"));

        if (!problems.isEmpty()) {
            fail(problems.size() + " differences between " + TABLE + " and the application's endpoints:\n"
                    + String.join("\n", problems));
        }
    }

    @Test
    void everyRoleGetsTheAnswerOfTheTable() throws Exception {
        AuthorisationMatrix matrix = AuthorisationMatrix.read(TABLE);
        long began = System.nanoTime();
        MatrixFixtures fixtures = MatrixFixtures.build(port);
        long built = System.nanoTime();

        List<String> mismatches = new ArrayList<>();
        StringBuilder actual = new StringBuilder(AuthorisationMatrix.row("method", "path", AuthorisationMatrix.ROLES))
                .append('\n');
        int calls = 0;
        Set<Endpoint> endpoints = endpoints();
        Map<Endpoint, Long> durations = new HashMap<>();
        for (Endpoint endpoint : endpoints) {
            long endpointBegan = System.nanoTime();
            List<Context> contexts = contexts(endpoint, fixtures);
            List<String> cells = new ArrayList<>();
            for (String role : AuthorisationMatrix.ROLES) {
                List<String> answers = new ArrayList<>();
                for (Context context : contexts) {
                    MockHttpServletResponse response = call(endpoint, context, role, fixtures);
                    calls++;
                    String outcome = AuthorisationMatrix.outcome(response.getStatus(), response.getRedirectedUrl());
                    answers.add(outcome.equals("allow") ? String.valueOf(response.getStatus()) : outcome);
                    AuthorisationMatrix.Cell cell = matrix.cell(endpoint, role);
                    String expected = cell == null ? null : cell.expected(context);
                    if (expected != null && !outcome.equals(expected)) {
                        mismatches.add("%-7s %-62s %-9s %-7s expected %-5s got %d%s".formatted(endpoint.method(),
                                endpoint.path(), role, context.label(), expected, response.getStatus(),
                                detail(response)));
                    }
                }
                cells.add(answers.size() == 2 && !answers.get(0).equals(answers.get(1))
                        ? answers.get(0) + "/" + answers.get(1) : answers.get(0));
            }
            actual.append(AuthorisationMatrix.row(endpoint.method(), endpoint.path(), cells)).append('\n');
            durations.put(endpoint, System.nanoTime() - endpointBegan);
        }
        long done = System.nanoTime();
        String slowest = durations.entrySet().stream()
                .sorted(Map.Entry.<Endpoint, Long>comparingByValue().reversed()).limit(10)
                .map(entry -> entry.getKey() + " " + entry.getValue() / 1_000_000 + " ms").toList().toString();
        actual.insert(0, "# %d endpoints, %d calls in %d ms (fixtures %d ms); slowest: %s%n".formatted(
                endpoints.size(), calls, (done - built) / 1_000_000, (built - began) / 1_000_000, slowest));
        Files.writeString(Path.of("target", "authorisation-matrix-actual.txt"), actual, StandardCharsets.UTF_8);

        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " of " + calls + " answers differ from " + TABLE
                    + " (method, path, role, record, expected, actual):\n" + String.join("\n", mismatches));
        }
    }

    /** The operations of the OpenAPI document and every handler mapping but the framework's, in call order. */
    private Set<Endpoint> endpoints() throws Exception {
        Set<Endpoint> endpoints = new TreeSet<>();
        String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode paths = new ObjectMapper().readTree(document).get("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                endpoints.add(new Endpoint(operation.getKey().toUpperCase(Locale.ROOT), path.getKey()));
            }
        }
        for (RequestMappingInfo mapping : handlerMapping.getHandlerMethods().keySet()) {
            for (String pattern : mapping.getPatternValues()) {
                if (FRAMEWORK.stream().anyMatch(pattern::startsWith)) continue;
                Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
                assertThat(methods).as("the methods of " + pattern).isNotEmpty();
                methods.forEach(method -> endpoints.add(new Endpoint(method.name(), pattern)));
            }
        }
        return endpoints;
    }

    /** Own and foreign when a path variable names a record that has both, otherwise one call. */
    private static List<Context> contexts(Endpoint endpoint, MatrixFixtures fixtures) {
        Matcher variables = VARIABLE.matcher(endpoint.path());
        while (variables.find()) {
            if (value(endpoint.path(), variables, fixtures).distinguishes()) {
                return List.of(Context.OWN, Context.FOREIGN);
            }
        }
        return List.of(Context.NONE);
    }

    /** A path variable's fixture: by its name, or for {@code id} by the collection named before it. */
    private static MatrixFixtures.Value value(String path, Matcher variable, MatrixFixtures fixtures) {
        String name = variable.group(1);
        MatrixFixtures.Value byName = fixtures.byName.get(name);
        if (byName != null) return byName;
        String before = path.substring(0, variable.start() - 1);
        String collection = before.substring(before.lastIndexOf('/') + 1);
        // a page may have its own record where it and the API each delete one
        MatrixFixtures.Value byCollection = path.startsWith("/api/") ? null
                : fixtures.byCollection.get("page " + collection);
        if (byCollection == null) byCollection = fixtures.byCollection.get(collection);
        if (byCollection == null) {
            throw new AssertionError("no fixture for {" + name + "} after /" + collection + " in " + path
                    + ": add one to MatrixFixtures");
        }
        return byCollection;
    }

    private static String uri(Endpoint endpoint, Context context, MatrixFixtures fixtures) {
        Matcher variables = VARIABLE.matcher(endpoint.path());
        StringBuilder uri = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(uri, value(endpoint.path(), variables, fixtures).in(context));
        }
        variables.appendTail(uri);
        String path = endpoint.path();
        if (path.endsWith("/scenarios/compare")) uri.append("?ids=").append(fixtures.scenario);
        if (path.equals("/requests/new")) uri.append("?typeId=").append(fixtures.requestType);
        // the dashboard and the steering pack of the whole demo organisation take seconds; the rules are the same
        if (path.equals("/status") || path.startsWith("/status/pack") || path.equals("/api/v1/status/dashboard")) {
            uri.append("?programmeId=").append(fixtures.emptyProgramme);
        }
        return uri.toString();
    }

    private MockHttpServletResponse call(Endpoint endpoint, Context context, String role, MatrixFixtures fixtures)
            throws Exception {
        fixtures.renew(endpoint, context);
        String uri = uri(endpoint, context, fixtures);
        boolean upload = !endpoint.isApi() && endpoint.path().endsWith("/attachments");
        AbstractMockHttpServletRequestBuilder<?> request = upload
                ? multipart(uri).file(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]))
                : request(HttpMethod.valueOf(endpoint.method()), uri);
        if (endpoint.isApi()) {
            request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        } else {
            request.header("Accept", "text/html,*/*;q=0.8");
        }
        if (!endpoint.reads()) {
            request.header("If-Match", "\"" + STALE_VERSION + "\"").param("version", STALE_VERSION);
            if (!endpoint.isApi()) request.with(csrf());
            if (endpoint.isApi() || endpoint.path().contains("/plan/")) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            } else {
                // the parameters some forms require, each harmless beside the stale version
                request.param("decision", "approve").param("field", "businessCase").param("number", "2")
                        .param("personId", STALE_VERSION).param("typeId", String.valueOf(fixtures.requestType));
            }
        }
        if (!role.equals("anonymous")) request.with(as(role));
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        fixtures.called(endpoint, context, response.getStatus());
        return response;
    }

    private static String detail(MockHttpServletResponse response) throws IOException {
        if (response.getRedirectedUrl() != null) return " to " + response.getRedirectedUrl();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (response.getContentType() == null || !response.getContentType().contains("json")) return "";
        Matcher detail = Pattern.compile("\"detail\":\"([^\"]{0,80})").matcher(body);
        return detail.find() ? " (" + detail.group(1) + ")" : "";
    }
}
