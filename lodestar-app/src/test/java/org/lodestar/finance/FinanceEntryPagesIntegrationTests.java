package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.finance.EarnedValueIntegrationTests.portfolio;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The pages that enter a project's money: a good submission writes through the service, a bad one writes nothing
 * and shows the field's message beside it; readers see the lists without the forms, requesters nothing.
 */
class FinanceEntryPagesIntegrationTests extends PageTestSupport {

    private long project(Api pmo, String currency) {
        Map<String, Object> fields = ProjectFixtures.newProject("Money entry " + System.nanoTime() % 100000,
                portfolio(pmo));
        fields.put("currency", currency);
        Api.Response created = pmo.post("/api/v1/projects", ProjectFixtures.json(fields));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(as(username)).with(csrf()).locale(Locale.ENGLISH)).andReturn().getResponse();
    }

    @Test
    void anEditorAddsAnOriginalBudgetLineOnThePageAndEachRefusalComesBackBesideItsField() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long project = project(pmo, "EUR");
        String path = "/projects/" + project + "/finance/budget";
        String budget = "/api/v1/projects/" + project + "/budget";
        assertThat(page(path, "pmo", Locale.ENGLISH)).contains("id=\"add-budget-line\"", "No budget lines yet.",
                "<option value=\"non-labour-capex\">Non-labour (capex)</option>");

        record Bad(String category, String month, String amount, String field, String message) {
        }
        for (Bad bad : new Bad[] {
                new Bad("labour-opex", "2027-02", "-5", "amount", "This amount must not be negative."),
                new Bad("labour-opex", "2027-02", "10.005", "amount", "EUR amounts have at most 2 decimal places."),
                new Bad("travel", "2027-02", "100", "category", "&quot;travel&quot; is not a cost category"),
                new Bad("labour-opex", "2027-13", "100", "month", "Enter the month as YYYY-MM"),
                new Bad("labour-opex", "2027-02", "many", "amount", "Enter a number")}) {
            MockHttpServletResponse refused = send(post(path).param("category", bad.category())
                    .param("month", bad.month()).param("amount", bad.amount()), "pmo");
            assertThat(refused.getStatus()).as(bad.toString()).isEqualTo(200);
            assertThat(refused.getContentAsString()).as(bad.toString())
                    .containsPattern("id=\"" + bad.field() + "-error\"[^>]*>[^<]*" + bad.message().replace("(", "\\(")
                            .replace(".", "\\."));
            assertThat(pmo.get(budget).json().get("lines")).as(bad + ": nothing written").isEmpty();
        }

        MockHttpServletResponse added = send(post(path).param("category", "labour-opex").param("month", "2027-02")
                .param("amount", "1250.50").param("note", "Two analysts"), "pmo");
        assertThat(added.getRedirectedUrl()).isEqualTo(path);
        JsonNode lines = pmo.get(budget).json().get("lines");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).get("kind").asString()).isEqualTo("ORIGINAL");
        assertThat(lines.get(0).get("category").asString()).isEqualTo("labour-opex");
        assertThat(lines.get(0).get("month").asString()).isEqualTo("2027-02");
        assertThat(lines.get(0).get("amount").decimalValue()).isEqualByComparingTo("1250.50");

        MockHttpServletResponse twice = send(post(path).param("category", "labour-opex").param("month", "2027-02")
                .param("amount", "10"), "pmo");
        assertThat(twice.getContentAsString()).contains("id=\"month-error\"", "is already set");
        assertThat(pmo.get(budget).json().get("lines")).as("the original stays one").hasSize(1);

        String reader = page(path, "exec", Locale.FRENCH);
        assertThat(reader).contains("Budget de", "Main-d&#39;œuvre (fonctionnement)", "250,5", "Two analysts")
                .doesNotContain("id=\"add-budget-line\"");
        assertThat(send(post(path).param("category", "labour-opex").param("month", "2027-03").param("amount", "1"),
                "exec").getStatus()).as("a reader may not add").isEqualTo(403);
        assertThat(mvc.perform(get(path).with(as("requester"))).andReturn().getResponse().getStatus())
                .as("no money to read").isEqualTo(403);
        assertThat(page("/projects/" + project + "/finance", "pmo", Locale.ENGLISH))
                .contains("id=\"finance-budget-link\" href=\"" + path + "\"");
    }

    @Test
    void anEditorRecordsTheNextForecastVersionFromRowsPrefilledByTheLatestAndEachRefusalComesBackBesideItsMonth()
            throws Exception {
        Api pmo = Api.as(port, "pmo");
        long project = EarnedValueIntegrationTests.plannedProject(pmo, portfolio(pmo), "EUR", "30000", "20000");
        String api = "/api/v1/projects/" + project + "/forecasts";
        assertThat(pmo.post(api, """
                {"period": "2027-02", "lines": [{"month": "2027-02", "amount": 1000}, {"month": "2027-03", "amount": 2000},
                 {"month": "2027-04", "amount": 3000}, {"month": "2027-05", "amount": 500}]}""").status()).isEqualTo(201);
        String path = "/projects/" + project + "/finance/forecast";

        String form = page(path, "pmo", Locale.ENGLISH);
        assertThat(form).contains("id=\"enter-forecast\"", "name=\"period\" value=\"2027-03\"",
                "prefilled from version 1", "data-month=\"2027-03\"", "data-month=\"2027-05\"")
                .doesNotContain("data-month=\"2027-02\"", "data-month=\"2027-06\"")
                .containsPattern("id=\"amount-2027-04\"[^>]*value=\"3000\"");

        record Bad(String amount03, String amount04, String field, String message) {
        }
        for (Bad bad : new Bad[] {
                new Bad("-1", "3000", "amount-2027-03-error", "This amount must not be negative."),
                new Bad("2000", "10.001", "amount-2027-04-error", "EUR amounts have at most 2 decimal places."),
                new Bad("", "", "forecast-lines-error", "Give between 1 and 120 months"),
                new Bad("2000", "lots", "amount-2027-04-error", "Enter a number")}) {
            MockHttpServletResponse refused = send(post(path).param("period", "2027-03")
                    .param("rows[0].month", "2027-03").param("rows[0].amount", bad.amount03())
                    .param("rows[1].month", "2027-04").param("rows[1].amount", bad.amount04())
                    .param("rows[2].month", "2027-05").param("rows[2].amount", ""), "pmo");
            assertThat(refused.getStatus()).as(bad.toString()).isEqualTo(200);
            assertThat(refused.getContentAsString()).as(bad.toString())
                    .containsPattern("id=\"" + bad.field() + "\"[^>]*>[^<]*" + bad.message().replace(".", "\\."));
            assertThat(pmo.get(api).json().get("versions")).as(bad + ": nothing written").hasSize(1);
        }

        MockHttpServletResponse recorded = send(post(path).param("period", "2027-03").param("note", "Re-planned")
                .param("rows[0].month", "2027-03").param("rows[0].amount", "2500")
                .param("rows[1].month", "2027-04").param("rows[1].amount", "3000.50")
                .param("rows[2].month", "2027-05").param("rows[2].amount", ""), "pmo");
        assertThat(recorded.getRedirectedUrl()).isEqualTo(path);
        JsonNode versions = pmo.get(api).json().get("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("number").asInt()).isEqualTo(2);
        assertThat(versions.get(0).get("period").asString()).isEqualTo("2027-03");
        assertThat(versions.get(0).get("note").asString()).isEqualTo("Re-planned");
        assertThat(versions.get(0).get("lines")).extracting(line -> line.get("month").asString())
                .containsExactly("2027-03", "2027-04");
        assertThat(versions.get(0).get("etc").decimalValue()).isEqualByComparingTo("5500.50");

        MockHttpServletResponse again = send(post(path).param("period", "2027-03")
                .param("rows[0].month", "2027-03").param("rows[0].amount", "1"), "pmo");
        assertThat(again.getContentAsString()).contains("id=\"period-error\"", "is already entered");
        assertThat(pmo.get(api).json().get("versions")).as("the period keeps its version").hasSize(2);

        assertThat(page(path, "exec", Locale.KOREAN)).contains("예측", "data-version=\"2\"", "data-version=\"1\"")
                .doesNotContain("id=\"enter-forecast\"");
        assertThat(send(post(path).param("period", "2027-04"), "exec").getStatus()).as("a reader may not record")
                .isEqualTo(403);
        assertThat(mvc.perform(get(path).with(as("requester"))).andReturn().getResponse().getStatus())
                .as("no money to read").isEqualTo(403);
        assertThat(page("/projects/" + project + "/finance", "pmo", Locale.ENGLISH))
                .contains("id=\"finance-forecast-link\" href=\"" + path + "\"");
    }
}
