package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.test.web.servlet.MvcResult;

class AccountPagesIntegrationTests extends PageTestSupport {

    @Test
    void aPersonChangesTheirPasswordOnlyWithTheCurrentOneAndTheirTokensAreRevoked() throws Exception {
        Api.as(port, "admin").post("/api/v1/users", "{\"username\": \"pwchange\", \"displayName\": \"Pat Change\","
                + " \"roles\": [\"TEAM_MEMBER\"], \"password\": \"first-password\"}");
        var created = Api.basic(port, "pwchange", "first-password").post("/api/v1/tokens", "{\"name\": \"script\"}")
                .json();
        String secret = created.get("secret").asString();
        String othersSecret = Api.as(port, "member").post("/api/v1/tokens", "{\"name\": \"script\"}")
                .json().get("secret").asString();

        String refused = mvc.perform(post("/account/password").with(as("pwchange"))
                        .with(csrf()).param("currentPassword", "guess").param("newPassword", "abc"))
                .andReturn().getResponse().getContentAsString();
        MvcResult changed = mvc.perform(post("/account/password").with(as("pwchange"))
                        .with(csrf()).param("currentPassword", "first-password").param("newPassword", "second-password"))
                .andReturn();

        assertThat(refused).contains("id=\"currentPassword-error\"").contains("id=\"newPassword-error\"")
                .contains("at least 4 characters");
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(Api.basic(port, "pwchange", "first-password").get("/api/v1/projects?size=1").status()).isEqualTo(401);
        assertThat(Api.basic(port, "pwchange", "second-password").get("/api/v1/projects?size=1").status()).isEqualTo(200);
        assertThat(Api.bearer(port, secret).get("/api/v1/projects?size=1").status()).isEqualTo(401);
        assertThat(Api.bearer(port, othersSecret).get("/api/v1/projects?size=1").status()).isEqualTo(200);
        var revocation = Api.as(port, "pmo").get("/api/v1/audit?entityType=apiToken&entityId="
                + created.get("token").get("id").asLong()).json().get("items").get(0);
        assertThat(revocation.get("action").asString()).isEqualTo("UPDATE");
        assertThat(revocation.get("changes")).anySatisfy(change -> {
            assertThat(change.get("field").asString()).isEqualTo("active");
            assertThat(change.get("newValue").asString()).isEqualTo("false");
        });
    }

    @Test
    void aPersonSetsTheirLanguageOnTheAccountPageAndPagesUseItWhenTheBrowserAsksForNone() throws Exception {
        Api.as(port, "admin").post("/api/v1/users", "{\"username\": \"polyglot\", \"displayName\": \"Poly Glot\","
                + " \"roles\": [\"TEAM_MEMBER\"], \"password\": \"polyglot-password\"}");
        String withoutLanguage = mvc.perform(get("/projects").with(as("polyglot"))).andReturn().getResponse()
                .getContentAsString();

        MvcResult saved = mvc.perform(post("/account/language").with(as("polyglot")).with(csrf())
                .param("preferredLanguage", "fr")).andReturn();
        String noHeader = mvc.perform(get("/projects").with(as("polyglot"))).andReturn().getResponse()
                .getContentAsString();
        String askedForJapanese = page("/projects", "polyglot", Locale.JAPANESE);
        String askedForGerman = mvc.perform(get("/projects").with(as("polyglot")).header("Accept-Language", "de"))
                .andReturn().getResponse().getContentAsString();
        String account = page("/account", "polyglot", Locale.ENGLISH);
        String refused = mvc.perform(post("/account/language").with(as("polyglot")).with(csrf())
                .param("preferredLanguage", "de")).andReturn().getResponse().getContentAsString();

        assertThat(withoutLanguage).contains("<html lang=\"en\"");
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/account?lang=fr");
        assertThat(noHeader).contains("<html lang=\"fr\"");
        assertThat(askedForJapanese).as("the browser's language, when it is one of ours, wins").contains("<html lang=\"ja\"");
        assertThat(askedForGerman).contains("<html lang=\"fr\"");
        assertThat(account.replaceAll("\\s+", " ")).contains("<option value=\"fr\" lang=\"fr\" selected=\"selected\">");
        assertThat(refused).as("in the language just saved").contains("Choisissez anglais, français, japonais ou coréen");
    }

    @Test
    void anAdministratorSetsAPersonsLanguageOnTheirPage() throws Exception {
        long id = Api.as(port, "admin").post("/api/v1/users", "{\"username\": \"translator\", \"displayName\": "
                + "\"Tran Slator\", \"roles\": [\"TEAM_MEMBER\"]}").json().get("id").asLong();

        for (Locale locale : Languages.SUPPORTED) {
            assertThat(page("/admin/users/" + id, "admin", locale)).contains("id=\"preferredLanguage\"")
                    .contains("<option value=\"ko\"");
        }
        MvcResult saved = mvc.perform(post("/admin/users/" + id).with(as("admin")).with(csrf())
                .param("displayName", "Tran Slator").param("roles", "TEAM_MEMBER").param("enabled", "true")
                .param("version", "0").param("preferredLanguage", "ko")).andReturn();
        String refused = mvc.perform(post("/admin/users/" + id).with(as("admin")).with(csrf())
                .param("displayName", "Tran Slator").param("roles", "TEAM_MEMBER").param("enabled", "true")
                .param("version", "1").param("preferredLanguage", "de").header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        assertThat(Api.as(port, "admin").get("/api/v1/users/" + id).json().get("preferredLanguage").asString())
                .isEqualTo("ko");
        assertThat(refused).contains("id=\"preferredLanguage-error\"").contains("English, French, Japanese or Korean");
    }
}
