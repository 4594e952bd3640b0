package org.lodestar.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ProjectsApiIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Test
    void projectManagerListsTheDemoProjectsOnePageAtATime() {
        Api.Response response = Api.as(port, "pm").get("/api/v1/projects?size=10&sort=code");

        assertThat(response.status()).isEqualTo(200);
        JsonNode page = response.json();
        assertThat(page.get("items")).hasSize(10);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(40);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(10);
        assertThat(page.get("items").get(0).get("code").asString()).isEqualTo("PRJ-0001");
        assertThat(page.get("items").get(0).get("budget").isNull()).isFalse();
    }

    @Test
    void callsWithoutCredentialsGet401AsProblemDetails() {
        Api.Response response = Api.anonymous(port).get("/api/v1/projects");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void wrongPasswordGets401() {
        assertThat(Api.basic(port, "pm", "not-the-password").get("/api/v1/projects").status()).isEqualTo(401);
    }

    @Test
    void executiveReadsButCannotChangeAProject() {
        Api exec = Api.as(port, "exec");
        Api.Response before = exec.get("/api/v1/projects/1");
        assertThat(before.status()).isEqualTo(200);
        ObjectNode change = ProjectFixtures.commandFrom(before.json());
        change.put("name", "Renamed by the COO");

        Api.Response response = exec.put("/api/v1/projects/1", change.toString());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("Renamed");
        JsonNode after = exec.get("/api/v1/projects/1").json();
        assertThat(after.get("name").asString()).isEqualTo(before.json().get("name").asString());
        assertThat(after.get("version").asLong()).isEqualTo(before.json().get("version").asLong());
    }

    @Test
    void requesterSeesPublicSummariesWithoutBudgets() {
        Api requester = Api.as(port, "requester");

        JsonNode page = requester.get("/api/v1/projects?size=200").json();
        JsonNode project = requester.get("/api/v1/projects/1").json();

        assertThat(page.get("items").size()).isGreaterThanOrEqualTo(40);
        page.get("items").forEach(item -> assertThat(item.get("budget").isNull()).isTrue());
        assertThat(project.get("budget").isNull()).isTrue();
        assertThat(project.get("currency").isNull()).isTrue();
        assertThat(project.get("customFields")).isEmpty();
        assertThat(project.get("members")).isEmpty();
        assertThat(project.get("summaryOnly").asBoolean()).isTrue();
        assertThat(requester.get("/api/v1/projects/1/audit").status()).isEqualTo(403);
        assertThat(requester.get("/api/v1/audit").status()).isEqualTo(403);
    }

    @Test
    void ofTwoClientsUpdatingTheSameVersionTheSecondGets409AndTheHistoryShowsTheFirst() {
        Api pmo = Api.as(port, "pmo");
        long id = pmo.post("/api/v1/projects", json(newProject("Concurrency trial", 1))).json().get("id").asLong();
        JsonNode loadedByA = pmo.get("/api/v1/projects/" + id).json();
        JsonNode loadedByB = Api.as(port, "admin").get("/api/v1/projects/" + id).json();

        ObjectNode changeA = ProjectFixtures.commandFrom(loadedByA);
        changeA.put("name", "Concurrency trial (renamed)");
        Api.Response first = pmo.put("/api/v1/projects/" + id, changeA.toString());
        ObjectNode changeB = ProjectFixtures.commandFrom(loadedByB);
        changeB.put("budget", 999);
        Api.Response second = Api.as(port, "admin").put("/api/v1/projects/" + id, changeB.toString());

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        JsonNode stored = pmo.get("/api/v1/projects/" + id).json();
        assertThat(stored.get("name").asString()).isEqualTo("Concurrency trial (renamed)");
        assertThat(stored.get("budget").decimalValue()).isEqualByComparingTo("250000");

        JsonNode history = pmo.get("/api/v1/projects/" + id + "/audit").json();
        assertThat(history.get(0).get("action").asString()).isEqualTo("UPDATE");
        assertThat(history.get(0).get("actor").asString()).isEqualTo("pmo");
        assertThat(history.get(0).get("changes")).anySatisfy(change -> {
            assertThat(change.get("field").asString()).isEqualTo("name");
            assertThat(change.get("oldValue").asString()).isEqualTo("Concurrency trial");
            assertThat(change.get("newValue").asString()).isEqualTo("Concurrency trial (renamed)");
        });
        assertThat(history.get(1).get("action").asString()).isEqualTo("CREATE");
        JsonNode trail = pmo.get("/api/v1/audit?entityType=project&entityId=" + id).json();
        assertThat(trail.get("total").asLong()).isEqualTo(2);
    }

    @Test
    void ifMatchCarriesTheVersionAndAStaleOneGets409() {
        Api pmo = Api.as(port, "pmo");
        Api.Response created = pmo.post("/api/v1/projects", json(newProject("ETag trial", 2)));
        long id = created.json().get("id").asLong();
        ObjectNode change = ProjectFixtures.commandFrom(created.json());
        change.remove("version");
        change.put("description", "first");

        Api.Response first = pmo.put("/api/v1/projects/" + id, change.toString(), created.etag());
        change.put("description", "second");
        Api.Response stale = pmo.put("/api/v1/projects/" + id, change.toString(), created.etag());

        assertThat(created.etag()).isEqualTo("\"0\"");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.etag()).isEqualTo("\"1\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
    }

    @Test
    void portfoliosAndProgrammesAnswerTheirETagAndTakeIfMatch() {
        Api pmo = Api.as(port, "pmo");
        Api.Response portfolio = pmo.post("/api/v1/portfolios",
                "{\"code\": \"ETAG-P\", \"name\": \"ETag portfolio\"}");
        long id = portfolio.json().get("id").asLong();
        Api.Response programme = pmo.post("/api/v1/programmes",
                "{\"code\": \"ETAG-G\", \"name\": \"ETag programme\", \"portfolioId\": " + id + "}");
        long programmeId = programme.json().get("id").asLong();

        Api.Response renamed = pmo.put("/api/v1/portfolios/" + id,
                "{\"code\": \"ETAG-P\", \"name\": \"Renamed\"}", portfolio.etag());
        Api.Response stale = pmo.put("/api/v1/portfolios/" + id,
                "{\"code\": \"ETAG-P\", \"name\": \"Again\", \"version\": 1}", portfolio.etag());
        Api.Response programmeRenamed = pmo.put("/api/v1/programmes/" + programmeId,
                "{\"code\": \"ETAG-G\", \"name\": \"Renamed\", \"portfolioId\": " + id + "}", "W/\"0\"");

        assertThat(portfolio.etag()).isEqualTo("\"0\"");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.etag()).isEqualTo("\"1\"");
        assertThat(pmo.get("/api/v1/portfolios/" + id).etag()).isEqualTo("\"1\"");
        assertThat(stale.status()).as("If-Match wins over the body's version").isEqualTo(409);
        assertThat(programmeRenamed.status()).isEqualTo(200);
        assertThat(programmeRenamed.etag()).isEqualTo("\"1\"");
        assertThat(pmo.get("/api/v1/programmes/" + programmeId).etag()).isEqualTo("\"1\"");
    }

    @Test
    void invalidFieldsGet400WithAMessagePerFieldAndNothingIsWritten() {
        Api pmo = Api.as(port, "pmo");
        long before = pmo.get("/api/v1/projects?size=1").json().get("total").asLong();
        Map<String, Object> project = newProject("", 1);
        project.put("currency", "EURO");
        project.put("plannedStart", "2027-06-30");
        project.put("plannedFinish", "2027-01-04");
        project.put("customFields", Map.of("risk_level", "Huge", "expected_benefit", "lots", "no_such_field", "x"));

        Api.Response response = pmo.post("/api/v1/projects", json(project));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.json())).contains("name", "currency", "plannedFinish",
                "customFields[risk_level]", "customFields[expected_benefit]", "customFields[no_such_field]");
        response.json().get("errors").forEach(error -> assertThat(error.get("message").asString()).isNotBlank());
        assertThat(pmo.get("/api/v1/projects?size=1").json().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void aProgrammeOfAnotherPortfolioIsRefused() {
        Map<String, Object> project = newProject("Misplaced", 1);
        project.put("programmeId", 6); // REG-FR, in portfolio 3

        Api.Response response = Api.as(port, "pmo").post("/api/v1/projects", json(project));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.json())).containsExactly("programmeId");
    }

    @Test
    void validationMessagesFollowTheCallersLanguage() {
        Map<String, Object> project = newProject("Langue", 1);
        project.put("plannedFinish", "2026-01-01");
        Api.Response response = Api.as(port, "pmo").post("/api/v1/projects?lang=fr", json(project));

        assertThat(response.status()).isEqualTo(400);
        String french = messages.getMessage("validation.finishBeforeStart", null, Locale.FRENCH);
        assertThat(french).isNotEqualTo(messages.getMessage("validation.finishBeforeStart", null, Locale.ENGLISH));
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo(french);
    }

    @Test
    void unknownProjectGets404() {
        Api.Response response = Api.as(port, "pm").get("/api/v1/projects/987654");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void idsThatCannotExistGet404() {
        for (String path : List.of("/api/v1/projects/0", "/api/v1/projects/-1", "/api/v1/users/0")) {
            Api.Response response = Api.as(port, "pmo").get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
        assertThat(Api.as(port, "pmo").delete("/api/v1/projects/1/members/0?version=0").status()).isEqualTo(404);
    }

    @Test
    void unknownPathsWrongMethodsAndUndecodableParametersGetProblemsNotServerErrors() {
        Api pmo = Api.as(port, "pmo");

        Api.Response unknown = pmo.get("/api/v1/nonexistent");
        Api.Response wrongMethod = pmo.send("PATCH", "/api/v1/projects/1", "{}");
        Api.Response undecodable = pmo.get("/api/v1/projects?text=%ff");
        Api.Response badPage = pmo.get("/api/v1/audit?page=-1");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
        assertThat(undecodable.status()).isEqualTo(400);
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.json().get("errors").get(0).get("field").asString()).isEqualTo("page");
    }

    @Test
    void theSameBudgetWrittenDifferentlyIsNoChange() {
        Api pmo = Api.as(port, "pmo");
        long id = pmo.post("/api/v1/projects", json(newProject("Budget scale trial", 1))).json().get("id").asLong();
        ObjectNode same = ProjectFixtures.commandFrom(pmo.get("/api/v1/projects/" + id).json());
        same.put("budget", new java.math.BigDecimal("250000.0"));

        assertThat(pmo.put("/api/v1/projects/" + id, same.toString(), "*").status()).isEqualTo(200);
        assertThat(pmo.get("/api/v1/projects/" + id + "/audit").json()).hasSize(1);
    }

    @Test
    void implausibleDatesTagsWithCommasAndControlCharactersAreRefused() {
        Map<String, Object> ancient = newProject("Ancient", 1);
        ancient.put("plannedStart", "1000-01-01");
        Map<String, Object> ancientCustom = newProject("Ancient custom", 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> custom = (Map<String, Object>) ancientCustom.get("customFields");
        custom.put("go_live", "0100-03-01");
        Map<String, Object> comma = newProject("Comma tag", 1);
        comma.put("tags", List.of("north,south"));
        Map<String, Object> control = newProject("Null\u0000byte", 1);

        assertThat(fields(Api.as(port, "pmo").post("/api/v1/projects", json(ancient)).json())).containsExactly("plannedStart");
        assertThat(fields(Api.as(port, "pmo").post("/api/v1/projects", json(ancientCustom)).json()))
                .containsExactly("customFields[go_live]");
        assertThat(fields(Api.as(port, "pmo").post("/api/v1/projects", json(comma)).json())).containsExactly("tags");
        assertThat(fields(Api.as(port, "pmo").post("/api/v1/projects", json(control)).json())).containsExactly("name");
    }

    @Test
    void malformedJsonGets400() {
        Api.Response response = Api.as(port, "pmo").post("/api/v1/projects", "{\"name\": \"half");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        Map<String, Object> wrongNumber = newProject("Typed wrong", 1);
        wrongNumber.put("budget", "a lot");
        Map<String, Object> unknownState = newProject("Unknown state", 1);
        unknownState.put("state", "FINISHED");

        Api.Response number = Api.as(port, "pmo").post("/api/v1/projects", json(wrongNumber));
        Api.Response state = Api.as(port, "pmo").post("/api/v1/projects", json(unknownState));

        assertThat(number.status()).isEqualTo(400);
        assertThat(fields(number.json())).containsExactly("budget");
        assertThat(state.status()).isEqualTo(400);
        assertThat(fields(state.json())).containsExactly("state");
    }

    @Test
    void requestersCannotFindOrRankProjectsByWhatTheyMayNotSee() {
        Api pmo = Api.as(port, "pmo");
        Map<String, Object> project = newProject("Hidden vendor trial", 2);
        @SuppressWarnings("unchecked")
        Map<String, Object> custom = (Map<String, Object>) project.get("customFields");
        custom.put("vendor", "Quixotic Consulting");
        pmo.post("/api/v1/projects", json(project));

        assertThat(pmo.get("/api/v1/projects?text=quixotic").json().get("total").asLong()).isEqualTo(1);
        assertThat(Api.as(port, "requester").get("/api/v1/projects?text=quixotic").json().get("total").asLong())
                .isZero();
        JsonNode byBudget = Api.as(port, "requester").get("/api/v1/projects?sort=budget&descending=true&size=200").json();
        List<String> codes = new ArrayList<>();
        byBudget.get("items").forEach(item -> codes.add(item.get("code").asString()));
        assertThat(codes).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aHugeNumberInACustomFieldIsRefusedNotExpanded() {
        for (String number : List.of("1e999999999", "1e5000", "0.0000001")) {
            Map<String, Object> project = newProject("Huge number " + number, 1);
            @SuppressWarnings("unchecked")
            Map<String, Object> custom = (Map<String, Object>) project.get("customFields");
            custom.put("expected_benefit", number);

            Api.Response response = Api.as(port, "pmo").post("/api/v1/projects", json(project));

            assertThat(response.status()).as(number).isEqualTo(400);
            assertThat(fields(response.json())).containsExactly("customFields[expected_benefit]");
        }
    }

    @Test
    void aChangeWithoutAPortfolioIsInvalidNotAServerError() {
        JsonNode view = Api.as(port, "pmo").get("/api/v1/projects/3").json();
        ObjectNode change = ProjectFixtures.commandFrom(view);
        change.remove("portfolioId");

        Api.Response response = Api.as(port, "pmo").put("/api/v1/projects/3", change.toString());

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.json())).contains("portfolioId");
    }

    @Test
    void executivesNeitherCreateNorDeleteNorStaffProjects() {
        Api exec = Api.as(port, "exec");
        long version = exec.get("/api/v1/projects/4").json().get("version").asLong();

        assertThat(exec.post("/api/v1/projects", json(newProject("By the COO", 1))).status()).isEqualTo(403);
        assertThat(exec.delete("/api/v1/projects/4?version=" + version).status()).isEqualTo(403);
        assertThat(exec.post("/api/v1/projects/4/members",
                "{\"personId\": 6, \"canEdit\": true, \"version\": " + version + "}").status()).isEqualTo(403);
        assertThat(Api.as(port, "pmo").get("/api/v1/projects/4").json().get("version").asLong()).isEqualTo(version);
    }

    @Test
    void aMemberWithEditRightsMayEditAndLosesItWhenRemoved() {
        Api pmo = Api.as(port, "pmo");
        long id = pmo.post("/api/v1/projects", json(newProject("Membership trial", 1))).json().get("id").asLong();
        long member = memberId(pmo);
        JsonNode added = pmo.post("/api/v1/projects/" + id + "/members",
                "{\"personId\": " + member + ", \"canEdit\": true, \"version\": 0}").json();
        ObjectNode change = ProjectFixtures.commandFrom(Api.as(port, "member").get("/api/v1/projects/" + id).json());
        change.put("description", "Edited by a team member");

        assertThat(added.get("members")).hasSize(1);
        assertThat(Api.as(port, "member").put("/api/v1/projects/" + id, change.toString()).status()).isEqualTo(200);
        long version = pmo.get("/api/v1/projects/" + id).json().get("version").asLong();
        assertThat(pmo.delete("/api/v1/projects/" + id + "/members/" + member + "?version=" + version).status())
                .isEqualTo(200);
        assertThat(pmo.delete("/api/v1/projects/" + id + "/members/" + member + "?version=" + (version + 1)).status())
                .isEqualTo(404);
        ObjectNode again = ProjectFixtures.commandFrom(Api.as(port, "member").get("/api/v1/projects/" + id).json());
        assertThat(Api.as(port, "member").put("/api/v1/projects/" + id, again.toString()).status()).isEqualTo(403);
    }

    private long memberId(Api api) {
        for (JsonNode person : api.get("/api/v1/users").json()) {
            if (person.get("username").asString().equals("member")) return person.get("id").asLong();
        }
        throw new IllegalStateException("no demo member");
    }

    @Test
    void aChunkedBodyPastTheLimitGets413() throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/projects"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("pmo:demo".getBytes()))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() ->
                        new java.io.ByteArrayInputStream(("{\"name\": \"" + "x".repeat(200_000) + "\"}").getBytes())))
                .build();

        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void oversizedBodyGets413() {
        Map<String, Object> project = newProject("Large", 1);
        project.put("description", "x".repeat(70_000));

        Api.Response response = Api.as(port, "pmo").post("/api/v1/projects", json(project));

        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void textSearchFindsProjectsByCustomFieldValue() {
        Api pmo = Api.as(port, "pmo");
        Map<String, Object> project = newProject("Vendor search trial", 3);
        @SuppressWarnings("unchecked")
        Map<String, Object> custom = (Map<String, Object>) project.get("customFields");
        custom.put("vendor", "Zanzibar Logistics 100%");
        String code = pmo.post("/api/v1/projects", json(project)).json().get("code").asString();

        JsonNode found = pmo.get("/api/v1/projects?text=zanzibar").json();
        JsonNode literalPercent = pmo.get("/api/v1/projects?text=100%25").json();

        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("code").asString()).isEqualTo(code);
        assertThat(literalPercent.get("items")).extracting(item -> item.get("code").asString()).contains(code);
        assertThat(literalPercent.get("total").asLong()).isLessThan(10);
    }

    @Test
    void filtersAndSortsTheList() {
        JsonNode active = Api.as(port, "pm").get("/api/v1/projects?state=ACTIVE&size=200").json();
        JsonNode byBudget = Api.as(port, "pm").get("/api/v1/projects?sort=budget&descending=true&size=200").json();

        assertThat(active.get("total").asLong()).isGreaterThan(10);
        active.get("items").forEach(item -> assertThat(item.get("state").asString()).isEqualTo("ACTIVE"));
        List<Double> budgets = new ArrayList<>();
        byBudget.get("items").forEach(item -> {
            if (!item.get("budget").isNull()) budgets.add(item.get("budget").asDouble());
        });
        assertThat(budgets).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aListPageHasAtMost200Projects() {
        JsonNode page = Api.as(port, "pm").get("/api/v1/projects?size=5000").json();

        // the database is shared by every test class, so the total is whatever they made: the rule is the page size
        long total = page.get("total").asLong();
        assertThat(page.get("size").asInt()).isEqualTo(200);
        assertThat(page.get("items").size()).isEqualTo((int) Math.min(200, total));
        assertThat(page.get("totalPages").asInt()).isEqualTo((int) ((total + 199) / 200));
    }

    @Test
    void anUnknownFilterValueGets400() {
        Api.Response response = Api.as(port, "pm").get("/api/v1/projects?state=FINISHED");

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void projectManagerEditsOwnProjectButNotOthers() {
        Api pm = Api.as(port, "pm");
        List<Long> managedByPm = new ArrayList<>();
        List<Long> managedByOthers = new ArrayList<>();
        pm.get("/api/v1/projects?size=200").json().get("items").forEach(item ->
                ("pm".equals(item.path("manager").path("code").asString()) ? managedByPm : managedByOthers)
                        .add(item.get("id").asLong()));
        JsonNode own = pm.get("/api/v1/projects/" + managedByPm.get(0)).json();
        JsonNode other = pm.get("/api/v1/projects/" + managedByOthers.get(0)).json();

        ObjectNode changeOwn = ProjectFixtures.commandFrom(own);
        changeOwn.put("description", "Updated by its project manager");
        ObjectNode changeOther = ProjectFixtures.commandFrom(other);
        changeOther.put("description", "Not mine to change");

        assertThat(own.get("editable").asBoolean()).isTrue();
        assertThat(other.get("editable").asBoolean()).isFalse();
        assertThat(pm.put("/api/v1/projects/" + own.get("id").asLong(), changeOwn.toString()).status()).isEqualTo(200);
        assertThat(pm.put("/api/v1/projects/" + other.get("id").asLong(), changeOther.toString()).status())
                .isEqualTo(403);
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
