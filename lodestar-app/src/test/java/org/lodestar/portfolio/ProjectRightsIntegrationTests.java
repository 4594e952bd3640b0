package org.lodestar.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.Actor;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The project rights policy as the demo's roles meet it, and the rule for creating projects, the same through the
 * web and the API: the PMO and administrators in every portfolio, a portfolio manager in the portfolios they
 * manage (the demo's {@code portfolio} manages portfolio 1), nobody else.
 */
class ProjectRightsIntegrationTests extends PageTestSupport {

    @Autowired
    ProjectRights rights;

    @Autowired
    People people;

    @Test
    void aPortfolioManagerCreatesProjectsInTheirPortfolioThroughTheApi() {
        Api portfolio = Api.as(port, "portfolio");

        assertThat(portfolio.post("/api/v1/projects", json(newProject("Own portfolio, API", 1))).status())
                .isEqualTo(201);
        assertThat(portfolio.post("/api/v1/projects", json(newProject("Other portfolio, API", 2))).status())
                .isEqualTo(403);
    }

    @Test
    void aPortfolioManagerCreatesProjectsInTheirPortfolioThroughTheWeb() throws Exception {
        assertThat(mvc.perform(get("/projects/new").with(as("portfolio"))).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        MockHttpServletResponse own = createFromTheForm("portfolio", "Own portfolio, web", 1);
        MockHttpServletResponse other = createFromTheForm("portfolio", "Other portfolio, web", 2);

        assertThat(own.getRedirectedUrl()).startsWith("/projects/");
        assertThat(other.getStatus()).isEqualTo(403);
    }

    @Test
    void whoMayNotCreateProjectsIsRefusedTheFormAndThePostAlike() throws Exception {
        for (String reader : List.of("exec", "pm", "member", "resource", "requester")) {
            assertThat(mvc.perform(get("/projects/new").with(as(reader))).andReturn().getResponse().getStatus())
                    .as(reader).isEqualTo(403);
            assertThat(createFromTheForm(reader, "Not theirs", 1).getStatus()).as(reader).isEqualTo(403);
            assertThat(Api.as(port, reader).post("/api/v1/projects", json(newProject("Not theirs", 1))).status())
                    .as(reader).isEqualTo(403);
        }
    }

    @Test
    void aFormThatCannotBeReadIsRefusedBeforeItIsReadToWhoeverMayNotSaveIt() throws Exception {
        // a budget of "12k" cannot be bound: the pages show the PMO the form with the problem, the executive a 403
        for (String path : List.of("/projects", "/projects/1")) {
            assertThat(mvc.perform(post(path).with(as("exec")).with(csrf()).param("name", "x").param("budget", "12k"))
                    .andReturn().getResponse().getStatus()).as(path).isEqualTo(403);
        }
        assertThat(mvc.perform(post("/projects/1").with(as("pmo")).with(csrf()).param("name", "x")
                .param("budget", "12k")).andReturn().getResponse().getContentAsString()).contains("id=\"budget-error\"");
        assertThat(mvc.perform(post("/portfolios/1").with(as("exec")).with(csrf()).param("managerId", "x"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theResourceManagerReadsTheDetailOfEveryProjectAndManagesItsResourcesButEditsNone() {
        Actor resource = actor("resource");
        for (long project : List.of(1L, 2L, 17L)) {
            assertThat(rights.acts(resource, new ProjectId(project))).as("project " + project).isEqualTo(EnumSet.of(
                    ProjectRight.READ_SUMMARY, ProjectRight.READ_DETAIL, ProjectRight.READ_MONEY,
                    ProjectRight.MANAGE_RESOURCES));
        }
        assertThat(Api.as(port, "resource").get("/api/v1/projects/1").json().get("budget").isNull()).isFalse();
    }

    @Test
    void requestersReadSummariesOnlyAndThePmoMayDoEverything() {
        assertThat(rights.acts(actor("requester"), new ProjectId(1))).containsExactly(ProjectRight.READ_SUMMARY);
        assertThat(rights.acts(actor("pmo"), new ProjectId(1))).isEqualTo(EnumSet.allOf(ProjectRight.class));
        assertThat(rights.acts(actor("exec"), new ProjectId(1)))
                .containsExactly(ProjectRight.READ_SUMMARY, ProjectRight.READ_DETAIL, ProjectRight.READ_MONEY);
    }

    /**
     * Every act the roles alone decide gets the same answer on every project, and an answer decided project by
     * project is the one {@code may} gives: for every demo role and act, on projects managed by different people.
     */
    @Test
    void anActOnEveryProjectOrOnEachIsTheAnswerMayGivesProjectByProject() {
        for (String username : List.of("admin", "pmo", "portfolio", "pm", "member", "resource", "exec", "requester")) {
            Actor actor = actor(username);
            for (ProjectRight act : ProjectRight.values()) {
                boolean onEvery = rights.mayOnEvery(actor, act);
                java.util.function.LongPredicate onEach = rights.mayOnEach(actor, act);
                for (long project : List.of(1L, 2L, 17L)) {
                    boolean may = rights.may(actor, new ProjectId(project), act);
                    assertThat(onEach.test(project)).as(username + " " + act + " on project " + project)
                            .isEqualTo(may);
                    if (onEvery) assertThat(may).as(username + " " + act + " on every project").isTrue();
                }
            }
        }
        assertThat(rights.mayOnEvery(actor("exec"), ProjectRight.READ_MONEY)).isTrue();
        assertThat(rights.mayOnEvery(actor("requester"), ProjectRight.READ_MONEY)).isFalse();
        assertThat(rights.mayOnEvery(actor("pmo"), ProjectRight.DELETE)).isTrue();
        assertThat(rights.mayOnEvery(actor("pmo"), ProjectRight.EDIT)).as("the PMO edits every project").isTrue();
        assertThat(rights.mayOnEvery(actor("pm"), ProjectRight.EDIT)).as("a manager edits their own").isFalse();
        assertThat(List.of(1L, 2L, 17L).stream().map(project -> rights.may(actor("pm"), new ProjectId(project),
                ProjectRight.EDIT)).distinct()).as("the demo's projects include one the manager edits and one not")
                .containsExactlyInAnyOrder(true, false);
    }

    private MockHttpServletResponse createFromTheForm(String username, String name, long portfolioId)
            throws Exception {
        return mvc.perform(post("/projects").with(as(username)).with(csrf())
                        .param("name", name).param("portfolioId", String.valueOf(portfolioId))
                        .param("phase", "INITIATION").param("state", "PROPOSED").param("priority", "MEDIUM")
                        .param("currency", "EUR").param("customFields[risk_level]", "Low"))
                .andReturn().getResponse();
    }

    private Actor actor(String username) {
        Person person = people.all().stream().filter(p -> p.username().equals(username)).findFirst().orElseThrow();
        return new Actor(person.id(), person.username(), person.displayName(), person.roles());
    }
}
