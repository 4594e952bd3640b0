package org.lodestar.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** The intake pages: rendering in every language, the request form, workflow acts from the request page. */
class IntakePagesIntegrationTests extends PageTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void everyIntakePageRendersInEveryLanguageWithoutAMissingMessage() throws Exception {
        long id = submittedRequest();
        List<String> pages = List.of("/requests", "/requests/queues", "/requests/new?typeId=1", "/requests/" + id,
                "/requests/" + id + "?tab=history", "/requests/" + id + "/edit", "/requests/" + id + "/financials",
                "/request-types", "/request-types/1", "/request-types/new", "/scoring", "/scoring/1", "/scoring/new",
                "/scoring/1/edit", "/scoring/1/ahp", "/scoring/1/requests/1", "/scenarios", "/scenarios/1",
                "/scenarios/2", "/scenarios/new", "/scenarios/1/edit", "/scenarios/1/frontier", "/scenarios/compare?ids=1&ids=2");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.JAPANESE, Locale.KOREAN)) {
            for (String page : pages) {
                MvcResult result = mvc.perform(get(page).with(as("admin")).locale(locale)).andReturn();
                String html = result.getResponse().getContentAsString();
                assertThat(result.getResponse().getStatus()).as(page + " in " + locale).isEqualTo(200);
                assertThat(html).as(page + " in " + locale).doesNotContain("??");
                if (!page.contains("history")) assertThat(html).as(page).doesNotContain(">intake.default.");
            }
        }
    }

    @Test
    void theDemoHasRequestsInEveryStateAndItsScenariosRenderWithTheirComparisonAndFrontier() throws Exception {
        String queues = page("/requests/queues", "pmo", Locale.ENGLISH);
        for (String state : List.of("Submitted", "Screening", "Awaiting information", "In evaluation", "Approved",
                "Rejected", "Deferred", "Converted into a project")) {
            assertThat(queues).as(state).contains(">" + state + "<");
        }
        assertThat(page("/requests", "requester", Locale.ENGLISH)).contains(">Draft<");

        String result = page("/scenarios/1", "pmo", Locale.ENGLISH);
        assertThat(result).contains("id=\"selected\"").contains("Proven optimal").doesNotContain("id=\"infeasible\"")
                .containsPattern("Data engineer capacity exceeded by \\d+\\.\\d FTE")
                .contains("needs REQ-0004, which is not funded");
        // (by how much depends on the demo's ongoing allocations in the scenario's quarters, which follow today)
        String compare = page("/scenarios/compare?ids=1&ids=2", "pmo", Locale.ENGLISH);
        assertThat(compare).contains("Plan by strategic value").contains("Plan by NPV, tight teams")
                .contains("Java developer (FTE used / capacity)");
        String frontier = page("/scenarios/1/frontier", "exec", Locale.ENGLISH);
        assertThat(frontier).contains("id=\"frontier-chart\"").contains("data-points=\"[[")
                .contains("/webjars/echarts/").contains("/js/frontier.js").doesNotContain("<script>");
        // one scale for objective values (a score scenario's frontier showed 100 times its result): the result page,
        // the comparison and the frontier's 100 % row show the same value
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("id=\"objective-value\">([^<]+)<").matcher(result);
        assertThat(shown.find()).isTrue();
        String value = shown.group(1);
        assertThat(value).as("a total score, in points").matches("\\d{1,3}(,\\d{3})*(\\.\\d{1,2})?");
        assertThat(compare).contains(">" + value + "<");
        String full = frontier.substring(frontier.indexOf(">100 %</td>"));
        assertThat(full.substring(0, full.indexOf("</tr>"))).contains(">" + value + "</td>");
        // money is shown with its currency: the total cost on the result and the comparison, the frontier's budgets,
        // the cost rows of the use table
        String withCurrency = "[^<]*(€|EUR)[^<]*<";
        assertThat(result).containsPattern("id=\"total-cost\">" + withCurrency).contains("Cost (EUR)");
        assertThat(compare).containsPattern("Total cost</th>\\s*<td class=\"num\">" + withCurrency);
        assertThat(frontier).containsPattern("<span>[^<]+: " + withCurrency);
        // one convention for quarters: start windows are chosen as Q1... like budgets and capacities, never typed from 0
        assertThat(page("/scenarios/1/edit", "pmo", Locale.ENGLISH)).containsPattern("<select[^>]*id=\"rules0.fromQuarter\"")
                .doesNotContain("type=\"number\" min=\"0\" max=\"11\"");
        String ranking = page("/scoring/1", "pmo", Locale.ENGLISH);
        assertThat(ranking).contains("1 incomplete").contains("id=\"ranking\"");
    }

    @org.springframework.beans.factory.annotation.Autowired
    PortfolioScenarios scenarios;

    @org.springframework.beans.factory.annotation.Autowired
    org.lodestar.platform.RunAs runAs;

    @org.springframework.beans.factory.annotation.Autowired
    org.lodestar.portfolio.ProjectRegistry registry;

    @org.springframework.beans.factory.annotation.Autowired
    org.lodestar.finance.ExchangeRateBook rateBook;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void aScenarioAddsItsCandidatesAmountsInItsOwnCurrencyAtTheRateInForce() {
        // the demo has committed projects budgeted in USD and GBP; the scenario (in EUR) once added them unconverted
        ScenarioView scenario = runAs.call("pmo", () -> scenarios.get(1));
        java.util.List<ScenarioModel.Candidate> candidates = runAs.call("pmo", () ->
                new org.springframework.transaction.support.TransactionTemplate(transactions)
                        .execute(status -> scenarios.candidates(scenario)));
        java.util.Map<Long, org.lodestar.portfolio.ProjectRow> rows = new java.util.HashMap<>();
        runAs.call("pmo", () -> registry.everyRow(null)).forEach(row -> rows.put(row.id(), row));
        org.lodestar.finance.ExchangeRates rates = rateBook.rates();
        java.time.YearMonth month = java.time.YearMonth.from(scenario.firstQuarter());
        int foreign = 0;
        for (ScenarioModel.Candidate candidate : candidates) {
            if (!candidate.kind().equals("project")) continue;
            org.lodestar.portfolio.ProjectRow row = rows.get(candidate.id());
            if (row.currency().equals("EUR")) continue;
            foreign++;
            int span = PortfolioScenarios.quarterIndex(scenario.firstQuarter(), row.plannedFinish())
                    - PortfolioScenarios.quarterIndex(scenario.firstQuarter(), row.plannedStart()) + 1;
            double expected = rates.convert(row.budget(), java.util.Currency.getInstance(row.currency()),
                    java.util.Currency.getInstance("EUR"), month).doubleValue() / span;
            double perQuarter = java.util.Arrays.stream(candidate.costs()).max().orElseThrow();
            assertThat(perQuarter).as(row.code() + " in " + row.currency()).isCloseTo(expected,
                    org.assertj.core.data.Offset.offset(0.01));
        }
        assertThat(foreign).as("committed projects budgeted in another currency").isPositive();
    }

    @Test
    void aRequesterFillsTheFormAndAMissingRequiredFieldIsNamedOnSubmission() throws Exception {
        MvcResult created = mvc.perform(post("/requests").with(as("requester")).with(csrf())
                        .param("typeId", "1").param("title", "Warehouse <scanner>").param("portfolioId", "1")
                        .param("values[problem]", "Slow picking").param("values[urgency]", "intake.default.choice.high")
                        .param("choices[areas]", "intake.default.choice.operations", "intake.default.choice.technology")
                        .param("values[users]", "many"))
                .andReturn();
        assertThat(created.getResponse().getContentAsString()).contains("id=\"v-users-error\"")
                .contains("Warehouse &lt;scanner&gt;");

        MvcResult saved = mvc.perform(post("/requests").with(as("requester")).with(csrf())
                        .param("typeId", "1").param("title", "Warehouse scanners").param("portfolioId", "1")
                        .param("values[problem]", "Slow picking").param("values[urgency]", "intake.default.choice.high")
                        .param("choices[areas]", "intake.default.choice.operations", "intake.default.choice.technology"))
                .andReturn();
        String location = saved.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/requests/");
        long id = Long.parseLong(location.substring("/requests/".length()));
        String page = page(location, "requester", Locale.ENGLISH);
        assertThat(page).contains("Operations").contains("Technology").contains("High");

        String refused = mvc.perform(post("/requests/" + id + "/submit").with(as("requester")).with(csrf())
                .param("version", "0")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"act-values[outcome]-error\"").contains("Expected outcome is required");
        assertThat(page("/requests", "requester", Locale.ENGLISH)).contains("Warehouse scanners").contains("Draft");
    }

    @Test
    void theReviewerActsFromTheRequestPageAndTheRequesterIsNotified() throws Exception {
        long id = submittedRequest();
        String code = Api.as(port, "requester").get("/api/v1/requests/" + id).json().get("code").asString();
        String toReview = "href=\"/requests/" + id + "\">Review request " + code + " ";
        String toChange = "href=\"/requests/" + id + "\">Change and resubmit your request " + code + " ";
        // submitted in portfolio 1: its manager and the PMO review it; an executive and its requester do not
        assertThat(page("/", "portfolio", Locale.ENGLISH)).contains(toReview);
        assertThat(page("/", "pmo", Locale.ENGLISH)).contains(toReview);
        assertThat(page("/", "exec", Locale.ENGLISH)).doesNotContain(toReview);
        assertThat(page("/", "requester", Locale.ENGLISH)).doesNotContain(toReview).doesNotContain(toChange);
        mvc.perform(post("/requests/" + id + "/screen").with(as("pmo")).with(csrf()).param("version", "1"));
        mvc.perform(post("/requests/" + id + "/return").with(as("pmo")).with(csrf()).param("version", "2")
                .param("comment", "Which warehouses?"));

        String mine = page("/requests", "requester", Locale.ENGLISH);
        assertThat(mine).contains("returned to you for more information");
        // returned: the requester's to-do, no longer the reviewers'
        assertThat(page("/", "requester", Locale.ENGLISH)).contains(toChange);
        assertThat(page("/", "portfolio", Locale.ENGLISH)).doesNotContain(toReview);
        assertThat(noticeOf(mine, id)).contains("class=\"unread\"");
        String detail = page("/requests/" + id, "requester", Locale.ENGLISH);
        assertThat(detail).contains("Which warehouses?").contains("id=\"act-submit\"");
        assertThat(noticeOf(page("/requests", "requester", Locale.ENGLISH), id)).doesNotContain("unread");
        assertThat(page("/requests/queues", "pmo", Locale.ENGLISH)).contains("Awaiting information (");
    }

    @Test
    void aRequestWaitingLongerThanItsStateAllowsIsHighlightedInTheQueue() throws Exception {
        long id = submittedRequest();
        jdbc.sql("update project_request set state_since = :since where id = :id")
                .param("since", java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(8))))
                .param("id", id).update();

        String queues = page("/requests/queues", "pmo", Locale.ENGLISH);

        String row = queues.substring(queues.indexOf("/requests/" + id + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(">8<").contains("over the 5-day limit");
        String before = queues.substring(0, queues.indexOf("/requests/" + id + "\""));
        assertThat(before.substring(before.lastIndexOf("<tr"))).startsWith("<tr class=\"overdue\"");
    }

    @Test
    void weightsNotSummingTo100AndInconsistentComparisonsAreRefusedOnTheirPages() throws Exception {
        String weights = mvc.perform(post("/scoring").with(as("pmo")).with(csrf()).param("name", "Lopsided")
                        .param("criteria[0].name", "Fit").param("criteria[0].weight", "50").param("criteria[0].direction", "BENEFIT")
                        .param("criteria[0].scale", "MEASURED").param("criteria[0].low", "0").param("criteria[0].high", "10")
                        .param("criteria[1].name", "Risk").param("criteria[1].weight", "40").param("criteria[1].direction", "COST")
                        .param("criteria[1].scale", "MEASURED").param("criteria[1].low", "0").param("criteria[1].high", "10"))
                .andReturn().getResponse().getContentAsString();
        String ahp = mvc.perform(post("/scoring/1/ahp").with(as("pmo")).with(csrf()).param("version", "0")
                        .param("action", "apply").param("cell_0_1", "9").param("cell_1_2", "9").param("cell_0_2", "1/9"))
                .andReturn().getResponse().getContentAsString();

        assertThat(weights).contains("they add up to 90 %");
        assertThat(ahp).contains("id=\"ahp-problems\"").containsPattern("consistency ratio \\d\\.\\d{3}, above 0.1");
        assertThat(page("/scoring/1", "pmo", Locale.ENGLISH)).contains("40 %");
    }

    @Test
    void theModelFormSendsTheCriteriaIdsBackSoThatReorderingInTheBrowserKeepsTheScores() throws Exception {
        String anchors = "[\"none\", \"weak\", \"fair\", \"strong\", \"decisive\"]";
        JsonNode created = RequestWorkflowApiIntegrationTests.created(Api.as(port, "pmo").post("/api/v1/scoring-models", """
                {"name": "Reordered in the browser", "criteria": [
                  {"name": "Fit", "weight": 60, "direction": "BENEFIT", "scale": "RATED", "anchors": %s},
                  {"name": "Cost", "weight": 40, "direction": "COST", "scale": "MEASURED", "low": 0, "high": 1000}]}
                """.formatted(anchors)));
        long model = created.get("id").asLong();
        long fit = created.get("criteria").get(0).get("id").asLong();
        long cost = created.get("criteria").get(1).get("id").asLong();
        long request = IntakeFixtures.inEvaluation(port, "Scored before the browser edit", null).get("id").asLong();
        String card = "/api/v1/scoring-models/" + model + "/scorecards/" + request;
        assertThat(Api.as(port, "pmo").put(card, "{\"entries\": [4, 250]}").status()).isEqualTo(204);

        String form = page("/scoring/" + model + "/edit", "pmo", Locale.ENGLISH);
        var submit = post("/scoring/" + model).with(as("pmo")).with(csrf()).param("name", "Reordered in the browser")
                .param("version", "0")
                .param("criteria[0].id", String.valueOf(cost)).param("criteria[0].name", "Cost")
                .param("criteria[0].weight", "40").param("criteria[0].direction", "COST")
                .param("criteria[0].scale", "MEASURED").param("criteria[0].low", "0").param("criteria[0].high", "1000")
                .param("criteria[1].id", String.valueOf(fit)).param("criteria[1].name", "Fit")
                .param("criteria[1].weight", "60").param("criteria[1].direction", "BENEFIT")
                .param("criteria[1].scale", "RATED");
        for (int level = 0; level < 5; level++) submit.param("criteria[1].anchors[" + level + "]", "level " + level);
        MvcResult saved = mvc.perform(submit).andReturn();

        assertThat(form).containsPattern("<input type=\"hidden\"[^>]*name=\"criteria\\[0\\]\\.id\"[^>]*value=\"" + fit + "\"")
                .containsPattern("<input type=\"hidden\"[^>]*name=\"criteria\\[1\\]\\.id\"[^>]*value=\"" + cost + "\"");
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/scoring/" + model);
        JsonNode entries = Api.as(port, "pmo").get(card).json();
        assertThat(List.of(entries.get(0).asDouble(), entries.get(1).asDouble())).containsExactly(250.0, 4.0);
    }

    @Test
    void anInfeasibleScenarioPageIs422AndNamesTheConstraint() throws Exception {
        long request = IntakeFixtures.inEvaluation(port, "Needs three testers", """
                {"discountRatePercent": 8, "quarters": [{"cost": 1000, "benefit": 5000}],
                 "demands": [{"role": "Tester", "quarter": 0, "fte": 3}], "version": %d}
                """).get("id").asLong();
        long scenario = RequestWorkflowApiIntegrationTests.created(Api.as(port, "pmo").post("/api/v1/scenarios", """
                {"name": "Too few testers", "objective": "NPV", "firstQuarter": "2035-01-15", "quarters": 2, "timeLimitSeconds": 2,
                 "capacities": [{"role": "Tester", "quarter": 0, "fte": 1}], "rules": [{"kind": "MANDATORY", "requestId": %d}]}
                """.formatted(request))).get("id").asLong();

        MvcResult result = mvc.perform(get("/scenarios/" + scenario).with(as("pmo")).locale(Locale.ENGLISH)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString())
                .contains("Mandatory items alone exceed the 2035 Q1 Tester capacity by 2.0 FTE.");
    }

    @Test
    void anActTheStateDoesNotAllowShowsTheConflictPage() throws Exception {
        long id = submittedRequest();
        int status = mvc.perform(post("/requests/" + id + "/decide").with(as("pmo")).with(csrf())
                .param("decision", "approve").param("reason", "Too early").param("date", "2026-01-01")
                .param("version", "1")).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(409);
        int forbidden = mvc.perform(get("/requests/queues").with(as("requester"))).andReturn().getResponse().getStatus();
        assertThat(forbidden).isEqualTo(403);
        int typesForbidden = mvc.perform(get("/request-types").with(as("pm"))).andReturn().getResponse().getStatus();
        assertThat(typesForbidden).isEqualTo(403);
    }

    @Test
    void aFileIsUploadedFromTheRequestPage() throws Exception {
        long id = submittedRequest();
        MockMultipartFile file = new MockMultipartFile("file", "case.pdf", "application/pdf", "%PDF-1.7 case".getBytes());
        mvc.perform(multipart("/requests/" + id + "/attachments").file(file).param("field", "businessCase")
                .with(as("pmo")).with(csrf()));
        MockMultipartFile fake = new MockMultipartFile("file", "case.pdf", "application/pdf", "MZ not a pdf".getBytes());
        String refused = mvc.perform(multipart("/requests/" + id + "/attachments").file(fake).param("field", "businessCase")
                .with(as("pmo")).with(csrf())).andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("id=\"act-file-error\"");
        assertThat(page("/requests/" + id, "requester", Locale.ENGLISH)).contains("case.pdf");
    }

    @Test
    void thePmoDefinesARequestTypeAndABadRuleIsShownBesideItsField() throws Exception {
        String bad = mvc.perform(post("/request-types").with(as("pmo")).with(csrf())
                        .param("code", "DATA").param("name", "Data request")
                        .param("fields[0].key", "source").param("fields[0].section", "Data").param("fields[0].label", "Source")
                        .param("fields[0].type", "CHOICE"))
                .andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("Give at least one choice");

        String location = mvc.perform(post("/request-types").with(as("pmo")).with(csrf())
                        .param("code", "DATA").param("name", "Data request")
                        .param("fields[0].key", "source").param("fields[0].section", "Data").param("fields[0].label", "Source")
                        .param("fields[0].type", "CHOICE").param("fields[0].choices", "CRM\nERP").param("fields[0].required", "true"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).isEqualTo("/request-types");
        assertThat(page("/requests", "requester", Locale.ENGLISH)).contains("Data request");
    }

    @Test
    void theTypeEditorShowsChoicesInTheReadersLanguageAndKeepsTheirStoredValues() throws Exception {
        mvc.perform(post("/request-types").with(as("pmo")).with(csrf())
                .param("code", "PRIORITY").param("name", "Priority request")
                .param("fields[0].key", "priority").param("fields[0].section", "Need").param("fields[0].label", "Priority")
                .param("fields[0].type", "CHOICE").param("fields[0].choices", "intake.default.choice.low\nintake.default.choice.high"));
        long id = jdbc.sql("select id from request_type where code = 'PRIORITY'").query(Long.class).single();
        long version = jdbc.sql("select version from request_type where id = ?").param(id).query(Long.class).single();

        String editor = page("/request-types/" + id, "pmo", Locale.FRENCH);
        assertThat(editor).contains("name=\"fields[0].choices\">Faible\n").doesNotContain("intake.default.choice");

        // sent back as shown, with a new choice: the shown ones keep their stored keys, the new one is stored as written
        String location = mvc.perform(post("/request-types/" + id).with(as("pmo")).with(csrf()).locale(Locale.FRENCH)
                        .param("code", "PRIORITY").param("name", "Priority request").param("version", String.valueOf(version))
                        .param("fields[0].key", "priority").param("fields[0].section", "Need").param("fields[0].label", "Priority")
                        .param("fields[0].type", "CHOICE").param("fields[0].choices", "Faible\nÉlevée\nUrgente"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).isEqualTo("/request-types");
        assertThat(jdbc.sql("select choices from request_field where request_type = ? and field_key = 'priority'")
                .param(id).query(String.class).single())
                .isEqualTo("intake.default.choice.low\nintake.default.choice.high\nUrgente");
    }

    /** The list item of the first notice about the request. */
    private static String noticeOf(String page, long id) {
        int link = page.indexOf("href=\"/requests/" + id + "\"", page.indexOf("id=\"notices\""));
        return page.substring(page.lastIndexOf("<li", link), link);
    }

    private long submittedRequest() {
        Api requester = Api.as(port, "requester");
        JsonNode draft = RequestWorkflowApiIntegrationTests.created(requester.post("/api/v1/requests", """
                {"typeId": 1, "title": "Warehouse scanners", "portfolioId": 1,
                 "values": {"problem": "Slow picking", "outcome": "Faster picking", "urgency": "intake.default.choice.high"}}
                """));
        long id = draft.get("id").asLong();
        RequestWorkflowApiIntegrationTests.ok(requester.post("/api/v1/requests/" + id + "/submit", "{\"version\": 0}"));
        return id;
    }
}
