package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.People;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.status.StatusFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Earned value recorded per reporting period (issue 17): the act through the API (its editors only), a period
 * recorded again replaced and audited, the list converted at each period's rate in force, the roll-up by period
 * from the converted sums, and a published status report recording its period. Projects as in
 * {@link EarnedValueIntegrationTests}: BAC 30,000, status date 2027-03-31, PV 30,000, EV 15,000.
 */
class EarnedValueHistoryIntegrationTests extends PageTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String history(long project) {
        return "/api/v1/projects/" + project + "/earned-value/history";
    }

    private static void cost(Api pmo, long project, String reference, String posted, String amount) {
        assertThat(pmo.post("/api/v1/projects/" + project + "/actual-costs/import", ProjectFixtures.json(Map.of(
                "csv", "Voucher,Posted,Amount,Category\n%s,%s,%s,labour-opex\n".formatted(reference, posted, amount),
                "mapping", Map.of("date", "Posted", "amount", "Amount", "category", "Category",
                        "reference", "Voucher")))).status()).isEqualTo(201);
    }

    @Test
    void editorsRecordAPeriodRecordingItAgainReplacesItAuditedAndTheRollUpSumsConvertedAmounts() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long portfolio = EarnedValueIntegrationTests.portfolio(pmo);
        long euros = EarnedValueIntegrationTests.plannedProject(pmo, portfolio, "EUR", "30000", "20000");
        long dollars = EarnedValueIntegrationTests.plannedProject(pmo, portfolio, "SGD", "30000", "10000");

        assertThat(Api.as(port, "exec").post(history(euros), "").status()).as("a reader without EDIT")
                .isEqualTo(403);
        JsonNode first = ok(pmo.post(history(euros), ""));
        assertThat(first.get("period").asString()).isEqualTo("2027-03");
        assertThat(first.get("statusDate").asString()).isEqualTo("2027-03-31");
        assertThat(first.get("bac").decimalValue()).isEqualByComparingTo("30000");
        assertThat(first.get("pv").decimalValue()).isEqualByComparingTo("30000");
        assertThat(first.get("ev").decimalValue()).isEqualByComparingTo("15000");
        assertThat(first.get("ac").decimalValue()).isEqualByComparingTo("20000");
        assertThat(first.get("eac").decimalValue()).isEqualByComparingTo("40000");
        assertThat(first.get("cpi").asDouble()).isEqualTo(0.75);
        assertThat(first.get("spi").asDouble()).isEqualTo(0.5);
        assertThat(first.get("es").asDouble()).isPositive();
        assertThat(first.get("spit").asDouble()).isLessThan(1.0);

        // more cost in the same period: recording it again replaces the period's row, audited before and after
        cost(pmo, euros, "EV-2", "2027-02-10", "4000");
        JsonNode again = ok(pmo.post(history(euros), ""));
        assertThat(again.get("id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(again.get("version").asLong()).isEqualTo(1);
        assertThat(again.get("ac").decimalValue()).isEqualByComparingTo("24000");
        JsonNode listed = ok(Api.as(port, "exec").get(history(euros)));
        assertThat(listed.get("periods")).hasSize(1);
        assertThat(listed.get("periods").get(0).get("ac").decimalValue()).isEqualByComparingTo("24000");
        JsonNode audit = pmo.get("/api/v1/audit?entityType=earned-value-period&entityId=" + first.get("id").asLong())
                .json();
        assertThat(audit.get("total").asLong()).isEqualTo(2);
        assertThat(audit.toString()).contains("20000 EUR", "24000 EUR");

        // an earlier period of one project only: the roll-up names the project missing from it
        assertThat(pmo.send("PATCH", "/api/v1/projects/" + euros + "/plan", "{\"statusDate\":\"2027-02-26\"}")
                .status()).isEqualTo(200);
        assertThat(ok(pmo.post(history(euros), "")).get("period").asString()).isEqualTo("2027-02");
        JsonNode dollarPeriod = ok(pmo.post(history(dollars), ""));
        assertThat(dollarPeriod.get("ac").decimalValue()).isEqualByComparingTo("10000");

        String rollup = "/api/v1/finance/earned-value/history?portfolioId=" + portfolio;
        Api.Response missing = pmo.get(rollup);
        assertThat(missing.status()).as(missing.body()).isEqualTo(422);
        assertThat(missing.json().get("currencyPair").asString()).isEqualTo("SGD/EUR");
        assertThat(missing.json().get("month").asString()).isEqualTo("2027-03");
        assertThat(pmo.get(history(dollars) + "?currency=EUR").status()).isEqualTo(422);

        Api.Response rate = pmo.post("/api/v1/finance/exchange-rates",
                "{\"from\":\"SGD\",\"to\":\"EUR\",\"validFrom\":\"2027-01-01\",\"rate\":0.5}");
        assertThat(rate.status()).as(rate.body()).isIn(201, 409);
        JsonNode converted = ok(pmo.get(history(dollars) + "?currency=EUR")).get("periods").get(0);
        assertThat(converted.get("ac").decimalValue()).isEqualByComparingTo("5000");
        assertThat(converted.get("cpi").asDouble()).isEqualTo(1.5);

        JsonNode trend = ok(pmo.get(rollup));
        assertThat(trend.get("currency").asString()).isEqualTo("EUR");
        assertThat(trend.get("projects")).hasSize(2);
        JsonNode february = trend.get("periods").get(0);
        assertThat(february.get("period").asString()).isEqualTo("2027-02");
        assertThat(february.get("projects").asInt()).isEqualTo(1);
        assertThat(february.get("complete").asBoolean()).isFalse();
        assertThat(february.get("missing")).hasSize(1);
        JsonNode march = trend.get("periods").get(1);
        assertThat(march.get("period").asString()).isEqualTo("2027-03");
        assertThat(march.get("complete").asBoolean()).isTrue();
        assertThat(march.get("pv").decimalValue()).isEqualByComparingTo("45000");    // 30,000 + 15,000
        assertThat(march.get("ev").decimalValue()).isEqualByComparingTo("22500");    // 15,000 + 7,500
        assertThat(march.get("ac").decimalValue()).isEqualByComparingTo("29000");    // 24,000 + 5,000
        assertThat(march.get("cpi").asDouble()).as("ΣEV / ΣAC, not the mean of 0.625 and 1.5")
                .isEqualTo(0.776);
        assertThat(march.get("spi").asDouble()).isEqualTo(0.5);

        String page = page("/projects/" + euros + "/finance", "exec", Locale.FRENCH);
        assertThat(page).contains("id=\"ev-trend\"", "id=\"trend-cpi\"", "2027-02", "Tendance des performances");
        assertThat(page).as("only editors see the act").doesNotContain("id=\"record-earned-value\"");
        assertThat(page("/projects/" + euros + "/finance", "pmo", Locale.ENGLISH))
                .contains("id=\"record-earned-value\"");
        assertThat(page("/finance/earned-value?portfolioId=" + portfolio, "exec", Locale.ENGLISH))
                .contains("id=\"ev-trend-rollup\"", "id=\"trend-cpi\"", "0.78");
    }

    @Test
    void aProjectWithoutBudgetOrCostHasNothingToRecord() {
        Api pmo = Api.as(port, "pmo");
        Map<String, Object> fields = ProjectFixtures.newProject("Nothing to record",
                EarnedValueIntegrationTests.portfolio(pmo));
        long project = pmo.post("/api/v1/projects", ProjectFixtures.json(fields)).json().get("id").asLong();

        Api.Response refused = pmo.post(history(project), "");

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(ok(pmo.get(history(project))).get("periods")).isEmpty();
    }

    @Test
    void publishingAStatusReportRecordsItsPeriodAtTheReportsPeriodEnd() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "History on publication", 30_000);
        Api pmo = Api.as(port, "pmo");
        EarnedValueIntegrationTests.giveFinanceData(pmo, project, "30000", "20000");
        Api pm = Api.as(port, "pm");
        JsonNode draft = pm.post("/api/v1/projects/" + project + "/status-reports", "{}").json();
        long id = draft.get("id").asLong();
        LocalDate periodEnd = LocalDate.parse(draft.get("periodEnd").asString());
        JsonNode saved = pm.put("/api/v1/status-reports/" + id, ProjectFixtures.json(
                StatusFixtures.completeReport("GREEN", draft.get("version").asLong()))).json();
        JsonNode submitted = pm.post("/api/v1/status-reports/" + id + "/submit",
                StatusFixtures.act(saved.get("version").asLong(), null)).json();
        assertThat(pmo.post("/api/v1/status-reports/" + id + "/publish",
                StatusFixtures.act(submitted.get("version").asLong(), null)).status()).isEqualTo(200);

        await().atMost(PATIENCE).until(() -> ok(pmo.get(history(project))).get("periods").size() == 1);
        JsonNode period = ok(pmo.get(history(project))).get("periods").get(0);
        assertThat(period.get("report").asLong()).isEqualTo(id);
        assertThat(period.get("period").asString()).isEqualTo(YearMonth.from(periodEnd).toString());
        assertThat(period.get("statusDate").asString()).isEqualTo(periodEnd.toString());
        assertThat(period.get("ev").decimalValue()).as("the progress as entered").isEqualByComparingTo("15000");
        assertThat(period.get("recordedBy").asString()).isEqualTo("system");
    }

    @Test
    void theDemoRecordsPastPeriodsOfItsProjectsSoThatTheTrendsHaveLines() {
        // the tests here record at most two periods per project; the demo records up to five past ones and today's
        Long most = jdbc.sql("select max(c) from (select count(*) c from earned_value_period "
                + "where recorded_by = 'pmo' group by project) periods").query(Long.class).single();
        assertThat(most).isGreaterThanOrEqualTo(4);
    }
}
