package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

class InboxIntegrationTests extends PageTestSupport {

    private static int people;

    @Autowired
    Inbox inbox;

    @Autowired
    People everyone;

    @Autowired
    MessageSource messages;

    /** A new person who can sign in with the password {@code inbox-password}. */
    private Person newReader() {
        String username = "inbox-reader-" + ++people;
        return everyone.create(new NewPerson(username, "Inbox Reader " + people, username + "@lodestar.example", null,
                null, Set.of(Role.TEAM_MEMBER), "inbox-password"));
    }

    private static Notice approved(String code) {
        return Notice.of("intake.notice.APPROVED", "/requests/9999", code, "Inbox trial", "A strong case")
                .about("projectRequest", 9999);
    }

    @Test
    void aNoticeIsStoredLanguageNeutralAndReadInTheReadersLanguage() throws Exception {
        Person reader = newReader();
        inbox.send(List.of(reader.id()), approved("REQ-9001"));

        JsonNode english = Api.mapper().readTree(mvc.perform(get("/api/v1/notifications").with(as(reader.username()))
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString());
        JsonNode french = Api.mapper().readTree(mvc.perform(get("/api/v1/notifications").with(as(reader.username()))
                .header("Accept-Language", "fr")).andReturn().getResponse().getContentAsString());

        assertThat(english).hasSize(1);
        assertThat(english.get(0).get("messageKey").asString()).isEqualTo("intake.notice.APPROVED");
        assertThat(english.get(0).get("arguments").get(0).asString()).isEqualTo("REQ-9001");
        assertThat(english.get(0).get("text").asString()).isEqualTo("REQ-9001 Inbox trial: approved");
        assertThat(french.get(0).get("text").asString()).isEqualTo("REQ-9001 Inbox trial : approuvée");
        assertThat(english.get(0).get("link").asString()).isEqualTo("/requests/9999");
    }

    @Test
    void datesAmongTheArgumentsAreShownInTheReadersFormat() {
        Person reader = newReader();
        inbox.send(List.of(reader.id()), Notice.of("status.notification.DUE", "/projects/1/status", "PRJ-9001",
                "Dated", java.time.LocalDate.of(2027, 3, 31), null));

        String page = pageOf(reader, "/notifications", Locale.FRENCH);

        assertThat(page).contains("PRJ-9001 Dated : rapport d&#39;avancement dû le 31 mars 2027");
    }

    @Test
    void theReaderCountsMarksOneAndMarksAllTheirOwnNoticesRead() {
        Person reader = newReader();
        inbox.send(List.of(reader.id()), approved("REQ-9002"));
        inbox.send(List.of(reader.id()), approved("REQ-9003"));
        Api api = Api.basic(port, reader.username(), "inbox-password");
        long first = api.get("/api/v1/notifications").json().get(1).get("id").asLong();

        long before = api.get("/api/v1/notifications/unread").json().get("unread").asLong();
        Api.Response someoneElses = Api.as(port, "pmo").post("/api/v1/notifications/" + first + "/read", "");
        Api.Response own = api.post("/api/v1/notifications/" + first + "/read", "");
        long afterOne = api.get("/api/v1/notifications/unread").json().get("unread").asLong();
        api.post("/api/v1/notifications/read", "");

        assertThat(before).isEqualTo(2);
        assertThat(someoneElses.status()).isEqualTo(404);
        assertThat(own.status()).isEqualTo(204);
        assertThat(afterOne).isEqualTo(1);
        assertThat(api.get("/api/v1/notifications/unread").json().get("unread").asLong()).isZero();
        assertThat(api.get("/api/v1/notifications").json().get(0).get("read").asBoolean()).isTrue();
    }

    @Test
    void aNoticeWithAOnceKeyGoesOutOnce() {
        Person reader = newReader();
        Notice reminder = approved("REQ-9004").once("test:once:" + reader.id().value());

        int first = inbox.send(List.of(reader.id()), reminder);
        int second = inbox.send(List.of(reader.id()), reminder);

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(Api.basic(port, reader.username(), "inbox-password").get("/api/v1/notifications").json()).hasSize(1);
    }

    @Test
    void theHeaderBellShowsTheUnreadCountAndLeadsToTheInboxInEveryLanguage() {
        Person reader = newReader();
        String before = pageOf(reader, "/", Locale.ENGLISH);
        inbox.send(List.of(reader.id()), approved("REQ-9005"));
        inbox.send(List.of(reader.id()), approved("REQ-9006"));

        assertThat(before).contains("id=\"inbox-bell\"").doesNotContain("id=\"inbox-unread\"");
        for (Locale locale : Languages.SUPPORTED) {
            String page = pageOf(reader, "/projects", locale);
            String label = messages.getMessage("layout.inbox.unread", new Object[] {2}, locale);
            assertThat(page).contains("href=\"/notifications\"").contains("id=\"inbox-unread\">2</span>")
                    .contains("aria-label=\"" + label + "\"");
        }
        String inboxPage = pageOf(reader, "/notifications", Locale.JAPANESE);
        assertThat(inboxPage).contains("REQ-9006 Inbox trial：承認されました").contains("href=\"/requests/9999\"");
    }

    private String pageOf(Person reader, String path, Locale locale) {
        try {
            return page(path, reader.username(), locale);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
