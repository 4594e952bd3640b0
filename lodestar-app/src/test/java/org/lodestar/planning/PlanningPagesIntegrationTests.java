package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

class PlanningPagesIntegrationTests extends PageTestSupport {

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
        long id = pmo.post("/api/v1/calendars", "{\"name\":\"Week trial\"}").json().get("id").asLong();

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
}
