package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * Weighted milestones through the API, on the plan of {@link EarnedValueIntegrationTests} (Design 10 days done,
 * Build 20 days a quarter done, budget 30,000, so Build's share is 20,000): a task's milestones are checked field by
 * field, it earns by them only once they exist, and its earned value follows the milestones reached.
 */
class EarningMilestonesIntegrationTests extends PageTestSupport {

    @Autowired
    JdbcClient jdbc;

    private static long build(Api pmo, long project) {
        return pmo.get("/api/v1/projects/" + project + "/plan").json().get("tasks").get(1).get("id").asLong();
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors")).as(response.body()).anySatisfy(
                error -> assertThat(error.get("field").asString()).isEqualTo(field));
    }

    private static double ev(Api api, long project) {
        return api.get("/api/v1/projects/" + project + "/earned-value").json().get("metrics").get("ev").asDouble();
    }

    @Test
    void aTasksMilestonesAreCheckedFieldByFieldReplacedAsAWholeAndAudited() {
        Api pmo = Api.as(port, "pmo");
        long project = EarnedValueIntegrationTests.plannedProject(pmo, EarnedValueIntegrationTests.portfolio(pmo),
                "EUR", "30000", "20000");
        long build = build(pmo, project);
        String path = "/api/v1/projects/" + project + "/tasks/" + build + "/earning-milestones";

        assertThat(Api.as(port, "exec").put(path, "{\"milestones\":[{\"name\":\"Spec\",\"weight\":1}]}").status())
                .isEqualTo(403);
        assertField(pmo.put(path, """
                {"milestones": [{"name": " ", "weight": 1}, {"name": "Built", "weight": 1},
                                {"name": "Tested", "weight": 0}]}"""), "milestones[0].name");
        assertField(pmo.put(path, """
                {"milestones": [{"name": "Spec", "weight": 1}, {"name": "Built", "weight": 1},
                                {"name": "Tested", "weight": -2}]}"""), "milestones[2].weight");
        assertField(pmo.put(path, "{\"milestones\": [{\"name\": \"Spec\", \"weight\": 0}, "
                + "{\"name\": \"Built\", \"weight\": 0}]}"), "milestones[1].weight");
        assertField(pmo.put(path, "{\"milestones\": [{\"name\": \"Spec\", \"weight\": 1.00001}]}"),
                "milestones[0].weight");
        assertField(pmo.put(path, "{\"milestones\": [{\"name\": \"Spec\", \"weight\": 1, "
                + "\"reachedOn\": \"2099-01-01\"}]}"), "milestones[0].reachedOn");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) many.add("{\"name\": \"M" + i + "\", \"weight\": 1}");
        assertField(pmo.put(path, "{\"milestones\": [" + String.join(",", many) + "]}"), "milestones");
        assertThat(pmo.put("/api/v1/projects/" + project + "/tasks/999999999/earning-milestones",
                "{\"milestones\": [{\"name\": \"Spec\", \"weight\": 1}]}").status()).isEqualTo(404);
        assertThat(pmo.get(path).json().get("milestones")).as("nothing stored by the refusals").isEmpty();

        Api.Response defined = pmo.put(path, """
                {"milestones": [{"name": "Spec", "weight": 1, "reachedOn": "2026-11-02"},
                                {"name": "Built", "weight": 2.5}]}""");
        assertThat(defined.status()).as(defined.body()).isEqualTo(200);
        JsonNode read = Api.as(port, "exec").get(path).json();
        assertThat(read.get("method").asString()).isEqualTo("PHYSICAL_PERCENT_COMPLETE");
        assertThat(read.get("milestones")).hasSize(2);
        assertThat(read.get("milestones").get(0).get("reachedOn").asString()).isEqualTo("2026-11-02");
        assertThat(read.get("milestones").get(1).get("weight").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(read.get("milestones").get(1).get("reachedOn").isNull()).isTrue();

        assertField(pmo.post(path + "/reach", "{\"position\": 2, \"reachedOn\": \"2026-11-03\"}"), "position");
        assertField(pmo.post(path + "/reach", "{\"position\": 1, \"reachedOn\": \"2099-11-03\"}"), "reachedOn");
        assertThat(pmo.post(path + "/reach", "{\"position\": 1, \"reachedOn\": \"2026-11-03\"}").status())
                .isEqualTo(200);
        assertThat(pmo.post(path + "/unreach", "{\"position\": 0}").status()).isEqualTo(200);
        read = pmo.get(path).json();
        assertThat(read.get("milestones").get(0).get("reachedOn").isNull()).isTrue();
        assertThat(read.get("milestones").get(1).get("reachedOn").asString()).isEqualTo("2026-11-03");
        assertThat(pmo.get("/api/v1/audit?entityType=earning-milestones&entityId=" + build).json().get("total")
                .asLong()).as("the definition and two marks").isEqualTo(3);
    }

    @Test
    void aTaskEarnsByWeightedMilestonesOnceItHasThemAndItsValueFollowsTheMilestonesReached() {
        Api pmo = Api.as(port, "pmo");
        long project = EarnedValueIntegrationTests.plannedProject(pmo, EarnedValueIntegrationTests.portfolio(pmo),
                "EUR", "30000", "20000");
        long build = build(pmo, project);
        String method = "/api/v1/projects/" + project + "/tasks/" + build + "/earning-method";
        String milestones = "/api/v1/projects/" + project + "/tasks/" + build + "/earning-milestones";

        assertField(pmo.put(method, "{\"method\":\"WEIGHTED_MILESTONES\"}"), "method");
        assertThat(pmo.put(milestones, """
                {"milestones": [{"name": "Spec", "weight": 1, "reachedOn": "2026-11-02"},
                                {"name": "Built", "weight": 2, "reachedOn": "2026-11-20"},
                                {"name": "Tested", "weight": 1}]}""").status()).isEqualTo(200);
        assertThat(ev(pmo, project)).as("Design 10,000 + a quarter of Build's 20,000 until the method changes")
                .isEqualTo(15000);
        Api.Response chosen = pmo.put(method, "{\"method\":\"WEIGHTED_MILESTONES\"}");
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);

        assertThat(ev(pmo, project)).as("Design 10,000 + (1 + 2) / 4 of Build's 20,000").isEqualTo(25000);
        assertThat(pmo.post(milestones + "/reach", "{\"position\": 2, \"reachedOn\": \"2026-12-01\"}").status())
                .isEqualTo(200);
        assertThat(ev(pmo, project)).isEqualTo(30000);
        assertField(pmo.put(milestones, "{\"milestones\": []}"), "milestones");
        assertThat(pmo.get(milestones).json().get("milestones")).as("still three").hasSize(3);

        assertThat(pmo.put(method, "{\"method\":\"FIFTY_FIFTY\"}").status()).isEqualTo(200);
        assertThat(pmo.put(milestones, "{\"milestones\": []}").status()).as("no longer earning by them")
                .isEqualTo(200);
        assertThat(ev(pmo, project)).isEqualTo(20000);
    }

    /** A form of the section, then the tab the redirect leads to (with the act's flash attributes), in French. */
    private String submit(String path, long project, String... fields) throws Exception {
        var request = post(path).with(as("pmo")).with(csrf()).locale(Locale.FRENCH);
        for (int i = 0; i < fields.length; i += 2) request.param(fields[i], fields[i + 1]);
        MvcResult sent = mvc.perform(request).andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/projects/" + project + "/finance#how-tasks-earn");
        assertThat(sent.getFlashMap().isEmpty()).as("what the act says to the page: none").isFalse();
        // the flash attributes travel in the session, which the browser names by its cookie (Spring Session)
        var back = get("/projects/" + project + "/finance").with(as("pmo")).locale(Locale.FRENCH);
        if (sent.getResponse().getCookies().length > 0) back.cookie(sent.getResponse().getCookies());
        return mvc.perform(back).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theFinanceTabShowsHowTasksEarnEditorsChooseAndDefineThereRefusalsComeBackInTheReadersLanguage()
            throws Exception {
        Api pmo = Api.as(port, "pmo");
        long project = EarnedValueIntegrationTests.plannedProject(pmo, EarnedValueIntegrationTests.portfolio(pmo),
                "EUR", "30000", "20000");
        long build = build(pmo, project);
        String tasks = "/projects/" + project + "/finance/tasks/" + build;

        String read = page("/projects/" + project + "/finance", "exec", Locale.ENGLISH);
        assertThat(read).contains("id=\"how-tasks-earn\"", "How tasks earn", "Physical % complete")
                .doesNotContain("/finance/tasks/" + build + "/method");

        String refused = submit(tasks + "/method", project, "method", "WEIGHTED_MILESTONES", "name", "Build");
        assertThat(refused).contains("Build : Définissez les jalons de la tâche avant");
        refused = submit(tasks + "/milestones", project, "name", "Build", "milestoneName", "Spec",
                "milestoneWeight", "1", "milestoneName", "", "milestoneWeight", "", "milestoneName", "Built",
                "milestoneWeight", "0");
        assertThat(refused).as("the third row, numbered as on the form")
                .contains("Build, jalon 3 : Le poids d&#39;un jalon est un nombre supérieur à 0");
        assertThat(pmo.get("/api/v1/projects/" + project + "/tasks/" + build + "/earning-milestones").json()
                .get("milestones")).isEmpty();

        String defined = submit(tasks + "/milestones", project, "name", "Build", "milestoneName", "Spec, signed",
                "milestoneWeight", "1", "milestoneReachedOn", "2026-11-02", "milestoneName", "Built",
                "milestoneWeight", "1,5", "milestoneReachedOn", "");
        assertThat(defined).contains("Spec, signed", "Enregistré.");
        String chosen = submit(tasks + "/method", project, "method", "WEIGHTED_MILESTONES", "name", "Build");
        assertThat(chosen).contains("data-method=\"WEIGHTED_MILESTONES\"");
        submit(tasks + "/milestones/reach", project, "position", "1", "reachedOn", "2026-11-20", "name", "Build");
        JsonNode milestones = pmo.get("/api/v1/projects/" + project + "/tasks/" + build + "/earning-milestones")
                .json().get("milestones");
        assertThat(milestones.get(1).get("weight").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(milestones.get(1).get("reachedOn").asString()).isEqualTo("2026-11-20");
        assertThat(pmo.get("/api/v1/projects/" + project + "/earned-value").json().get("metrics").get("ev")
                .asDouble()).as("Design 10,000 + all of Build's 20,000").isEqualTo(30000);
    }

    @Test
    void aDemoTaskEarnsByWeightedMilestonesSomeReached() {
        record Chosen(long project, long task) {
        }
        // the demo's task, not one of the other tests' (their first milestone is Spec)
        Chosen chosen = jdbc.sql("select project, task from task_earning_method where method = 'WEIGHTED_MILESTONES' "
                        + "order by project, task")
                .query((rs, row) -> new Chosen(rs.getLong(1), rs.getLong(2))).list().stream()
                .filter(found -> Api.as(port, "pmo").get("/api/v1/projects/" + found.project() + "/tasks/"
                        + found.task() + "/earning-milestones").json().get("milestones").get(0).get("name")
                        .asString().equals("Specification agreed"))
                .findFirst().orElseThrow();
        JsonNode read = Api.as(port, "exec").get("/api/v1/projects/" + chosen.project() + "/tasks/" + chosen.task()
                + "/earning-milestones").json();

        assertThat(read.get("method").asString()).isEqualTo("WEIGHTED_MILESTONES");
        assertThat(read.get("milestones")).hasSize(3);
        assertThat(read.get("milestones").get(0).get("reachedOn").isNull()).as("reached on the task's start").isFalse();
        assertThat(read.get("milestones").get(2).get("reachedOn").isNull()).as("accepted: not yet").isTrue();
    }
}
