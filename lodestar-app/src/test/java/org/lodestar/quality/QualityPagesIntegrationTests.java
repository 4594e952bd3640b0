package org.lodestar.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lodestar.change.ChangeFixtures;
import org.lodestar.platform.People;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/** The quality page and the lessons search: the PMO holds a review, the PM records a lesson, in four languages. */
class QualityPagesIntegrationTests extends PageTestSupport {

    @Autowired
    People people;

    @Test
    void thePmoHoldsAReviewWithAFindingAndThePmRecordsALessonFoundInTheSearch() throws Exception {
        long project = ChangeFixtures.project(port, people, "Paged quality", false);
        String quality = "/projects/" + project + "/quality";
        assertThat(page(quality, "pmo", Locale.ENGLISH)).contains("id=\"hold-review\"", "No quality review yet.");
        assertThat(page(quality, "pm", Locale.ENGLISH)).doesNotContain("id=\"hold-review\"")
                .contains("id=\"record-lesson\"");

        MockHttpServletResponse bad = mvc.perform(post(quality).with(as("pmo")).with(csrf())
                .param("reviewDate", "2026-06-01").param("criterion", "Plan").param("weight", "2")
                .param("score", "9")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("id=\"quality-problems\"", "data-field=\"criteria[0].score\"");
        MockHttpServletResponse held = mvc.perform(post(quality).with(as("pmo")).with(csrf())
                .param("reviewDate", "2026-06-01").param("criterion", "Plan", "Risks", "")
                .param("weight", "3", "1", "1").param("score", "5", "1", "3")).andReturn().getResponse();
        assertThat(held.getRedirectedUrl()).isEqualTo(quality);
        JsonNode review = Api.as(port, "pm").get("/api/v1/projects/" + project + "/quality-reviews").json().get(0);
        assertThat(review.get("criteria")).hasSize(2);
        mvc.perform(post("/quality-reviews/" + review.get("id").asLong() + "/findings").with(as("pmo")).with(csrf())
                .param("description", "Risks not reviewed").param("severity", "HIGH").param("action", "Review monthly")
                .param("version", review.get("version").asString()));
        JsonNode found = Api.as(port, "pm").get("/api/v1/quality-reviews/" + review.get("id").asLong()).json();
        String refused = mvc.perform(post("/quality-reviews/" + review.get("id").asLong() + "/findings/0/close")
                .with(as("pmo")).with(csrf()).param("version", found.get("version").asString()))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"quality-refused\"", "corrective action");

        String tag = UUID.randomUUID().toString().substring(0, 8);
        MockHttpServletResponse recorded = mvc.perform(post("/projects/" + project + "/lessons").with(as("pm"))
                .with(csrf()).param("category", "Governance").param("phase", "Execution")
                .param("whatHappened", "Findings " + tag + " piled up").param("recommendation", "Review them monthly"))
                .andReturn().getResponse();
        assertThat(recorded.getRedirectedUrl()).isEqualTo(quality);

        assertThat(page(quality, "exec", Locale.ENGLISH)).contains("compliance 80%", "Risks not reviewed", "High",
                "Findings " + tag + " piled up").doesNotContain("id=\"hold-review\"", "id=\"record-lesson\"");
        assertThat(page(quality, "exec", Locale.FRENCH)).contains("Qualité de", "Retours d&#39;expérience", "Élevée");
        assertThat(page(quality, "exec", Locale.JAPANESE)).contains("の品質", "指摘事項", "教訓");
        assertThat(page(quality, "exec", Locale.KOREAN)).contains("의 품질", "발견 사항", "교훈");
        assertThat(page("/lessons?text=" + tag, "exec", Locale.ENGLISH)).contains("Findings " + tag + " piled up",
                "Paged quality");
        assertThat(page("/lessons?text=" + tag + "&category=Suppliers", "exec", Locale.ENGLISH))
                .doesNotContain("Findings " + tag);
    }
}
