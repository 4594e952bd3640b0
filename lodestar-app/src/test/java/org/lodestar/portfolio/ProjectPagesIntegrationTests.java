package org.lodestar.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** The server-rendered pages: rights, forms, escaping, languages. */
class ProjectPagesIntegrationTests extends PageTestSupport {

    private static final List<String> PAGES = List.of("/", "/projects", "/projects/1", "/projects/1?tab=team",
            "/projects/1?tab=history", "/projects/1/edit", "/projects/new", "/portfolios", "/portfolios/1",
            "/programmes/1", "/account", "/admin/users", "/admin/users/1", "/admin/custom-fields", "/login",
            "/projects/987654", "/portfolios/new", "/portfolios/1/edit", "/programmes/new?portfolioId=1",
            "/programmes/1/edit", "/projects/1/delete", "/admin/custom-fields/1", "/admin/audit",
            "/admin/audit?entityType=project&page=1");

    @Test
    void everyPageRendersInEveryLanguageWithoutAMissingMessage() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.JAPANESE, Locale.KOREAN)) {
            for (String page : PAGES) {
                MvcResult result = mvc.perform(get(page).with(as("admin")).locale(locale)).andReturn();
                String html = result.getResponse().getContentAsString();
                int expected = page.equals("/projects/987654") ? 404 : 200;
                assertThat(result.getResponse().getStatus()).as(page + " in " + locale).isEqualTo(expected);
                assertThat(html).as(page + " in " + locale).doesNotContain("??").contains("lang=\"" + locale.getLanguage() + "\"");
            }
        }
    }

    @Test
    void anAdministratorAddsAFieldOnTasksWhichTheProjectFormDoesNotShow() throws Exception {
        MvcResult refused = mvc.perform(post("/admin/custom-fields").with(as("admin")).with(csrf())
                .param("key", "page_gate").param("label", "Gate checked by").param("type", "TEXT")
                .param("appliesTo", "TASK").param("required", "true").param("position", "100")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString()).contains("A field on tasks cannot be required");

        MvcResult added = mvc.perform(post("/admin/custom-fields").with(as("admin")).with(csrf())
                .param("key", "page_gate").param("label", "Gate checked by").param("type", "TEXT")
                .param("appliesTo", "TASK").param("position", "100")).andReturn();
        assertThat(added.getResponse().getStatus()).isEqualTo(302);
        String list = page("/admin/custom-fields", "admin", Locale.ENGLISH);
        assertThat(list).containsPattern("Gate checked by</a></td>\\s*<td><code>page_gate</code></td>\\s*<td>Text</td>\\s*<td>Tasks</td>");
        assertThat(page("/projects/new", "pmo", Locale.ENGLISH)).contains("Main vendor").doesNotContain("Gate checked by");

        java.util.regex.Matcher id = java.util.regex.Pattern.compile("/admin/custom-fields/(\\d+)\">Gate checked by").matcher(list);
        assertThat(id.find()).isTrue();
        assertThat(page("/admin/custom-fields/" + id.group(1), "admin", Locale.ENGLISH)).contains("Tasks")
                .doesNotContain("name=\"required\"");
        assertThat(mvc.perform(post("/admin/custom-fields/" + id.group(1) + "/delete").with(as("admin")).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void frenchPagesSpeakFrench() throws Exception {
        String html = page("/projects/new", "pmo", Locale.FRENCH);

        assertThat(html).contains("Portefeuille").doesNotContain(">Portfolio<");
    }

    @Test
    void theHomePageFitsTheRole() throws Exception {
        assertThat(page("/", "pmo", Locale.ENGLISH)).contains("Portfolio overview").contains("Digital Transformation");
        assertThat(page("/", "pm", Locale.ENGLISH)).contains("My projects").contains("Mobile app 3.0");
        assertThat(page("/", "requester", Locale.ENGLISH)).contains("Browse projects");
    }

    @Test
    void anInvalidFormKeepsWhatTheUserTypedAndShowsEachError() throws Exception {
        String html = mvc.perform(post("/projects").with(as("pmo")).with(csrf())
                        .param("name", "").param("portfolioId", "1").param("phase", "INITIATION")
                        .param("state", "PROPOSED").param("priority", "HIGH").param("currency", "EURO")
                        .param("tags", "alpha, beta").param("description", "Typed <b>by hand</b>")
                        .param("plannedStart", "2027-05-01").param("plannedFinish", "2027-02-01")
                        .param("customFields[risk_level]", "High"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"name-error\"").contains("id=\"currency-error\"")
                .contains("id=\"plannedFinish-error\"");
        assertThat(html).contains("value=\"alpha, beta\"").contains("Typed &lt;b&gt;by hand&lt;/b&gt;")
                .contains("value=\"EURO\"");
    }

    @Test
    void aFormWithABadNumberShowsTheFieldError() throws Exception {
        String html = mvc.perform(post("/projects").with(as("pmo")).with(csrf())
                        .param("name", "Budget typo").param("portfolioId", "1").param("phase", "INITIATION")
                        .param("state", "PROPOSED").param("priority", "HIGH").param("currency", "EUR")
                        .param("budget", "12k").param("customFields[risk_level]", "High"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"budget-error\"").contains("Enter a number").doesNotContain("java.math");
    }

    @Test
    void aValidFormCreatesTheProjectAndRedirectsToIt() throws Exception {
        MvcResult result = mvc.perform(post("/projects").with(as("pmo")).with(csrf())
                        .param("name", "Created from the form").param("portfolioId", "2").param("phase", "PLANNING")
                        .param("state", "PROPOSED").param("priority", "LOW").param("currency", "JPY")
                        .param("budget", "1200000").param("tags", "kaizen, lean").param("objectiveIds", "2")
                        .param("customFields[risk_level]", "Medium"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        String location = result.getResponse().getRedirectedUrl();
        String html = page(location, "pmo", Locale.JAPANESE);
        assertThat(html).contains("Created from the form").contains("kaizen").contains("1,200,000");
    }

    @Test
    void anEditFromAnOldVersionSaysTheProjectChangedAndLosesNothing() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long id = pmo.post("/api/v1/projects", json(newProject("Stale form trial", 1))).json().get("id").asLong();
        var view = pmo.get("/api/v1/projects/" + id).json();
        var change = ProjectFixtures.commandFrom(view);
        change.put("name", "Changed through the API");
        assertThat(pmo.put("/api/v1/projects/" + id, change.toString()).status()).isEqualTo(200);

        String html = mvc.perform(post("/projects/" + id).with(as("pmo")).with(csrf())
                        .param("name", "Changed in the browser").param("portfolioId", "1").param("phase", "INITIATION")
                        .param("state", "PROPOSED").param("priority", "MEDIUM").param("currency", "EUR")
                        .param("customFields[risk_level]", "Low").param("version", "0"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"stale-warning\"").contains("value=\"Changed in the browser\"");
        assertThat(pmo.get("/api/v1/projects/" + id).json().get("name").asString()).isEqualTo("Changed through the API");
    }

    @Test
    void textPeopleTypeIsEscapedWhereverItIsShown() throws Exception {
        Api pmo = Api.as(port, "pmo");
        var project = newProject("<script>alert('x')</script>", 1);
        project.put("tags", List.of("<img src=x onerror=alert(1)>"));
        long id = pmo.post("/api/v1/projects", json(project)).json().get("id").asLong();

        for (String path : List.of("/projects/" + id, "/projects?text=alert", "/projects/" + id + "?tab=history")) {
            String html = page(path, "pmo", Locale.ENGLISH);
            assertThat(html).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .contains("&lt;script&gt;alert");
        }
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        int status = mvc.perform(post("/projects").with(as("pmo")).param("name", "No token"))
                .andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(403);
    }

    @Test
    void pagesNeedASignIn() throws Exception {
        MvcResult result = mvc.perform(get("/projects")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void executivesSeeNoEditButtonAndCannotOpenTheForm() throws Exception {
        assertThat(page("/projects/1", "exec", Locale.ENGLISH)).doesNotContain("/projects/1/edit");
        assertThat(mvc.perform(get("/projects/1/edit").with(as("exec"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/admin/users").with(as("pmo"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void thePlanImportIsReachedFromTheProjectPageByThoseWhoMayEditThePlan() throws Exception {
        String link = "id=\"project-import\"";
        assertThat(page("/projects/1", "pmo", Locale.ENGLISH)).contains(link, "href=\"/projects/1/plan/import\"");
        assertThat(page("/projects/1", "exec", Locale.ENGLISH)).doesNotContain(link);
        assertThat(mvc.perform(get("/projects/1/plan/import").with(as("exec"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void htmxRequestsGetOnlyTheResults() throws Exception {
        String html = mvc.perform(get("/projects").param("state", "ON_HOLD").header("HX-Request", "true")
                        .with(as("pm")))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"results\"").doesNotContain("<html").contains("On hold")
                .doesNotContain(">Active<");
    }

    @Test
    void csvExportKeepsTheFiltersAndHasEveryProjectWithItsCustomFields() throws Exception {
        MvcResult result = mvc.perform(get("/projects/export.csv").param("portfolioId", "1").with(as("pmo")))
                .andReturn();
        String[] filtered = result.getResponse().getContentAsString().replace("\uFEFF", "").split("\r\n");
        String[] all = mvc.perform(get("/projects/export.csv").param("size", "10").with(as("pmo"))).andReturn()
                .getResponse().getContentAsString().split("\r\n");

        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        // other tests may add custom fields to the shared database: the demo's come first, in their order
        assertThat(filtered[0]).startsWith("code,name,portfolio,programme,manager,phase,state,priority,reportedHealth,"
                + "plannedStart,plannedFinish,forecastFinish,budget,currency,custom:risk_level,custom:benefit_owner,"
                + "custom:expected_benefit,custom:go_live,custom:vendor");
        assertThat(filtered).hasSizeGreaterThan(10);
        for (int i = 1; i < filtered.length; i++) {
            assertThat(filtered[i]).contains("Digital Transformation").containsPattern(",(Low|Medium|High),");
        }
        assertThat(all.length - 1).as("an export is not cut to the page size").isGreaterThanOrEqualTo(40);
    }

    @Test
    void requestersExportNoBudgetsOrCustomFields() throws Exception {
        String[] lines = mvc.perform(get("/projects/export.csv").with(as("requester"))).andReturn()
                .getResponse().getContentAsString().replace("\uFEFF", "").split("\r\n");

        assertThat(lines[0]).doesNotContain("custom:");
        assertThat(lines[1]).endsWith(",,");
    }

    @Test
    void thePmoCreatesAProgrammeAndADuplicateCodeIsShownBesideTheField() throws Exception {
        MvcResult created = mvc.perform(post("/programmes").with(as("pmo")).with(csrf())
                        .param("code", "OPS-AI").param("name", "Automation").param("portfolioId", "2"))
                .andReturn();
        String duplicate = mvc.perform(post("/programmes").with(as("pmo")).with(csrf())
                        .param("code", "OPS-AI").param("name", "Automation again").param("portfolioId", "2"))
                .andReturn().getResponse().getContentAsString();

        assertThat(created.getResponse().getRedirectedUrl()).startsWith("/programmes/");
        assertThat(page(created.getResponse().getRedirectedUrl(), "pmo", Locale.ENGLISH)).contains("Automation");
        assertThat(duplicate).contains("id=\"code-error\"").contains("OPS-AI is already used");
    }

    @Test
    void aPortfolioManagerMayNotCreatePortfoliosButEditsTheirOwn() throws Exception {
        assertThat(mvc.perform(get("/portfolios/new").with(as("portfolio"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/portfolios/1/edit").with(as("portfolio"))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/portfolios/2/edit").with(as("portfolio"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void thePmoDeletesAProjectAfterConfirmingAndItsHistoryRemains() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long id = pmo.post("/api/v1/projects", json(newProject("Short-lived", 3))).json().get("id").asLong();
        assertThat(page("/projects/" + id + "/delete", "pmo", Locale.ENGLISH)).contains("Short-lived");

        MvcResult result = mvc.perform(post("/projects/" + id + "/delete").with(as("pmo")).with(csrf())
                .param("version", "0")).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/projects");
        assertThat(pmo.get("/api/v1/projects/" + id).status()).isEqualTo(404);
        var trail = pmo.get("/api/v1/audit?entityType=project&entityId=" + id).json();
        assertThat(trail.get("items").get(0).get("action").asString()).isEqualTo("DELETE");
        assertThat(mvc.perform(get("/projects/1/delete").with(as("pm"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void thePmoAddsAStrategicObjectiveAndAnotherRoleCannot() throws Exception {
        MvcResult added = mvc.perform(post("/objectives").with(as("pmo")).with(csrf())
                .param("code", "SO-9").param("name", "Halve the carbon footprint")).andReturn();
        String duplicate = mvc.perform(post("/objectives").with(as("pmo")).with(csrf())
                .param("code", "SO-9").param("name", "")).andReturn().getResponse().getContentAsString();
        int byProjectManager = mvc.perform(post("/objectives").with(as("pm")).with(csrf())
                .param("code", "SO-10").param("name", "Not theirs to set")).andReturn().getResponse().getStatus();

        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/portfolios");
        assertThat(page("/portfolios", "exec", Locale.ENGLISH)).contains("Halve the carbon footprint")
                .doesNotContain("id=\"objective-form\"");
        assertThat(duplicate).contains("id=\"objective-code-error\"").contains("id=\"objective-name-error\"");
        assertThat(byProjectManager).isEqualTo(403);
    }

    @Test
    void aTagFilterIsShownAndCanBeCleared() throws Exception {
        String html = page("/projects?tag=privacy", "pm", Locale.ENGLISH);

        assertThat(html).contains("id=\"clear-tag\"").contains("privacy ×").contains("GDPR records of processing")
                .doesNotContain("Customer portal relaunch");
    }

    @Test
    void theHistoryTabShowsEachChangeWithItsOldAndNewValueInTheReadersLanguage() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long id = pmo.post("/api/v1/projects", json(newProject("History trial", 1))).json().get("id").asLong();
        var change = ProjectFixtures.commandFrom(pmo.get("/api/v1/projects/" + id).json());
        change.put("name", "History trial, renamed");
        change.put("state", "ACTIVE");
        pmo.put("/api/v1/projects/" + id, change.toString());

        String english = page("/projects/" + id + "?tab=history", "pm", Locale.ENGLISH);
        String french = page("/projects/" + id + "?tab=history", "pm", Locale.FRENCH);

        assertThat(english).contains("History trial, renamed").contains("<td class=\"old\">History trial</td>")
                .contains("<td class=\"old\">Proposed</td>").contains("<td class=\"new\">Active</td>")
                .contains("by pmo");
        assertThat(french).contains("<td class=\"new\">Actif</td>").doesNotContain(">ACTIVE<");
    }

    @Test
    void aNewApiTokenIsShownOnceWithoutCachingAndThenListed() throws Exception {
        MvcResult created = mvc.perform(post("/account/tokens").with(as("member")).with(csrf()).param("name", "laptop"))
                .andReturn();
        String afterwards = page("/account", "member", Locale.ENGLISH);

        assertThat(created.getResponse().getStatus()).isEqualTo(200);
        assertThat(created.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        String html = created.getResponse().getContentAsString();
        assertThat(html).contains("id=\"new-token\"").containsPattern(">lst_[A-Za-z0-9_-]{40,}<");
        assertThat(afterwards).contains("laptop").doesNotContain("id=\"new-token\"");
    }

    @Test
    void addingAMemberFromAnOldPageSaysTheProjectChanged() throws Exception {
        int status = mvc.perform(post("/projects/3/members").with(as("pmo")).with(csrf())
                .param("personId", "7").param("version", "999")).andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(409);
    }

    @Test
    void aCraftedFormIsRefusedWithoutAServerError() throws Exception {
        MvcResult holes = mvc.perform(post("/projects").with(as("pmo")).with(csrf()).param("name", "Holes")
                .param("portfolioId", "1").param("phase", "INITIATION").param("state", "PROPOSED")
                .param("priority", "LOW").param("currency", "EUR").param("customFields[risk_level]", "Low")
                .param("objectiveIds[3]", "1")).andReturn();
        int far = mvc.perform(post("/projects").with(as("pmo")).with(csrf()).param("name", "Far")
                .param("objectiveIds[99999]", "1")).andReturn().getResponse().getStatus();

        assertThat(holes.getResponse().getStatus()).isEqualTo(302);
        assertThat(far).isEqualTo(400);
    }

    @Test
    void requestersSeeNoBudgetColumnAndNoBudgetWeightedHealth() throws Exception {
        String list = page("/projects", "requester", Locale.ENGLISH);

        assertThat(list).doesNotContain(">Budget<").doesNotContain("€");
        assertThat(page("/projects", "pm", Locale.ENGLISH)).contains(">Budget<").contains("€");
    }

    @Test
    void theDemoHintIsOnTheSignInPageInDemoMode() throws Exception {
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString()).contains("password demo");
    }

    @Test
    void textThatLooksLikeADateOrAYesIsShownAsTyped() throws Exception {
        Api pmo = Api.as(port, "pmo");
        var project = newProject("2024-02-30", 1);
        project.put("description", "true");
        long id = pmo.post("/api/v1/projects", json(project)).json().get("id").asLong();

        String history = page("/projects/" + id + "?tab=history", "pmo", Locale.ENGLISH);
        int audit = mvc.perform(get("/admin/audit").with(as("admin"))).andReturn().getResponse().getStatus();

        assertThat(history).contains("<td class=\"new\">2024-02-30</td>").contains("<td class=\"new\">true</td>");
        assertThat(audit).isEqualTo(200);
    }

    @Test
    void customValuesAreShownInTheReadersLanguageAndStoredNeutrally() throws Exception {
        Api pmo = Api.as(port, "pmo");
        var project = newProject("Localised values", 1);
        @SuppressWarnings("unchecked")
        var custom = (java.util.Map<String, Object>) project.get("customFields");
        custom.put("expected_benefit", "1234.50");
        custom.put("go_live", "2027-03-31");
        long id = pmo.post("/api/v1/projects", json(project)).json().get("id").asLong();

        String french = page("/projects/" + id, "pmo", Locale.FRENCH);
        String english = page("/projects/" + id, "pmo", Locale.ENGLISH);
        String history = page("/projects/" + id + "?tab=history", "pmo", Locale.FRENCH);

        assertThat(french).contains("1\u202f234,5").contains("31 mars 2027");
        assertThat(english).contains("1,234.5").contains("Mar 31, 2027");
        assertThat(history).contains(">1234.5<").contains(">2027-03-31<");
    }

    @Test
    void tablesKeepTheirHeaderSection() throws Exception {
        assertThat(page("/projects", "pm", Locale.ENGLISH)).contains("<thead>").contains("scope=\"col\"")
                .doesNotContain("\"ead>");
    }

    @Test
    void anAdministratorSeesWhyTheyCannotGiveUpTheirOwnRole() throws Exception {
        var admin = Api.as(port, "admin");
        JsonNode self = null;
        for (JsonNode person : admin.get("/api/v1/users").json()) {
            if (person.get("username").asString().equals("admin")) self = person;
        }
        long id = self.get("id").asLong();

        String html = mvc.perform(post("/admin/users/" + id).with(as("admin")).with(csrf())
                        .param("displayName", "Alex Morgan").param("roles", "PMO").param("enabled", "true")
                        .param("version", self.get("version").asString()))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"roles-error\"");
        assertThat(admin.get("/api/v1/users/" + id).json().get("roles").toString()).contains("ADMINISTRATOR");
    }

    @Test
    void languageLinksOfAPageAnsweredToAFormLeadHome() throws Exception {
        String html = mvc.perform(post("/account/tokens").with(as("pm")).with(csrf()).param("name", ""))
                .andReturn().getResponse().getContentAsString();
        String list = page("/projects?state=ACTIVE", "pm", Locale.ENGLISH);

        assertThat(html).contains("href=\"/?lang=fr\"");
        assertThat(list).contains("href=\"/projects?state=ACTIVE&amp;lang=fr\"");
    }

    @Test
    void requestersSeeNoBudgetWeightedHealthOnTheOverview() throws Exception {
        assertThat(page("/portfolios", "requester", Locale.ENGLISH)).contains("rag-none").doesNotContain("€");
        assertThat(page("/portfolios", "pmo", Locale.ENGLISH)).contains("€");
    }

    @Test
    void formFieldNamesTheBinderCannotFollowAreABadRequest() throws Exception {
        int status = mvc.perform(post("/projects/2").with(as("pmo")).with(csrf()).param("objectiveIds[abc]", "1"))
                .andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(400);
    }

    @Test
    void onlyThoseWhoMayCreateOpenTheFormsForNewRecords() throws Exception {
        for (String reader : List.of("exec", "requester", "pm", "member")) {
            assertThat(mvc.perform(get("/projects/new").with(as(reader))).andReturn().getResponse().getStatus())
                    .as(reader).isEqualTo(403);
            assertThat(mvc.perform(get("/programmes/new").with(as(reader))).andReturn().getResponse().getStatus())
                    .as(reader).isEqualTo(403);
        }
    }

    @Test
    void thePmoReadsTheAuditTrailPageButNotTheOtherAdminPages() throws Exception {
        String audit = page("/admin/audit", "pmo", Locale.ENGLISH);

        assertThat(audit).contains("Audit trail").doesNotContain("href=\"/admin/users\"");
        assertThat(page("/", "pmo", Locale.ENGLISH)).contains("href=\"/admin/audit\"");
        assertThat(mvc.perform(get("/admin/users").with(as("pmo"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/admin/audit").with(as("pm"))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void listLinksKeepSearchTextAsTyped() throws Exception {
        String html = mvc.perform(get("/projects").param("text", "C++ & more").with(as("pm"))).andReturn()
                .getResponse().getContentAsString();

        assertThat(html).contains("text=C%2B%2B+%26+more&amp;sort=");
    }

}
