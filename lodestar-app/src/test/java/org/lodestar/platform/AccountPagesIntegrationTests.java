package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.test.web.servlet.MvcResult;

class AccountPagesIntegrationTests extends PageTestSupport {

    @Test
    void aPersonChangesTheirPasswordOnlyWithTheCurrentOne() throws Exception {
        Api.as(port, "admin").post("/api/v1/users", "{\"username\": \"pwchange\", \"displayName\": \"Pat Change\","
                + " \"roles\": [\"TEAM_MEMBER\"], \"password\": \"first-password\"}");

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
    }
}
