package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lodestar.change.ChangeFixtures;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated from the OpenAPI document: for every field of every JSON write operation, values the input gate must
 * refuse (NUL, a lone surrogate and a control character in text; out-of-range numbers and dates; fractions for
 * integers) each get a 400 naming that field, never a 500, and nothing reaches the audit trail.
 */
class InputGateIntegrationTests extends IntegrationTestSupport {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Pattern NESTED_CREATE = Pattern.compile("/api/v1/projects/\\{projectId}/([a-z-]+)");

    @LocalServerPort
    int port;

    @Autowired
    People people;

    /** A bad value for one field, and the field's path as a problem names it. */
    record Poison(String field, JsonNode value) {
    }

    @Test
    void everyWriteOperationRefusesEveryBadValueNamingItsField() {
        List<Api> callers = List.of(bearer("pmo"), bearer("admin"), bearer("requester"));
        Api pmo = callers.get(0);
        JsonNode document = pmo.get("/v3/api-docs").json();
        // an allocation names a role of the resource pool: the pool holds the role the plain body names
        assertThat(pmo.post("/api/v1/resources", "{\"kind\": \"ROLE\", \"name\": \"Input gate role\"}").status())
                .isEqualTo(201);
        recordsListedUnderProjects(document, pmo);
        timesheet = aTimesheetOfTheAdministrator();
        long auditedBefore = audited(pmo);
        List<String> failures = new ArrayList<>();
        int sent = 0;

        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode schema = operation.getValue().path("requestBody").path("content").path("application/json").path("schema");
                if (schema.isMissingNode()) continue;
                String method = operation.getKey().toUpperCase();
                List<Poison> poisons = new ArrayList<>();
                leaves(document, schema, "", poisons);
                if (poisons.isEmpty()) continue;
                String target = target(callers, method, path.getKey(), poisons.get(0));
                for (Poison poison : poisons) {
                    String body = escaped(bodyWith(poison).toString());
                    Api.Response answer = send(callers, method, target, body);
                    sent++;
                    if (!namesField(answer, poison.field())) {
                        failures.add(printable(method + " " + target + " " + poison.field() + "=" + poison.value()
                                + " -> " + answer.status() + " " + answer.body()));
                    }
                }
            }
        }

        assertThat(sent).as("bad values sent").isGreaterThan(300);
        assertThat(failures).as("answers that are not a 400 naming the field").isEmpty();
        assertThat(audited(pmo)).as("audit entries after the bad values").isEqualTo(auditedBefore);
    }

    /**
     * JSON with every surrogate written as an escape: sent raw, a lone surrogate would become '?' in the request's
     * UTF-8 before the server saw it.
     */
    private static String escaped(String json) {
        StringBuilder escaped = new StringBuilder();
        json.chars().forEach(c -> escaped.append(Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return escaped.toString();
    }

    /** Reports show control characters and lone surrogates escaped, as the test sent them. */
    private static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.chars().forEach(c -> shown.append(c < 0x20 || Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return shown.toString();
    }

    /**
     * A record of each kind that is listed only under a project (risks, issues...), created through the document's
     * own create operation with a body of plain values, so that the operations on one have a record to
     * be authorised on even when the demo holds none.
     */
    private static void recordsListedUnderProjects(JsonNode document, Api pmo) {
        String project = items(pmo.get("/api/v1/projects?size=1").json()).iterator().next().get("id").asString();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            Matcher nested = NESTED_CREATE.matcher(path.getKey());
            JsonNode create = path.getValue().path("post");
            if (!nested.matches() || create.isMissingNode()
                    || !document.get("paths").has("/api/v1/" + nested.group(1) + "/{id}")
                    || !listedUnder(pmo, nested.group(1)).isEmpty()) continue;
            JsonNode schema = create.path("requestBody").path("content").path("application/json").path("schema");
            Api.Response created = pmo.post(path.getKey().replace("{projectId}", project),
                    plainFields(document, schema).toString());
            assertThat(created.status()).as(path.getKey() + " " + created.body()).isEqualTo(201);
        }
    }

    /**
     * A body giving every plain field of a schema a plain valid value (the first choice of an enumeration, the
     * documented example, 1 for a number, a 2027 date), leaving out references to other records ({@code ownerId}) and the version.
     */
    private static ObjectNode plainFields(JsonNode document, JsonNode schema) {
        schema = dereference(document, schema);
        ObjectNode body = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String name = property.getKey();
            if (name.endsWith("Id") || name.equals("version")) continue;
            JsonNode field = dereference(document, property.getValue());
            switch (field.path("type").asString("object")) {
                case "string" -> body.put(name, field.has("enum") ? field.get("enum").get(0).asString()
                        : field.has("example") ? field.get("example").asString()
                        : field.path("format").asString().equals("date") ? "2027-01-04" : "Input gate " + name);
                case "integer", "number" -> body.put(name, Math.max(1, field.path("minimum").asInt(1)));
                case "boolean" -> body.put(name, false);
                default -> {
                    // nested objects and lists stay out: none is needed to create a record
                }
            }
        }
        return body;
    }

    /** Tokens rather than passwords: a password is checked with BCrypt on every call, a token is looked up. */
    private Api bearer(String user) {
        String secret = Api.as(port, user).post("/api/v1/tokens", "{\"name\":\"input gate\"}").json()
                .get("secret").asString();
        return Api.bearer(port, secret);
    }

    /** As the first caller with the right to the act (a requester submits their own request). */
    private static Api.Response send(List<Api> callers, String method, String target, String body) {
        Api.Response answer = null;
        for (Api caller : callers) {
            answer = caller.send(method, target, body);
            if (answer.status() != 403) break;
        }
        return answer;
    }

    private static boolean namesField(Api.Response answer, String field) {
        if (answer.status() != 400 || !answer.contentType().startsWith("application/problem+json")) return false;
        for (JsonNode error : answer.json().path("errors")) {
            if (error.path("field").asString().equals(field) && !error.path("message").asString().isBlank()) return true;
        }
        return false;
    }

    /** Every leaf field of a schema (through $ref, nested objects and arrays) with the values that must be refused. */
    private static void leaves(JsonNode document, JsonNode schema, String prefix, List<Poison> poisons) {
        schema = dereference(document, schema);
        switch (schema.path("type").asString("object")) {
            case "object" -> {
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    String name = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
                    leaves(document, property.getValue(), name, poisons);
                }
            }
            case "array" -> leaves(document, schema.path("items"), prefix + "[0]", poisons);
            case "string" -> {
                if (schema.path("format").asString().equals("date")) {
                    for (String day : List.of("1899-12-31", "3000-01-01", "0001-01-01", "2024-02-30")) {
                        poisons.add(new Poison(prefix, NODES.stringNode(day)));
                    }
                } else if (!schema.has("enum") && !schema.path("format").asString().equals("binary")) {
                    for (String text : List.of("x\u0000y", "x\ud800y", "x\u0007y", "\udc00")) {
                        poisons.add(new Poison(prefix, NODES.stringNode(text)));
                    }
                }
            }
            case "integer" -> {
                poisons.add(new Poison(prefix, NODES.numberNode(new java.math.BigDecimal("1.5"))));
                poisons.add(new Poison(prefix, NODES.numberNode(new java.math.BigInteger(
                        schema.path("format").asString().equals("int32") ? "2147483648" : "9223372036854775808"))));
            }
            case "number" -> poisons.add(new Poison(prefix, NODES.numberNode(new java.math.BigDecimal("1e20"))));
            default -> {
                // booleans have no bad value that Jackson would not refuse as such
            }
        }
    }

    private static JsonNode dereference(JsonNode document, JsonNode schema) {
        while (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            schema = document.path("components").path("schemas").path(name);
        }
        return schema;
    }

    /** A body holding only the poisoned field: {@code tasks[0].name} becomes {@code {"tasks":[{"name":…}]}}. */
    private static JsonNode bodyWith(Poison poison) {
        ObjectNode body = NODES.objectNode();
        ObjectNode at = body;
        String[] steps = poison.field().split("\\.");
        for (int i = 0; i < steps.length; i++) {
            String name = steps[i].replace("[0]", "");
            int depth = (steps[i].length() - name.length()) / 3;
            JsonNode value = i == steps.length - 1 ? poison.value() : NODES.objectNode();
            for (int level = 0; level < depth; level++) value = NODES.arrayNode().add(value);
            at.set(name, value);
            while (value.isArray()) value = value.get(0);
            if (value.isObject()) at = (ObjectNode) value;
        }
        return body;
    }

    /**
     * The path with its variables naming real records the API lists one level up (projects, requests, reports...),
     * since a write is authorised on its record, and an act checked against its state, before the body is read:
     * the first record on which the first bad value gets past those checks.
     */
    private static String target(List<Api> callers, String method, String template, Poison first) {
        List<String> targets = targets(callers.get(0), template);
        for (String target : targets) {
            int status = send(callers, method, target, escaped(bodyWith(first).toString())).status();
            if (status != 403 && status != 404 && status != 409) return target;
        }
        return targets.get(0);
    }

    private static List<String> targets(Api api, String template) {
        Matcher variable = VARIABLE.matcher(template);
        List<String> prefixes = List.of("");
        int from = 0;
        while (variable.find()) {
            String literal = template.substring(from, variable.start() - 1);
            List<String> next = new ArrayList<>();
            String collection = prefixes.get(0) + literal;
            for (String id : ids(api, collection)) next.add(collection + "/" + id);
            prefixes = next;
            from = variable.end();
        }
        String rest = template.substring(from);
        return prefixes.stream().map(prefix -> prefix + rest).toList();
    }

    /** A timesheet to act on (timesheets have no list to find one in, and the demo keeps none yet). */
    private static long timesheet;

    /**
     * The administrator logs an hour on a project of pm's whose team it joins: a draft timesheet that the
     * administrator submits and the PMO (an editor of every project, not its owner) approves or returns.
     */
    private long aTimesheetOfTheAdministrator() {
        long project = ChangeFixtures.project(port, people, "Input gate timesheet", true);
        Api pm = Api.as(port, "pm");
        long version = pm.get("/api/v1/projects/" + project).json().get("version").asLong();
        assertThat(pm.post("/api/v1/projects/" + project + "/members", ProjectFixtures.json(Map.of("personId",
                ChangeFixtures.personId(people, "admin"), "canEdit", false, "version", version))).status())
                .isEqualTo(200);
        long task = pm.get("/api/v1/projects/" + project + "/plan").json().get("tasks").get(0).get("id").asLong();
        Api.Response sheet = Api.as(port, "admin").put("/api/v1/timesheets/week", ProjectFixtures.json(Map.of(
                "weekStart", "2036-01-07", "lines", List.of(Map.of("projectId", project, "taskId", task,
                        "hours", List.of(1))))));
        assertThat(sheet.status()).as(sheet.body()).isEqualTo(200);
        return sheet.json().get("id").asLong();
    }

    private static List<String> ids(Api api, String collection) {
        if (collection.equals("/api/v1/timesheets")) return List.of(Long.toString(timesheet));
        if (collection.endsWith("/status/thresholds")) return List.of("planning.finishSlippage");
        List<JsonNode> records = new ArrayList<>();
        Api.Response list = api.get(collection + (collection.endsWith("/requests") ? "?size=100" : ""));
        if (list.status() == 200) {
            items(list.json()).forEach(records::add);
        } else if (collection.matches("/api/v1/[a-z-]+")) {
            records.addAll(listedUnder(api, collection.substring("/api/v1/".length())));
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode record : records) {
            for (String field : List.of("id", "number")) {
                if (record.hasNonNull(field)) {
                    ids.add(record.get(field).asString());
                    break;
                }
            }
        }
        return ids.isEmpty() ? List.of("1") : ids.subList(0, Math.min(ids.size(), 40));
    }

    /**
     * Records listed only under their project (status reports, risks) or portfolio (steering actions), from the
     * first ones that have some.
     */
    private static List<JsonNode> listedUnder(Api api, String kind) {
        List<JsonNode> records = new ArrayList<>();
        for (String parents : List.of("projects", "portfolios")) {
            for (JsonNode parent : items(api.get("/api/v1/" + parents + "?size=100").json())) {
                String under = "/api/v1/" + parents + "/" + parent.get("id").asString() + "/";
                Api.Response list = api.get(under + kind);
                if (list.status() == 200) items(list.json()).forEach(records::add);
                if (records.size() >= 40) return records;
            }
        }
        return records;
    }

    private static Iterable<JsonNode> items(JsonNode list) {
        return list.isArray() ? list : list.path("items");
    }

    private static long audited(Api pmo) {
        long total = 0;
        for (String actor : List.of("pmo", "admin", "requester")) {
            total += pmo.get("/api/v1/audit?size=1&actor=" + actor).json().get("total").asLong();
        }
        return total;
    }
}
