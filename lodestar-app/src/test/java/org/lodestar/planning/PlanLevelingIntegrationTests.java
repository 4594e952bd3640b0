package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Leveling a plan through the API: the problem built from the plan (a person on two parallel tasks, a successor
 * that follows, the same person's work in another project as fixed load), preview writing nothing, apply through
 * the audited path, 409 on a stale preview, clear, bad input naming its field, the edit right, and a stopped run
 * writing nothing.
 */
class PlanLevelingIntegrationTests extends PageTestSupport {

    @Autowired
    PlanLeveling leveling;

    @Autowired
    RunAs runAs;

    @Autowired
    org.lodestar.platform.People people;

    private long register(String name) {
        Api.Response registered = Api.as(port, "resource").post("/api/v1/resources",
                json(Map.of("kind", "PERSON", "name", name)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asLong();
    }

    /** A project whose plan starts Monday 4 January 2027 with these tasks ({key, name, duration, predecessor}). */
    private long project(Api pmo, String name, List<List<String>> tasks) {
        long project = pmo.post("/api/v1/projects", json(newProject(name, 1))).json().get("id").asLong();
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("start", "2027-01-04");
        plan.put("tasks", tasks.stream().map(t -> Map.of("key", t.get(0), "name", t.get(1), "duration", t.get(2))).toList());
        plan.put("dependencies", tasks.stream().filter(t -> t.size() > 3)
                .map(t -> Map.of("predecessor", t.get(3), "successor", t.get(0))).toList());
        Api.Response put = pmo.put("/api/v1/projects/" + project + "/plan", json(plan));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        return project;
    }

    private static JsonNode task(JsonNode plan, String name) {
        for (JsonNode task : plan.get("tasks")) if (task.get("name").asString().equals(name)) return task;
        throw new AssertionError("no task " + name);
    }

    private static JsonNode assign(Api pmo, long project, String task, long resource) {
        String plan = "/api/v1/projects/" + project + "/plan";
        long id = task(pmo.get(plan).json(), task).get("id").asLong();
        Api.Response added = pmo.post(plan + "/tasks/" + id + "/assignments", json(Map.of("resource", resource)));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json();
    }

    private static JsonNode move(JsonNode preview, String name) {
        for (JsonNode move : preview.get("moves")) if (move.get("name").asString().equals(name)) return move;
        throw new AssertionError("no move of " + name + " in " + preview);
    }

    private static List<Integer> load(JsonNode preview, String person, String which) {
        for (JsonNode load : preview.get("people")) {
            if (load.get("name").asString().equals(person)) {
                return java.util.stream.StreamSupport.stream(load.get(which).spliterator(), false)
                        .map(JsonNode::asInt).toList();
            }
        }
        throw new AssertionError("no load of " + person);
    }

    @Test
    void aPersonOnTwoParallelTasksIsLeveledAppliedThroughThePlanAndCleared() {
        Api pmo = Api.as(port, "pmo");
        String ana = "Ana Level " + UUID.randomUUID().toString().substring(0, 6);
        long anaId = register(ana);
        long project = project(pmo, "Leveling trial", List.of(List.of("a", "Alpha", "5d"), List.of("b", "Beta", "5d"),
                List.of("g", "Gamma", "2d", "b")));
        assign(pmo, project, "Alpha", anaId);
        JsonNode before = assign(pmo, project, "Beta", anaId);
        String url = "/api/v1/projects/" + project + "/plan/leveling";

        // preview: Beta drives Gamma (no slack), so Alpha waits a week for Ana; nothing is written
        Api.Response previewed = pmo.post(url, json(Map.of("mode", "DELAY_ONLY")));
        assertThat(previewed.status()).as(previewed.body()).isEqualTo(200);
        JsonNode preview = previewed.json();
        assertThat(preview.get("version").asLong()).isEqualTo(before.get("version").asLong());
        assertThat(preview.get("finishBefore").asString()).isEqualTo("2027-01-12T17:00");
        assertThat(preview.get("finishAfter").asString()).isEqualTo("2027-01-15T17:00");
        JsonNode alpha = move(preview, "Alpha");
        assertThat(alpha.get("startBefore").asString()).isEqualTo("2027-01-04T08:00");
        assertThat(alpha.get("startAfter").asString()).isEqualTo("2027-01-11T08:00");
        assertThat(alpha.get("days").asInt()).isEqualTo(5);
        assertThat(alpha.get("delay").asString()).isEqualTo("5d");
        assertThat(alpha.get("people").get(0).asString()).isEqualTo(ana);
        assertThat(preview.get("moves")).hasSize(1);
        assertThat(preview.get("weeks").get(0).asString()).isEqualTo("2027-01-04");
        assertThat(load(preview, ana, "before")).containsExactly(200, 0);
        assertThat(load(preview, ana, "after")).containsExactly(100, 100);
        assertThat(preview.get("misses")).isEmpty();
        JsonNode unchanged = pmo.get("/api/v1/projects/" + project + "/plan").json();
        assertThat(unchanged.get("version").asLong()).isEqualTo(before.get("version").asLong());
        assertThat(task(unchanged, "Alpha").get("start").asString()).isEqualTo("2027-01-04T08:00");

        // bad input names its field; only the plan's editors level
        assertThat(pmo.post(url, json(Map.of("mode", "FASTEST"))).json().get("errors").get(0).get("field").asString())
                .isEqualTo("mode");
        assertThat(pmo.post(url + "/apply", json(Map.of("mode", "DELAY_ONLY"))).json().get("errors").get(0)
                .get("field").asString()).isEqualTo("version");
        for (String refused : List.of("member", "resource")) {
            assertThat(Api.as(port, refused).post(url, json(Map.of("mode", "DELAY_ONLY"))).status()).as(refused)
                    .isEqualTo(403);
            assertThat(Api.as(port, refused).delete(url).status()).as(refused).isEqualTo(403);
        }

        // apply writes Alpha's leveling delay; a second apply of the same (now stale) preview is a conflict
        long version = preview.get("version").asLong();
        Api.Response applied = pmo.post(url + "/apply", json(Map.of("mode", "DELAY_ONLY", "version", version)));
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(task(applied.json(), "Alpha").get("start").asString()).isEqualTo("2027-01-11T08:00");
        assertThat(task(applied.json(), "Alpha").get("levelingDelay").asString()).isEqualTo("5d");
        assertThat(task(applied.json(), "Beta").get("levelingDelay").asString()).isEmpty();
        assertThat(applied.json().get("version").asLong()).isGreaterThan(version);
        assertThat(pmo.post(url + "/apply", json(Map.of("mode", "DELAY_ONLY", "version", version))).status())
                .isEqualTo(409);
        // leveled already: a new preview moves nothing and shows no one over 100 %
        JsonNode again = pmo.post(url, json(Map.of())).json();
        assertThat(again.get("moves")).isEmpty();
        assertThat(load(again, ana, "before")).containsExactly(100, 100);

        // clear brings Alpha back
        Api.Response cleared = pmo.delete(url);
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(task(cleared.json(), "Alpha").get("start").asString()).isEqualTo("2027-01-04T08:00");
        assertThat(task(cleared.json(), "Alpha").get("levelingDelay").asString()).isEmpty();
    }

    @Test
    void workInOtherProjectsIsFixedLoadAndSuccessorsFollow() {
        Api pmo = Api.as(port, "pmo");
        String bo = "Bo Level " + UUID.randomUUID().toString().substring(0, 6);
        long boId = register(bo);
        long other = project(pmo, "Leveling elsewhere", List.of(List.of("e", "Elsewhere", "5d")));
        assign(pmo, other, "Elsewhere", boId);
        long project = project(pmo, "Leveling here", List.of(List.of("x", "Xray", "3d"), List.of("y", "Yankee", "2d", "x")));
        assign(pmo, project, "Xray", boId);
        String url = "/api/v1/projects/" + project + "/plan/leveling";

        JsonNode preview = pmo.post(url, json(Map.of("mode", "DELAY_ONLY"))).json();
        JsonNode xray = move(preview, "Xray");
        assertThat(xray.get("startAfter").asString()).isEqualTo("2027-01-11T08:00");
        assertThat(xray.get("delay").asString()).isEqualTo("5d");
        assertThat(xray.get("people").get(0).asString()).isEqualTo(bo);
        // Yankee only follows Xray: it moves without a delay of its own
        JsonNode yankee = move(preview, "Yankee");
        assertThat(yankee.get("startAfter").asString()).isEqualTo("2027-01-14T08:00");
        assertThat(yankee.get("delay").asString()).isEmpty();
        assertThat(load(preview, bo, "before")).containsExactly(160, 0);
        assertThat(load(preview, bo, "after")).containsExactly(100, 60);

        Api.Response applied = pmo.post(url + "/apply",
                json(Map.of("mode", "DELAY_ONLY", "version", preview.get("version").asLong())));
        assertThat(task(applied.json(), "Yankee").get("finish").asString()).isEqualTo("2027-01-15T17:00");
        // the other project's plan is not touched
        assertThat(task(pmo.get("/api/v1/projects/" + other + "/plan").json(), "Elsewhere").get("start").asString())
                .isEqualTo("2027-01-04T08:00");
    }

    /**
     * Papa (Ana, 2 days) precedes Quebec (Bo, 4 days); Romeo (Bo, 3 days) and Sierra (Ana, 3 days) stand alone.
     * Delay-only takes the tasks by least slack, Papa and Quebec first, so Romeo cannot fit before Quebec and waits
     * until it ends: 9 working days. The shortest finish runs Romeo first and Quebec after it: 7 days, which is Bo's
     * work alone, so no schedule is shorter.
     */
    @Test
    void theShortestFinishModeFindsAnOrderThatDelayOnlyLevelingMisses() {
        Api pmo = Api.as(port, "pmo");
        String ana = "Ana Short " + UUID.randomUUID().toString().substring(0, 6);
        String bo = "Bo Short " + UUID.randomUUID().toString().substring(0, 6);
        long anaId = register(ana);
        long boId = register(bo);
        long project = project(pmo, "Leveling shortest", List.of(List.of("p", "Papa", "2d"),
                List.of("q", "Quebec", "4d", "p"), List.of("r", "Romeo", "3d"), List.of("s", "Sierra", "3d")));
        assign(pmo, project, "Papa", anaId);
        assign(pmo, project, "Quebec", boId);
        assign(pmo, project, "Romeo", boId);
        assign(pmo, project, "Sierra", anaId);
        String url = "/api/v1/projects/" + project + "/plan/leveling";

        JsonNode delayOnly = pmo.post(url, json(Map.of("mode", "DELAY_ONLY"))).json();
        assertThat(delayOnly.get("finishBefore").asString()).isEqualTo("2027-01-11T17:00");
        assertThat(delayOnly.get("finishAfter").asString()).isEqualTo("2027-01-14T17:00");

        Api.Response previewed = pmo.post(url, json(Map.of("mode", "SHORTEST_MAKESPAN")));
        assertThat(previewed.status()).as(previewed.body()).isEqualTo(200);
        JsonNode shortest = previewed.json();
        assertThat(shortest.get("mode").asString()).isEqualTo("SHORTEST_MAKESPAN");
        assertThat(shortest.get("finishAfter").asString()).isEqualTo("2027-01-12T17:00");
        assertThat(move(shortest, "Quebec").get("delay").asString()).isEqualTo("1d");
        assertThat(move(shortest, "Quebec").get("people").get(0).asString()).isEqualTo(bo);
        assertThat(move(shortest, "Sierra").get("delay").asString()).isEqualTo("2d");
        assertThat(shortest.get("moves")).hasSize(2);
        assertThat(load(shortest, bo, "after")).allMatch(percent -> percent <= 100);
        assertThat(load(shortest, ana, "after")).allMatch(percent -> percent <= 100);

        // apply recomputes the same search (its budget, not the clock, ends it) and writes what the preview showed
        Api.Response applied = pmo.post(url + "/apply",
                json(Map.of("mode", "SHORTEST_MAKESPAN", "version", shortest.get("version").asLong())));
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(task(applied.json(), "Quebec").get("start").asString()).isEqualTo("2027-01-07T08:00");
        assertThat(task(applied.json(), "Sierra").get("start").asString()).isEqualTo("2027-01-06T08:00");
        assertThat(task(applied.json(), "Romeo").get("levelingDelay").asString()).isEmpty();
        assertThat(pmo.post(url, json(Map.of("mode", "SHORTEST_MAKESPAN"))).json().get("moves")).isEmpty();
    }

    @Test
    void inTheShortestFinishModeAHardBookedTaskStaysWhereItIsAndTheOthersFitAroundIt() {
        Api pmo = Api.as(port, "pmo");
        String di = "Di Short " + UUID.randomUUID().toString().substring(0, 6);
        long diId = register(di);
        long project = project(pmo, "Leveling pinned", List.of(List.of("a", "Alpha", "3d"), List.of("b", "Booked", "2d")));
        assign(pmo, project, "Alpha", diId);
        String plan = "/api/v1/projects/" + project + "/plan";
        long booked = task(pmo.get(plan).json(), "Booked").get("id").asLong();
        Api.Response hard = pmo.post(plan + "/tasks/" + booked + "/assignments",
                json(Map.of("resource", diId, "booking", "HARD")));
        assertThat(hard.status()).as(hard.body()).isEqualTo(201);

        // either order finishes in five days: the search leaves the hard-booked task at its dates and moves Alpha
        JsonNode preview = pmo.post(plan + "/leveling", json(Map.of("mode", "SHORTEST_MAKESPAN"))).json();
        assertThat(preview.get("moves")).singleElement().satisfies(move -> {
            assertThat(move.get("name").asString()).isEqualTo("Alpha");
            assertThat(move.get("startAfter").asString()).isEqualTo("2027-01-06T08:00");
        });
        assertThat(preview.get("misses")).isEmpty();
        assertThat(load(preview, di, "after")).allMatch(percent -> percent <= 100);
    }

    /** An active project of the portfolio at the priority given, with one task of five days from 4 January 2027. */
    private long activeProject(Api pmo, long portfolio, String name, String priority, String task) {
        Map<String, Object> body = org.lodestar.portfolio.ProjectFixtures.newProject(name, portfolio);
        body.put("state", "ACTIVE");
        body.put("phase", "EXECUTION");
        body.put("priority", priority);
        Api.Response created = pmo.post("/api/v1/projects", json(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long project = created.json().get("id").asLong();
        Api.Response put = pmo.put("/api/v1/projects/" + project + "/plan", json(Map.of("start", "2027-01-04",
                "tasks", List.of(Map.of("key", "t", "name", task, "duration", "5d")))));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        return project;
    }

    /**
     * Two projects of one portfolio ask Eve for the same week. Leveled one by one, each takes the other's work as
     * fixed and delays its own task; leveled together, the high-priority project keeps its week and only the
     * low-priority one waits. Apply writes both plans with the preview's versions, in one go.
     */
    @Test
    void aPortfoliosProjectsAreLeveledTogetherThePriorityProjectFirst() throws Exception {
        Api pmo = Api.as(port, "pmo");
        String code = "LV-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Api.Response portfolio = pmo.post("/api/v1/portfolios", json(Map.of("code", code, "name", "Leveling " + code,
                "managerId", org.lodestar.change.ChangeFixtures.personId(people, "portfolio"))));
        assertThat(portfolio.status()).as(portfolio.body()).isEqualTo(201);
        long portfolioId = portfolio.json().get("id").asLong();
        String eve = "Eve Level " + code;
        long eveId = register(eve);
        long low = activeProject(pmo, portfolioId, "Leveling low " + code, "LOW", "Low work");
        long high = activeProject(pmo, portfolioId, "Leveling high " + code, "HIGH", "High work");
        assign(pmo, low, "Low work", eveId);
        assign(pmo, high, "High work", eveId);
        String url = "/api/v1/portfolios/" + portfolioId + "/leveling";

        // only those who manage the portfolio level it; an unknown portfolio is 404
        for (String refused : List.of("pm", "member", "resource", "requester")) {
            assertThat(Api.as(port, refused).post(url, json(Map.of())).status()).as(refused).isEqualTo(403);
        }
        assertThat(pmo.post("/api/v1/portfolios/987654321/leveling", json(Map.of())).status()).isEqualTo(404);

        Api manager = Api.as(port, "portfolio");
        Api.Response previewed = manager.post(url, json(Map.of("mode", "DELAY_ONLY")));
        assertThat(previewed.status()).as(previewed.body()).isEqualTo(200);
        JsonNode preview = previewed.json();
        // the projects in code order, the one made first (low) first
        assertThat(preview.get("projects")).extracting(p -> p.get("projectId").asLong()).containsExactly(low, high);
        JsonNode lowPart = preview.get("projects").get(0);
        JsonNode highPart = preview.get("projects").get(1);
        assertThat(highPart.get("moves")).isEmpty();
        assertThat(move(lowPart, "Low work").get("startAfter").asString()).isEqualTo("2027-01-11T08:00");
        assertThat(move(lowPart, "Low work").get("people").get(0).asString()).isEqualTo(eve);
        assertThat(load(preview, eve, "before")).containsExactly(200, 0);
        assertThat(load(preview, eve, "after")).containsExactly(100, 100);

        // the page shows the same, with each plan's version to apply
        String page = page("/portfolios/" + portfolioId + "/leveling?mode=DELAY_ONLY", "portfolio", java.util.Locale.ENGLISH);
        assertThat(page).contains("Low work", "version-" + low, "version-" + high, "leveling-load-before");

        // apply needs every leveled plan's version from the preview
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put(String.valueOf(high), highPart.get("version").asLong());
        assertThat(manager.post(url + "/apply", json(Map.of("mode", "DELAY_ONLY", "versions", versions))).status())
                .isEqualTo(409);
        versions.put(String.valueOf(low), lowPart.get("version").asLong());
        Api.Response applied = manager.post(url + "/apply", json(Map.of("mode", "DELAY_ONLY", "versions", versions)));
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(task(pmo.get("/api/v1/projects/" + low + "/plan").json(), "Low work").get("levelingDelay")
                .asString()).isEqualTo("5d");
        assertThat(task(pmo.get("/api/v1/projects/" + high + "/plan").json(), "High work").get("start").asString())
                .isEqualTo("2027-01-04T08:00");
        // the same versions again are stale now
        assertThat(manager.post(url + "/apply", json(Map.of("mode", "DELAY_ONLY", "versions", versions))).status())
                .isEqualTo(409);
        JsonNode again = manager.post(url, json(Map.of())).json();
        assertThat(again.get("projects")).allMatch(p -> p.get("moves").isEmpty());
    }

    @Test
    void aRunStoppedBeforeItFinishesWritesNothing() {
        Api pmo = Api.as(port, "pmo");
        long cy = register("Cy Level " + UUID.randomUUID().toString().substring(0, 6));
        long project = project(pmo, "Leveling stopped", List.of(List.of("a", "Alpha", "5d"), List.of("b", "Beta", "5d")));
        assign(pmo, project, "Alpha", cy);
        long version = assign(pmo, project, "Beta", cy).get("version").asLong();

        assertThatThrownBy(() -> runAs.call("pmo", () -> leveling.apply(new ProjectId(project),
                PlanLeveling.Mode.DELAY_ONLY, version, () -> true))).isInstanceOf(ConflictException.class);
        JsonNode plan = pmo.get("/api/v1/projects/" + project + "/plan").json();
        assertThat(plan.get("version").asLong()).isEqualTo(version);
        for (JsonNode task : plan.get("tasks")) {
            assertThat(task.get("levelingDelay").asString()).isEmpty();
            assertThat(task.get("start").asString()).isEqualTo("2027-01-04T08:00");
        }
    }
}
