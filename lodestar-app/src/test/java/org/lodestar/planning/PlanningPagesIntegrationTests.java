package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

class PlanningPagesIntegrationTests extends PageTestSupport {

    @Autowired
    JdbcClient jdbc;

    private static final List<String> PAGES = List.of("/projects/2/milestones", "/milestones", "/milestones?portfolioId=1&days=90",
            "/projects/2/baselines", "/projects/2/baselines?compare=0", "/calendars", "/calendars/1", "/projects/2/calendar");

    @Test
    void everyPlanningPageRendersInEveryLanguageWithoutAMissingMessage() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.JAPANESE, Locale.KOREAN)) {
            for (String page : PAGES) {
                MvcResult result = mvc.perform(get(page).with(as("pm")).locale(locale)).andReturn();
                assertThat(result.getResponse().getStatus()).as(page + " in " + locale).isEqualTo(200);
                assertThat(result.getResponse().getContentAsString()).as(page + " in " + locale).doesNotContain("??");
            }
        }
    }

    @Test
    void theBaselinesPageShowsTheVarianceOfTheDemoPlan() throws Exception {
        String html = page("/projects/2/baselines", "pm", Locale.ENGLISH);

        assertThat(html).contains("Approved plan").contains("Variance against Approved plan").contains("id=\"variance\"")
                .contains("Save baseline");
        assertThat(page("/projects/2/baselines", "exec", Locale.ENGLISH)).doesNotContain("Save baseline");
    }

    /** Dates as every page writes them (medium style), durations in Microsoft Project's units of the language. */
    @Test
    void theVarianceTableWritesDatesAndDurationsInTheReadersLanguage() throws Exception {
        String variance = variance(page("/projects/2/baselines", "pm", Locale.FRENCH));

        assertThat(variance).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain("T08:00")
                .containsPattern(">\\d+(,\\d+)?j<").containsPattern(">\\d{1,2} [a-zéû]+\\.? \\d{4}<");
        assertThat(variance(page("/projects/2/baselines", "pm", Locale.KOREAN))).containsPattern(">\\d+(\\.\\d+)?일<");
        assertThat(variance(page("/projects/2/baselines", "pm", Locale.ENGLISH)))
                .containsPattern(">[A-Z][a-z]{2} \\d{1,2}, \\d{4}<").containsPattern(">\\d+(\\.\\d+)?d<");
    }

    private static String variance(String html) {
        return html.substring(html.indexOf("id=\"variance\""));
    }

    @Test
    void aProjectManagerSavesABaselineAndAnExecutiveMayNot() throws Exception {
        MockHttpServletResponse saved = mvc.perform(post("/projects/2/baselines").with(as("pm")).with(csrf())
                .param("number", "3").param("name", "Re-plan")).andReturn().getResponse();
        int refused = mvc.perform(post("/projects/2/baselines").with(as("exec")).with(csrf())
                .param("number", "4").param("name", "Mine")).andReturn().getResponse().getStatus();
        int forged = mvc.perform(post("/projects/2/baselines").with(as("pm"))
                .param("number", "5")).andReturn().getResponse().getStatus();

        assertThat(saved.getRedirectedUrl()).isEqualTo("/projects/2/baselines?compare=3");
        assertThat(Api.as(port, "pm").get("/api/v1/projects/2/baselines").body()).contains("Re-plan")
                .doesNotContain("Mine").doesNotContain("\"number\":5");
        assertThat(refused).isEqualTo(403);
        assertThat(forged).isEqualTo(403);
        mvc.perform(post("/projects/2/baselines/3/delete").with(as("pm")).with(csrf()));
        assertThat(Api.as(port, "pm").get("/api/v1/projects/2/baselines").body()).doesNotContain("Re-plan");
    }

    @Test
    void anEditorWritesTaskNotesOnThePlanPageEscapedAndAReaderMayNot() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long project = PlanFixtures.projectWithSmallPlan(pmo, "Notes trial");
        String plan = "/api/v1/projects/" + project + "/plan";
        long design = pmo.get(plan).json().get("tasks").get(1).get("id").asLong();
        String form = "/projects/" + project + "/plan/notes";

        MockHttpServletResponse saved = mvc.perform(post(form).with(as("pmo")).with(csrf())
                .param("taskId", Long.toString(design)).param("notes", "Ask <b>finance</b>\r\nthen the vendors"))
                .andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/projects/" + project + "/plan#plan-notes");
        assertThat(pmo.get(plan).json().get("tasks").get(1).get("notes").asString())
                .isEqualTo("Ask <b>finance</b>\nthen the vendors");
        String html = page("/projects/" + project + "/plan", "pmo", Locale.JAPANESE);
        assertThat(html).contains("タスクのメモ", "Ask &lt;b&gt;finance&lt;/b&gt;\nthen the vendors", "name=\"notes\"")
                .doesNotContain("<b>finance</b>");

        assertThat(mvc.perform(post(form).with(as("pmo")).param("taskId", Long.toString(design)).param("notes", "x"))
                .andReturn().getResponse().getStatus()).as("without CSRF").isEqualTo(403);
        assertThat(mvc.perform(post(form).with(as("exec")).with(csrf()).param("taskId", Long.toString(design))
                .param("notes", "x")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(page("/projects/" + project + "/plan", "exec", Locale.ENGLISH)).contains("Task notes")
                .doesNotContain("name=\"notes\"");
        mvc.perform(post(form).with(as("pmo")).with(csrf()).param("taskId", Long.toString(design)).param("notes", " "));
        JsonNode none = pmo.get(plan).json().get("tasks").get(1).get("notes");
        assertThat(none == null || none.isNull()).as("blank removes them").isTrue();
    }

    @Test
    void anEditorChoosesTheSchedulingRulesOnThePlanPageAndAReaderOnlySeesThem() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long project = PlanFixtures.projectWithSmallPlan(pmo, "Rules trial");
        String plan = "/api/v1/projects/" + project + "/plan";
        String form = "/projects/" + project + "/plan/rules";
        assertThat(page("/projects/" + project + "/plan", "pmo", Locale.ENGLISH))
                .contains("Scheduling rules", "name=\"schedulingRules\"", "Retained logic");

        MockHttpServletResponse saved = mvc.perform(post(form).with(as("pmo")).with(csrf())
                .param("schedulingRules", "PRIMAVERA_P6").param("progressedActivities", "PROGRESS_OVERRIDE")
                .param("lagCalendar", "TWENTY_FOUR_HOURS")).andReturn().getResponse();

        assertThat(saved.getRedirectedUrl()).isEqualTo("/projects/" + project + "/plan#plan-rules");
        JsonNode view = pmo.get(plan).json();
        assertThat(view.get("schedulingRules").asString()).isEqualTo("PRIMAVERA_P6");
        assertThat(view.get("progressedActivities").asString()).isEqualTo("PROGRESS_OVERRIDE");
        assertThat(view.get("lagCalendar").asString()).isEqualTo("TWENTY_FOUR_HOURS");
        assertThat(page("/projects/" + project + "/plan", "exec", Locale.FRENCH))
                .contains("Règles de Primavera P6", "Priorité à l&#39;avancement", "Calendrier de 24 heures")
                .doesNotContain("name=\"schedulingRules\"");
        assertThat(page("/projects/" + project + "/plan", "pmo", Locale.KOREAN)).contains("Primavera P6 규칙");

        assertThat(mvc.perform(post(form).with(as("pmo")).param("schedulingRules", "MICROSOFT_PROJECT"))
                .andReturn().getResponse().getStatus()).as("without CSRF").isEqualTo(403);
        assertThat(mvc.perform(post(form).with(as("exec")).with(csrf()).param("schedulingRules", "MICROSOFT_PROJECT"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(form).with(as("pmo")).with(csrf()).param("schedulingRules", "OPENPROJECT"))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(pmo.get(plan).json().get("schedulingRules").asString()).isEqualTo("PRIMAVERA_P6");
    }

    @Test
    void planningOpensTheReadersOwnPlansAndOffersAllTheySee() throws Exception {
        assertThat(page("/", "pm", Locale.ENGLISH)).contains("href=\"/planning\"").doesNotContain("href=\"/milestones\"");
        JsonNode mine = Api.as(port, "pm").get("/api/v1/projects?mine=true&sort=plannedFinish&size=50").json();
        String first = mine.get("items").get(0).get("code").asString();

        String html = page("/planning", "pm", Locale.JAPANESE);
        assertThat(html).contains("自分の計画").contains(first)
                .contains("href=\"/projects/" + mine.get("items").get(0).get("id").asLong() + "/plan\"");
        assertThat(html).contains(mine.get("total").asLong() + " 件のプロジェクト");
        assertThat(page("/planning?mine=false", "pm", Locale.ENGLISH)).contains("All plans");
        assertThat(mvc.perform(get("/planning").with(as("requester"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void upcomingMilestonesListOpenMilestonesAcrossThePortfolio() throws Exception {
        String html = page("/milestones?days=90", "pmo", Locale.ENGLISH);

        assertThat(html).contains("Upcoming milestones").contains("PRJ-00").contains(" complete");
        assertThat(mvc.perform(get("/milestones").with(as("requester"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void thePmoAddsAndRemovesAHolidayOnACalendar() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long id = pmo.post("/api/v1/calendars", "{\"name\":\"Holiday trial\",\"week\":[{\"day\":\"MONDAY\","
                + "\"hours\":[{\"from\":\"09:00\",\"to\":\"17:00\"}]}]}").json().get("id").asLong();

        mvc.perform(post("/calendars/" + id + "/exceptions").with(as("pmo")).with(csrf()).param("version", "0")
                .param("name", "Founders' day").param("from", "2027-03-01"));
        String html = page("/calendars/" + id, "pmo", Locale.ENGLISH);
        int refused = mvc.perform(post("/calendars/" + id + "/exceptions").with(as("pm")).with(csrf())
                .param("version", "1").param("name", "Mine").param("from", "2027-03-02")).andReturn().getResponse().getStatus();
        mvc.perform(post("/calendars/" + id + "/exceptions/0/remove").with(as("pmo")).with(csrf()).param("version", "1"));

        assertThat(html).contains("Founders&#39; day").contains("Holiday");
        assertThat(refused).isEqualTo(403);
        assertThat(pmo.get("/api/v1/calendars/" + id).json().get("exceptions")).isEmpty();
    }

    @Test
    void theWeeklyHoursAreChangedThroughTheForm() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long id = pmo.post("/api/v1/calendars", "{\"name\":\"Week trial\",\"week\":[{\"day\":\"MONDAY\","
                + "\"hours\":[{\"from\":\"09:00\",\"to\":\"17:00\"}]}]}").json().get("id").asLong();

        MockHttpServletResponse saved = mvc.perform(post("/calendars/" + id).with(as("pmo")).with(csrf())
                .param("version", "0").param("name", "Week trial").param("hoursPerDay", "7.5")
                .param("hoursPerWeek", "37.5").param("daysPerMonth", "20")
                .param("week[0]", "08:30-12:00, 13:00-17:00").param("week[1]", "08:30-12:00, 13:00-17:00")
                .param("week[2]", "").param("week[3]", "").param("week[4]", "09:00-13:00")
                .param("week[5]", "").param("week[6]", "")).andReturn().getResponse();
        String refused = mvc.perform(post("/calendars/" + id).with(as("pmo")).with(csrf())
                .param("version", "1").param("name", "Week trial").param("week[0]", "17:00-08:00"))
                .andReturn().getResponse().getContentAsString();

        assertThat(saved.getRedirectedUrl()).isEqualTo("/calendars/" + id);
        var calendar = pmo.get("/api/v1/calendars/" + id).json();
        assertThat(calendar.get("minutesPerDay").asInt()).isEqualTo(450);
        assertThat(calendar.get("week")).hasSize(3);
        assertThat(calendar.get("week").get(0).get("hours").get(0).get("from").asString()).isEqualTo("08:30");
        assertThat(refused).contains("is not a working period");
    }
    @Test
    void theCalendarFormRefusesAWeekWithoutWorkingTime() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long id = pmo.post("/api/v1/calendars", "{\"name\":\"Blank trial\",\"week\":[{\"day\":\"MONDAY\","
                + "\"hours\":[{\"from\":\"09:00\",\"to\":\"17:00\"}]}]}").json().get("id").asLong();

        var blank = post("/calendars/" + id).with(as("pmo")).with(csrf()).param("version", "0").param("name", "Blank trial");
        for (int day = 0; day < 7; day++) blank.param("week[" + day + "]", "");
        MockHttpServletResponse refused = mvc.perform(blank).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Give the week at least one working period");
        assertThat(pmo.get("/api/v1/calendars/" + id).json().get("week")).hasSize(1);
    }

    @Test
    void upcomingMilestonesAreReadFromTheStoredForecastsNotScheduledAgain() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long project = pmo.post("/api/v1/projects", json(newProject("Stored milestones", 1))).json().get("id").asLong();
        pmo.put("/api/v1/projects/" + project + "/plan", "{\"start\":\"%s\",\"tasks\":[{\"key\":\"m\",\"name\":\"Kept milestone\",\"duration\":\"0\"}]}"
                .formatted(java.time.LocalDate.now().plusDays(3)));
        assertThat(page("/milestones?days=90", "pmo", Locale.ENGLISH)).contains("Kept milestone");

        // a plan's milestones as its last change stored them: one renamed in the store is listed so, the others stay
        jdbc.sql("update plan_milestone_forecast set name = 'Renamed in the store' where project = :id")
                .param("id", project).update();
        MvcResult result = mvc.perform(get("/milestones?days=90").with(as("pmo")).locale(Locale.ENGLISH)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("PRJ-00").contains("Renamed in the store")
                .doesNotContain("Kept milestone");
    }
    @Test
    void aProjectGetsItsOwnCalendarOnceEvenWhenTheFormIsSentTwice() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long project = pmo.post("/api/v1/projects", json(newProject("Own calendar", 1))).json().get("id").asLong();

        MvcResult first = mvc.perform(post("/projects/" + project + "/calendar").with(as("pmo")).with(csrf())).andReturn();
        MvcResult again = mvc.perform(post("/projects/" + project + "/calendar").with(as("pmo")).with(csrf())).andReturn();

        var own = pmo.get("/api/v1/calendars?projectId=" + project).json();
        List<Long> owned = new java.util.ArrayList<>();
        own.forEach(calendar -> {
            if (!calendar.get("projectId").isNull()) owned.add(calendar.get("id").asLong());
        });
        assertThat(owned).hasSize(1);
        assertThat(pmo.get("/api/v1/projects/" + project + "/plan").json().get("calendarId").asLong()).isEqualTo(owned.get(0));
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/calendars/" + owned.get(0));
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/calendars/" + owned.get(0) + "?alreadyOwn");
        String shown = mvc.perform(get(again.getResponse().getRedirectedUrl()).with(as("pmo")).locale(Locale.FRENCH))
                .andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("Ce projet a déjà son propre calendrier.");
    }
}
