package org.lodestar.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds, in the running demo organisation, records that a path template's variables can name: each variable is
 * taken from the list one level up ({@code /projects} for {@code /projects/{id}}), trying records until the whole
 * path answers 2xx to a plain GET. Records listed only under their project are found there, and the few other
 * collections that have no list of their own where the API shows them (timesheets in the approval queue, a
 * project's tasks in its plan). A
 * heatmap cell, for the drill-down's query, is the first with demand.
 */
final class DemoRecords {

    private static final int TRIES = 60;
    private static final Pattern SCORECARDS = Pattern.compile("/api/v1/scoring-models/(\\d+)/scorecards");
    private static final Pattern ATTACHMENTS = Pattern.compile("/api/v1/requests/(\\d+)/attachments");
    private static final Pattern TASKS = Pattern.compile("/api/v1/projects/(\\d+)/tasks");
    private static final Pattern KPI_MONTHS = Pattern.compile("/api/v1/kpis/([a-z0-9-]+)/months");

    private final LodestarServer server;
    private final String user;
    private final ObjectMapper json = new ObjectMapper();

    DemoRecords(LodestarServer server, String user) {
        this.server = server;
        this.user = user;
    }

    /** Values for the template's variables that name real records, or empty when the demo has none. */
    Optional<Map<String, String>> resolve(String template) throws IOException, InterruptedException {
        String[] segments = template.substring(1).split("/");
        return walk(segments, 0, "", new LinkedHashMap<>());
    }

    private Optional<Map<String, String>> walk(String[] segments, int at, String prefix, Map<String, String> bound)
            throws IOException, InterruptedException {
        if (at == segments.length) {
            if (bound.isEmpty()) {
                return Optional.of(bound);     // nothing to choose: the call itself says whether it works
            }
            int status = server.get(prefix, user).statusCode();
            return status / 100 == 2 ? Optional.of(bound) : Optional.empty();
        }
        String segment = segments[at];
        if (!segment.startsWith("{")) {
            return walk(segments, at + 1, prefix + "/" + segment, bound);
        }
        String variable = segment.substring(1, segment.length() - 1);
        for (String candidate : candidates(prefix, variable)) {
            Map<String, String> next = new LinkedHashMap<>(bound);
            next.put(variable, candidate);
            Optional<Map<String, String>> found = walk(segments, at + 1, prefix + "/" + candidate, next);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private List<String> candidates(String collection, String variable) throws IOException, InterruptedException {
        if (collection.equals("/api/v1/timesheets")) {
            // timesheets have no list: those awaiting the reader's approval (the demo's submitted week)
            return values(read("/api/v1/timesheets/approvals"), "id");
        }
        if (collection.matches("/api/v1/[a-z-]+")
                && (read(collection).isMissingNode() || collection.equals("/api/v1/benefits"))) {
            // benefits' own list is the roll-up, an object of portfolios and benefits at risk: read them by project
            // records listed only under their project (status reports, risks, issues...)
            List<String> records = new ArrayList<>();
            for (String project : values(read("/api/v1/projects?size=100"), "id")) {
                records.addAll(values(read("/api/v1/projects/" + project + collection.substring("/api/v1".length())), "id"));
                if (records.size() >= TRIES) {
                    break;
                }
            }
            return records;
        }
        var scorecards = SCORECARDS.matcher(collection);
        if (scorecards.matches()) {
            JsonNode ranking = read("/api/v1/scoring-models/" + scorecards.group(1) + "/ranking");
            List<String> scored = new ArrayList<>();
            ranking.path("entries").forEach(entry -> {
                if (entry.path("complete").asInt() > 0) {
                    scored.add(entry.path("requestId").asText());
                }
            });
            return scored;
        }
        var tasks = TASKS.matcher(collection);
        if (tasks.matches()) {
            // a project's tasks are listed in its plan
            return values(read("/api/v1/projects/" + tasks.group(1) + "/plan").path("tasks"), "id");
        }
        var months = KPI_MONTHS.matcher(collection);
        if (months.matches()) {
            // a KPI's computed months are its history's periods (first days), asked for as yyyy-MM
            List<String> periods = new ArrayList<>();
            read("/api/v1/kpis/" + months.group(1)).path("kpi").path("history")
                    .forEach(point -> periods.add(point.path("period").asText().substring(0, 7)));
            return periods;
        }
        var attachments = ATTACHMENTS.matcher(collection);
        if (attachments.matches()) {
            return values(read("/api/v1/requests/" + attachments.group(1)).path("attachments"), "id");
        }
        return values(read(collection), variable);
    }

    /** The role and month of the first cell of the role × month heatmap that has demand, or empty. */
    Map<String, String> heatmapCell() throws IOException, InterruptedException {
        for (JsonNode row : read("/api/v1/capacity/roles").path("rows")) {
            for (JsonNode cell : row.path("cells")) {
                if (cell.path("demand").asDouble() > 0) {
                    return Map.of("role", row.path("role").asText(), "month", cell.path("month").asText());
                }
            }
        }
        return Map.of();
    }

    private JsonNode read(String path) throws IOException, InterruptedException {
        var response = server.get(path, user);
        return response.statusCode() / 100 == 2 ? json.readTree(response.body()) : json.missingNode();
    }

    /** The records of a list (an array, or a page's items), each by the variable's field, else its id or number. */
    private static List<String> values(JsonNode list, String variable) {
        JsonNode elements = list.isArray() ? list : firstArray(list);
        List<String> values = new ArrayList<>();
        for (JsonNode element : elements) {
            for (String field : List.of(variable, "id", "number")) {
                JsonNode value = element.get(field);
                if (value != null && value.isValueNode() && !value.isNull()) {
                    values.add(value.asText());
                    break;
                }
            }
            if (values.size() == TRIES) {
                break;
            }
        }
        return values;
    }

    private static JsonNode firstArray(JsonNode object) {
        for (String field : List.of("items", "content", "entries", "rows")) {
            if (object.path(field).isArray()) {
                return object.path(field);
            }
        }
        return JsonNodeFactory.instance.arrayNode();
    }
}
