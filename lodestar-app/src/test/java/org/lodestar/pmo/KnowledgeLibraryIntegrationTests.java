package org.lodestar.pmo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.governance.GovernanceFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;

/**
 * The knowledge library finds guidance and lessons together, in each of the four languages: the shipped phase
 * guidance in the reader's language by a word of it (Japanese and Korean words found inside sentences without spaces),
 * a lesson written in Korean by a part of it; requesters get guidance only.
 */
class KnowledgeLibraryIntegrationTests extends PageTestSupport {

    /** The page's path; MockMvc encodes the query's characters itself. */
    private static String q(String words) {
        return "/pmo/library?q=" + words;
    }

    @Test
    void eachLanguageFindsTheShippedGuidanceByAWordOfItsOwn() throws Exception {
        Map<Locale, String[]> charter = Map.of(
                Locale.ENGLISH, new String[] {"charter", "write the charter"},
                Locale.FRENCH, new String[] {"charte", "rédiger la charte"},
                Locale.JAPANESE, new String[] {"憲章", "憲章を作成"},
                Locale.KOREAN, new String[] {"헌장", "헌장을 작성"});
        for (Map.Entry<Locale, String[]> language : charter.entrySet()) {
            String page = page(q(language.getValue()[0]), "pm", language.getKey());
            assertThat(page).as(language.getKey().toString()).contains("id=\"library-guidance\"")
                    .contains(language.getValue()[1]);
        }
        assertThat(page(q("zzzz-nothing-like-it"), "pm", Locale.ENGLISH)).doesNotContain("id=\"library-guidance\"")
                .contains("No guidance contains these words.");
    }

    @Test
    void aLessonWrittenInKoreanIsFoundByPartOfItAndRequestersGetGuidanceOnly() throws Exception {
        long project = GovernanceFixtures.project(port, "Library lesson " + System.nanoTime(), "CLOSING");
        Api.Response recorded = Api.as(port, "pm").post("/api/v1/projects/" + project + "/lessons", json(Map.of(
                "category", "Planning", "whatHappened", "공급업체의 납품 지연으로 통합 시험이 3주 늦어졌습니다",
                "recommendation", "계약에 납품 일정과 지연 벌칙을 명시하세요")));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);

        String found = page(q("납품 지연"), "pmo", Locale.KOREAN);
        assertThat(found).contains("id=\"library-lessons\"").contains("공급업체의 납품 지연");
        String requester = page(q("납품"), "requester", Locale.KOREAN);
        assertThat(requester).doesNotContain("id=\"library-lessons\"").doesNotContain("공급업체");

        assertThat(Api.as(port, "pm").get("/api/v1/library?q=" + "x".repeat(201)).status()).isEqualTo(400);
        assertThat(Api.as(port, "requester").get("/api/v1/library?q=charter").json().get("lessonsShown").asBoolean())
                .isFalse();
    }
}
