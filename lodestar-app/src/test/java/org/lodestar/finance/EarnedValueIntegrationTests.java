package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.People;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.status.StatusFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Earned value through the API on projects of a portfolio of the test's own: a plan of 10 and 20 working days
 * (shares 1/3 and 2/3 of the budget), baselined, then Design finished and Build a quarter done, so that EV is half
 * the budget whatever the calendar; its status date (set after the baseline, or the plan would schedule the work
 * after it) lies after the baseline's finish, which makes PV the whole budget.
 */
class EarnedValueIntegrationTests extends PageTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    People people;

    static long portfolio(Api pmo) {
        String code = "EV" + System.nanoTime() % 100000 + SEQUENCE.incrementAndGet();
        Api.Response created = pmo.post("/api/v1/portfolios",
                "{\"code\":\"" + code + "\",\"name\":\"Earned value " + code + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** A project of the portfolio with a 30,000 budget in January 2027, the plan above, and 20,000 of costs. */
    static long plannedProject(Api pmo, long portfolio, String currency, String budget, String cost) {
        return plannedProject(pmo, portfolio, null, currency, budget, cost);
    }

    /** The same, in a programme of the portfolio (null: in none). */
    static long plannedProject(Api pmo, long portfolio, Long programme, String currency, String budget,
                               String cost) {
        Map<String, Object> fields = ProjectFixtures.newProject("Earned value " + SEQUENCE.incrementAndGet(),
                portfolio);
        fields.put("currency", currency);
        if (programme != null) fields.put("programmeId", programme);
        Api.Response created = pmo.post("/api/v1/projects", ProjectFixtures.json(fields));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long project = created.json().get("id").asLong();
        giveFinanceData(pmo, project, budget, cost);
        return project;
    }

    /** Gives a project the plan, progress, budget and costs described above. */
    static void giveFinanceData(Api pmo, long project, String budget, String cost) {
        String plan = "/api/v1/projects/" + project + "/plan";
        Api.Response stored = pmo.put(plan, """
                {"start": "2027-01-04",
                 "tasks": [{"key": "d", "name": "Design", "duration": "10d"},
                           {"key": "b", "name": "Build", "duration": "20d"}],
                 "dependencies": [{"predecessor": "d", "successor": "b"}]}""");
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(pmo.put("/api/v1/projects/" + project + "/baselines/0", "{\"name\":\"Approved\"}").status())
                .isEqualTo(200);
        JsonNode tasks = stored.json().get("tasks");
        Api.Response design = pmo.send("PATCH", plan + "/tasks/" + tasks.get(0).get("id").asLong(),
                "{\"percentComplete\":\"100\"}");
        assertThat(design.status()).as(design.body()).isEqualTo(200);
        assertThat(pmo.send("PATCH", plan + "/tasks/" + tasks.get(1).get("id").asLong(),
                "{\"percentComplete\":\"25\"}").status()).isEqualTo(200);
        Api.Response status = pmo.send("PATCH", plan, "{\"statusDate\":\"2027-03-31\"}");
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        assertThat(pmo.post("/api/v1/projects/" + project + "/budget-lines", """
                {"category": "labour-opex", "month": "2027-01", "kind": "ORIGINAL", "amount": %s}""".formatted(budget))
                .status()).isEqualTo(201);
        assertThat(pmo.post("/api/v1/projects/" + project + "/actual-costs/import", ProjectFixtures.json(Map.of(
                "csv", "Voucher,Posted,Amount,Category\nEV-1,2027-01-29,%s,labour-opex\n".formatted(cost),
                "mapping", Map.of("date", "Posted", "amount", "Amount", "category", "Category",
                        "reference", "Voucher")))).status()).isEqualTo(201);
    }

    static long taskId(Api api, long project, int index) {
        return api.get("/api/v1/projects/" + project + "/plan").json().get("tasks").get(index).get("id").asLong();
    }

    @Test
    void aProjectsEarnedValueComesFromItsBaselineProgressAndCostsWithItsEarnedSchedule() {
        Api pmo = Api.as(port, "pmo");
        long project = plannedProject(pmo, portfolio(pmo), "EUR", "30000", "20000");

        Api.Response answer = Api.as(port, "exec").get("/api/v1/projects/" + project + "/earned-value");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode view = answer.json();
        assertThat(view.get("currency").asString()).isEqualTo("EUR");
        assertThat(view.get("plannedValueFrom").asString()).isEqualTo("BASELINE");
        assertThat(view.get("baseline").asInt()).isZero();
        assertThat(view.get("statusDate").asString()).isEqualTo("2027-03-31");
        assertThat(view.get("earnedFromProgress").asBoolean()).isTrue();
        JsonNode metrics = view.get("metrics");
        assertThat(metrics.get("bac").decimalValue()).isEqualByComparingTo("30000");
        assertThat(metrics.get("pv").decimalValue()).as(answer.body()).isEqualByComparingTo("30000");
        assertThat(metrics.get("ev").decimalValue()).isEqualByComparingTo("15000");
        assertThat(metrics.get("ac").decimalValue()).isEqualByComparingTo("20000");
        assertThat(metrics.get("cv").decimalValue()).isEqualByComparingTo("-5000");
        assertThat(metrics.get("sv").decimalValue()).isEqualByComparingTo("-15000");
        assertThat(metrics.get("cpi").asDouble()).isEqualTo(0.75);
        assertThat(metrics.get("spi").asDouble()).isEqualTo(0.5);
        assertThat(metrics.get("eac").decimalValue()).isEqualByComparingTo("40000");
        assertThat(metrics.get("eacAtBudgetRate").decimalValue()).isEqualByComparingTo("35000");
        assertThat(metrics.get("vac").decimalValue()).isEqualByComparingTo("-10000");
        JsonNode schedule = view.get("earnedSchedule");
        assertThat(schedule.get("es").asDouble()).isBetween(0.5, 1.5);
        assertThat(schedule.get("at").asDouble()).isEqualTo(3.0);
        assertThat(schedule.get("spit").asDouble()).isLessThan(1.0);
        assertThat(schedule.get("svt").asDouble()).isNegative();
        assertThat(view.get("months")).extracting(month -> month.get("month").asString())
                .startsWith("2027-01").contains("2027-03");
        JsonNode last = view.get("months").get(view.get("months").size() - 1);
        assertThat(last.get("pv").decimalValue()).isEqualByComparingTo("30000");
    }

    @Test
    void withoutABaselinePlannedValueIsTheBudgetsSpreadAndWithoutAPlanNothingIsEarned() {
        Api pmo = Api.as(port, "pmo");
        Map<String, Object> fields = ProjectFixtures.newProject("Earned value no plan", portfolio(pmo));
        long project = pmo.post("/api/v1/projects", ProjectFixtures.json(fields)).json().get("id").asLong();
        for (String month : List.of("2026-01", "2026-02")) {
            assertThat(pmo.post("/api/v1/projects/" + project + "/budget-lines", """
                    {"category": "non-labour-opex", "month": "%s", "kind": "ORIGINAL", "amount": 1000}"""
                    .formatted(month)).status()).isEqualTo(201);
        }

        JsonNode view = pmo.get("/api/v1/projects/" + project + "/earned-value").json();

        assertThat(view.get("plannedValueFrom").asString()).isEqualTo("BUDGET");
        assertThat(view.get("earnedFromProgress").asBoolean()).isFalse();
        assertThat(view.get("metrics").get("bac").decimalValue()).isEqualByComparingTo("2000");
        assertThat(view.get("metrics").get("pv").decimalValue()).as("the status date is today, after 2026")
                .isEqualByComparingTo("2000");
        assertThat(view.get("metrics").get("ev").isNull()).isTrue();
        assertThat(view.get("metrics").get("cpi").isNull()).isTrue();
        assertThat(view.get("earnedSchedule").get("es").isNull()).isTrue();
    }

    @Test
    void convertingNeedsARateInForceEachMonthAndAMissingOneIs422NamingThePairAndMonth() {
        Api pmo = Api.as(port, "pmo");
        long project = plannedProject(pmo, portfolio(pmo), "EUR", "30000", "20000");
        String earned = "/api/v1/projects/" + project + "/earned-value";

        Api.Response missing = pmo.get(earned + "?currency=ISK");
        assertThat(missing.status()).as(missing.body()).isEqualTo(422);
        assertThat(missing.json().get("currencyPair").asString()).isEqualTo("EUR/ISK");
        assertThat(missing.json().get("month").asString()).isEqualTo("2027-01");

        Api.Response rate = pmo.post("/api/v1/finance/exchange-rates",
                "{\"from\":\"EUR\",\"to\":\"SEK\",\"validFrom\":\"2026-12-01\",\"rate\":11.5}");
        assertThat(rate.status()).as(rate.body()).isIn(201, 409);
        JsonNode converted = pmo.get(earned + "?currency=SEK").json();
        assertThat(converted.get("currency").asString()).isEqualTo("SEK");
        assertThat(converted.get("projectCurrency").asString()).isEqualTo("EUR");
        assertThat(converted.get("metrics").get("bac").decimalValue()).isEqualByComparingTo("345000");
        assertThat(converted.get("metrics").get("ev").decimalValue()).isEqualByComparingTo("172500");
        assertThat(converted.get("metrics").get("cpi").asDouble()).isEqualTo(0.75);

        assertField(pmo.get(earned + "?currency=EURO"), "currency");
    }

    @Test
    void theRollUpConvertsEveryProjectToOneCurrencyIsSortableByMetricAndRefusesAMissingRate() {
        Api pmo = Api.as(port, "pmo");
        long portfolio = portfolio(pmo);
        long euros = plannedProject(pmo, portfolio, "EUR", "30000", "20000");        // CPI 0.75
        long yen = plannedProject(pmo, portfolio, "KRW", "3000000", "1000000");      // CPI 1.5
        String rollup = "/api/v1/finance/earned-value?portfolioId=" + portfolio;

        Api.Response missing = pmo.get(rollup);
        assertThat(missing.status()).as(missing.body()).isEqualTo(422);
        assertThat(missing.json().get("currencyPair").asString()).isEqualTo("KRW/EUR");
        assertThat(missing.json().get("month").asString()).isEqualTo("2027-01");

        Api.Response rate = pmo.post("/api/v1/finance/exchange-rates",
                "{\"from\":\"EUR\",\"to\":\"KRW\",\"validFrom\":\"2026-06-01\",\"rate\":1500}");
        assertThat(rate.status()).as(rate.body()).isIn(201, 409);
        JsonNode byCpi = pmo.get(rollup + "&sort=cpi&descending=true").json();
        assertThat(byCpi.get("currency").asString()).isEqualTo("EUR");
        assertThat(byCpi.get("projects")).extracting(line -> line.get("projectId").asLong())
                .containsExactly(yen, euros);
        assertThat(byCpi.get("projects").get(0).get("metrics").get("bac").decimalValue())
                .as("3,000,000 KRW at 1,500 to the euro").isEqualByComparingTo("2000");
        assertThat(byCpi.get("total").get("bac").decimalValue()).isEqualByComparingTo("32000");
        assertThat(byCpi.get("total").get("ev").decimalValue()).isEqualByComparingTo("16000");
        JsonNode ascending = pmo.get(rollup + "&sort=cpi").json();
        assertThat(ascending.get("projects")).extracting(line -> line.get("projectId").asLong())
                .containsExactly(euros, yen);

        assertField(pmo.get(rollup + "&sort=colour"), "sort");
        assertField(pmo.get(rollup + "&currency=12"), "currency");
        assertThat(Api.as(port, "requester").get(rollup).json().get("projects")).as("no money to read").isEmpty();
    }

    @Test
    void theRollUpAddsUpEachProgrammeAndPortfolioInOneCurrencyWithEarnedScheduleOnTheSummedCurve() {
        Api pmo = Api.as(port, "pmo");
        long portfolio = portfolio(pmo);
        Api.Response created = pmo.post("/api/v1/programmes", "{\"code\":\"EVG" + SEQUENCE.incrementAndGet()
                + "\",\"name\":\"Earned value programme\",\"portfolioId\":" + portfolio + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long programme = created.json().get("id").asLong();
        long euros = plannedProject(pmo, portfolio, programme, "EUR", "30000", "20000");
        plannedProject(pmo, portfolio, programme, "CHF", "3000", "1000");
        plannedProject(pmo, portfolio, null, "EUR", "30000", "10000");
        // francs, not the won the test above converts: it expects the won's rate to be missing at first
        Api.Response rate = pmo.post("/api/v1/finance/exchange-rates",
                "{\"from\":\"EUR\",\"to\":\"CHF\",\"validFrom\":\"2026-06-01\",\"rate\":1.5}");
        assertThat(rate.status()).as(rate.body()).isIn(201, 409);

        JsonNode rollup = pmo.get("/api/v1/finance/earned-value?portfolioId=" + portfolio).json();
        JsonNode programmes = rollup.get("programmes");
        assertThat(programmes).hasSize(2);
        JsonNode inProgramme = programmes.get(0);
        assertThat(inProgramme.get("id").asLong()).isEqualTo(programme);
        assertThat(inProgramme.get("projects").asInt()).isEqualTo(2);
        assertThat(inProgramme.get("metrics").get("bac").decimalValue()).as("30,000 EUR + 3,000 CHF at 1.5")
                .isEqualByComparingTo("32000");
        assertThat(inProgramme.get("metrics").get("ev").decimalValue()).isEqualByComparingTo("16000");
        assertThat(inProgramme.get("metrics").get("ac").decimalValue()).isEqualByComparingTo("20666.67");
        assertThat(inProgramme.get("metrics").get("cpi").asDouble()).isEqualTo(0.774);
        assertThat(programmes.get(1).get("id").isNull()).as("the projects in no programme").isTrue();
        assertThat(programmes.get(1).get("metrics").get("bac").decimalValue()).isEqualByComparingTo("30000");
        JsonNode portfolios = rollup.get("portfolios");
        assertThat(portfolios).hasSize(1);
        assertThat(portfolios.get(0).get("id").asLong()).isEqualTo(portfolio);
        assertThat(portfolios.get(0).get("metrics").get("bac").decimalValue()).isEqualByComparingTo("62000");

        // the three plans have one shape and each has earned half its budget, so the summed curve is the same
        // shape and the group's ES is each project's (where adding the projects' ES would give three times it)
        JsonNode single = pmo.get("/api/v1/projects/" + euros + "/earned-value").json().get("earnedSchedule");
        JsonNode group = inProgramme.get("earnedSchedule");
        assertThat(single.get("es").asDouble()).isGreaterThan(0);
        assertThat(group.get("es").asDouble()).isEqualTo(single.get("es").asDouble());
        assertThat(group.get("at").asDouble()).as("January to the status date, 31 March").isEqualTo(3.0);
        assertThat(group.get("spit").asDouble()).isEqualTo(single.get("spit").asDouble());
        assertThat(rollup.get("totalSchedule").get("es").asDouble()).isEqualTo(single.get("es").asDouble());
        assertThat(portfolios.get(0).get("earnedSchedule").get("ieact").asDouble())
                .isEqualTo(single.get("ieact").asDouble());
        assertThat(rollup.get("statusDate").asString()).isEqualTo("2027-03-31");

        // the S-curve of the whole roll-up: cumulative PV reaches the total BAC, AC stops at the status month
        JsonNode months = rollup.get("months");
        assertThat(months.get(months.size() - 1).get("pv").decimalValue()).isEqualByComparingTo("62000");
        assertThat(months.get(0).get("month").asString()).isEqualTo("2027-01");
        assertThat(months.get(0).get("ac").decimalValue()).isEqualByComparingTo("30666.67");
    }

    @Test
    void theProjectsEditorsChooseATasksEarningMethodAuditedAndOthersMayNot() {
        Api pmo = Api.as(port, "pmo");
        long project = plannedProject(pmo, portfolio(pmo), "EUR", "30000", "20000");
        long build = taskId(pmo, project, 1);
        String method = "/api/v1/projects/" + project + "/tasks/" + build + "/earning-method";

        assertThat(Api.as(port, "exec").put(method, "{\"method\":\"ZERO_HUNDRED\"}").status()).isEqualTo(403);
        assertField(pmo.put(method, "{\"method\":\"WEIGHTED_MILESTONES\"}"), "method");
        assertField(pmo.put(method, "{\"method\":\"SOMETIMES\"}"), "method");
        assertThat(pmo.put("/api/v1/projects/" + project + "/tasks/999999999/earning-method",
                "{\"method\":\"ZERO_HUNDRED\"}").status()).isEqualTo(404);
        assertThat(pmo.get("/api/v1/projects/" + project + "/earned-value").json().get("metrics").get("ev")
                .decimalValue()).as("nothing stored by the refusals").isEqualByComparingTo("15000");

        Api.Response chosen = pmo.put(method, "{\"method\":\"FIFTY_FIFTY\"}");
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        assertThat(pmo.get("/api/v1/projects/" + project + "/earned-value").json().get("metrics").get("ev")
                .decimalValue()).as("Design 10,000 + half of Build's 20,000").isEqualByComparingTo("20000");
        assertThat(pmo.put(method, "{\"method\":\"ZERO_HUNDRED\"}").status()).isEqualTo(200);
        assertThat(pmo.get("/api/v1/projects/" + project + "/earned-value").json().get("metrics").get("ev")
                .decimalValue()).isEqualByComparingTo("10000");
        assertThat(pmo.get("/api/v1/audit?entityType=task-earning-method&entityId=" + build).json().get("total")
                .asLong()).isEqualTo(2);
        assertThat(Api.as(port, "requester").get("/api/v1/projects/" + project + "/earned-value").status())
                .isIn(403, 404);
    }

    private static String forecast(String period, String... monthAndAmount) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < monthAndAmount.length; i += 2) {
            if (i > 0) lines.append(',');
            lines.append("{\"month\":\"").append(monthAndAmount[i]).append("\",\"amount\":")
                    .append(monthAndAmount[i + 1]).append('}');
        }
        return "{\"period\":\"" + period + "\",\"lines\":[" + lines + "]}";
    }

    @Test
    void forecastsAreVersionedPerPeriodEarlierOnesKeptAndTheLatestDrawsTheEstimateAtCompletion() {
        Api pmo = Api.as(port, "pmo");
        long project = plannedProject(pmo, portfolio(pmo), "EUR", "30000", "20000");
        String forecasts = "/api/v1/projects/" + project + "/forecasts";

        Api.Response first = pmo.post(forecasts, forecast("2027-03", "2027-04", "6000", "2027-05", "4000"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("number").asInt()).isEqualTo(1);
        assertThat(first.json().get("etc").decimalValue()).isEqualByComparingTo("10000");
        JsonNode earned = pmo.get("/api/v1/projects/" + project + "/earned-value").json();
        assertThat(earned.get("forecast").get("number").asInt()).isEqualTo(1);
        assertThat(earned.get("forecast").get("eac").decimalValue()).as("AC 20,000 + ETC 10,000")
                .isEqualByComparingTo("30000");
        assertThat(earned.get("months")).extracting(month -> month.get("month").asString() + " "
                + (month.get("eac").isNull() ? "-" : month.get("eac").decimalValue().stripTrailingZeros()
                .toPlainString())).containsExactly("2027-01 -", "2027-02 -", "2027-03 20000", "2027-04 26000",
                "2027-05 30000");

        Api.Response again = pmo.post(forecasts, forecast("2027-03", "2027-04", "1"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("period").asString()).isEqualTo("2027-03");

        Api.Response second = pmo.post(forecasts, forecast("2027-04", "2027-04", "5000", "2027-06", "9000"));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().get("number").asInt()).isEqualTo(2);
        JsonNode versions = Api.as(port, "exec").get(forecasts).json().get("versions");
        assertThat(versions).extracting(version -> version.get("number").asInt()).containsExactly(2, 1);
        assertThat(versions.get(1).get("lines")).as("the earlier version is kept as it was").hasSize(2);
        assertThat(versions.get(1).get("etc").decimalValue()).isEqualByComparingTo("10000");
        JsonNode later = pmo.get("/api/v1/projects/" + project + "/earned-value").json();
        assertThat(later.get("forecast").get("etc").decimalValue()).isEqualByComparingTo("14000");
        JsonNode months = later.get("months");
        assertThat(months.get(months.size() - 1).get("month").asString()).isEqualTo("2027-06");
        assertThat(months.get(months.size() - 1).get("eac").decimalValue()).isEqualByComparingTo("34000");
        assertThat(pmo.get("/api/v1/audit?entityType=forecast&entityId=" + second.json().get("id").asLong()).json()
                .get("total").asLong()).isEqualTo(1);
    }

    @Test
    void badForecastsAre400NamingTheFieldNothingIsStoredAndOnlyEditorsEnterThem() {
        Api pmo = Api.as(port, "pmo");
        long project = plannedProject(pmo, portfolio(pmo), "EUR", "30000", "20000");
        String forecasts = "/api/v1/projects/" + project + "/forecasts";

        assertField(pmo.post(forecasts, forecast("2027-13", "2027-04", "1")), "period");
        assertField(pmo.post(forecasts, forecast("2027-03")), "lines");
        assertField(pmo.post(forecasts, forecast("2027-03", "2027-02", "1")), "lines[0].month");
        assertField(pmo.post(forecasts, forecast("2027-03", "2027-04", "1", "2027-04", "2")), "lines[1].month");
        assertField(pmo.post(forecasts, forecast("2027-03", "2027-04", "-1")), "lines[0].amount");
        assertField(pmo.post(forecasts, forecast("2027-03", "2027-04", "1.001")), "lines[0].amount");
        assertField(pmo.post(forecasts, forecast("2027-03", "2027-04", "10000000000001")), "lines[0].amount");
        assertField(pmo.post(forecasts, forecast("2027-03", "2027-04", "null")), "lines[0].amount");
        assertThat(Api.as(port, "exec").post(forecasts, forecast("2027-03", "2027-04", "1")).status())
                .isEqualTo(403);
        assertThat(Api.as(port, "requester").get(forecasts).status()).isIn(403, 404);
        assertThat(pmo.get(forecasts).json().get("versions")).as("nothing stored").isEmpty();
    }

    static JsonNode indicator(Api api, long project, String key) {
        for (JsonNode indicator : api.get("/api/v1/projects/" + project + "/health").json().get("indicators")) {
            if (indicator.get("key").asString().equals(key)) return indicator;
        }
        return null;
    }

    @Test
    void whereFinanceMeasuresTheCpiItReplacesStatussBudgetBurnInComputedHealth() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Finance replaces burn", 100_000);
        Api pm = Api.as(port, "pm");
        JsonNode draft = pm.post("/api/v1/projects/" + project + "/status-reports", "{}").json();
        Map<String, Object> body = StatusFixtures.completeReport("GREEN", draft.get("version").asLong());
        body.put("actualCost", 90_000);
        body.put("percentComplete", 30);
        long id = draft.get("id").asLong();
        JsonNode saved = pm.put("/api/v1/status-reports/" + id, ProjectFixtures.json(body)).json();
        JsonNode submitted = pm.post("/api/v1/status-reports/" + id + "/submit",
                StatusFixtures.act(saved.get("version").asLong(), null)).json();
        Api pmo = Api.as(port, "pmo");
        assertThat(pmo.post("/api/v1/status-reports/" + id + "/publish",
                StatusFixtures.act(submitted.get("version").asLong(), null)).status()).isEqualTo(200);
        assertThat(indicator(pmo, project, "status.budgetBurn")).as("no finance data: the burn counts").isNotNull();

        giveFinanceData(pmo, project, "30000", "20000");
        assertThat(indicator(pmo, project, "finance.costPerformance").get("value").asDouble()).isEqualTo(25.0);
        assertThat(indicator(pmo, project, "status.budgetBurn")).as("replaced by the CPI").isNull();
    }

    @Test
    void costAndSchedulePerformanceBelowOneArePointsOfComputedHealth() {
        Api pmo = Api.as(port, "pmo");
        long portfolio = portfolio(pmo);
        long behind = plannedProject(pmo, portfolio, "EUR", "30000", "20000");   // CPI 0.75, SPI 0.5
        long ahead = plannedProject(pmo, portfolio, "EUR", "30000", "10000");    // CPI 1.5

        JsonNode cost = indicator(pmo, behind, "finance.costPerformance");
        assertThat(cost).as("indicator on the project's health").isNotNull();
        assertThat(cost.get("value").asDouble()).isEqualTo(25.0);
        assertThat(cost.get("unit").asString()).isEqualTo("points");
        assertThat(cost.get("rag").asString()).isEqualTo("RED");
        assertThat(cost.get("inputs").toString()).contains("financeCpi", "0.75");
        JsonNode schedule = indicator(pmo, behind, "finance.schedulePerformance");
        assertThat(schedule.get("value").asDouble()).isEqualTo(50.0);
        assertThat(schedule.get("rag").asString()).isEqualTo("RED");
        JsonNode good = indicator(pmo, ahead, "finance.costPerformance");
        assertThat(good.get("value").asDouble()).isZero();
        assertThat(good.get("rag").asString()).isEqualTo("GREEN");

        Map<String, Object> fields = ProjectFixtures.newProject("Earned value unbudgeted", portfolio);
        long unbudgeted = pmo.post("/api/v1/projects", ProjectFixtures.json(fields)).json().get("id").asLong();
        assertThat(indicator(pmo, unbudgeted, "finance.costPerformance")).as("no budget, no measure").isNull();
    }

    @Test
    void theFinancePageShowsTheMetricsAndTheSCurveAndTheRollUpSortsByMetricInTheReadersLanguage() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long portfolio = portfolio(pmo);
        long project = plannedProject(pmo, portfolio, "EUR", "30000", "20000");
        assertThat(pmo.post("/api/v1/projects/" + project + "/forecasts",
                forecast("2027-03", "2027-04", "6000")).status()).isEqualTo(201);

        String page = page("/projects/" + project + "/finance", "exec", Locale.FRENCH);
        assertThat(page).contains("Indice de performance des coûts (CPI)", "Calendrier acquis (ES)", "0,75",
                "Prévision 1 pour 2027-03", "id=\"curve-pv\"", "id=\"curve-ac\"", "id=\"curve-eac\"",
                "id=\"point-ev\"");
        assertThat(page).containsPattern("id=\"curve-pv\"[^>]*points=\"[0-9.]+,[0-9.]+ ");
        String japanese = page("/projects/" + project + "/finance?currency=ISK", "pmo", Locale.JAPANESE);
        assertThat(japanese).as("the missing rate is named on the page").contains("EUR/ISK", "2027-01")
                .doesNotContain("id=\"curve-pv\"");
        assertThat(page("/projects/" + project, "exec", Locale.ENGLISH)).contains("id=\"finance-tab\"");

        String rollup = page("/finance/earned-value?portfolioId=" + portfolio + "&sort=cpi&descending=true", "pmo",
                Locale.KOREAN);
        assertThat(rollup).contains("획득 가치 집계", "id=\"evm-rollup\"", "data-project=\"" + project + "\"",
                "id=\"evm-total\"", "aria-sort=\"descending\"", "SPI(t)");
        assertThat(page("/finance/earned-value?sort=colour", "pmo", Locale.ENGLISH))
                .contains("is not a metric to sort by");
    }

    @Test
    void theDemoProjectsHaveBudgetsCostsFromSuppliersAndForecastsInSeveralCurrencies() {
        Api pmo = Api.as(port, "pmo");
        java.util.Set<String> currencies = new java.util.TreeSet<>();
        int earned = 0, withSuppliers = 0, forecast = 0;
        for (JsonNode row : pmo.get("/api/v1/projects?size=200&sort=code").json().get("items")) {
            if (!row.get("name").asString().matches("[A-Z].*") || !row.get("code").asString().startsWith("PRJ-")
                    || row.get("id").asLong() > 40) {
                continue;   // the demo's projects come first; the tests' own come later
            }
            long project = row.get("id").asLong();
            if (pmo.get("/api/v1/projects/" + project + "/budget").json().get("lines").isEmpty()) continue;
            currencies.add(row.get("currency").asString());
            Api.Response inEuros = pmo.get("/api/v1/projects/" + project + "/earned-value?currency=EUR");
            assertThat(inEuros.status()).as(inEuros.body()).isEqualTo(200);
            JsonNode view = inEuros.json();
            if (view.get("earnedFromProgress").asBoolean() && !view.get("metrics").get("cpi").isNull()) earned++;
            if (!pmo.get("/api/v1/projects/" + project + "/supplier-spend").json().get("suppliers").isEmpty()) {
                withSuppliers++;
            }
            if (!view.get("forecast").isNull()) forecast++;
        }
        assertThat(currencies).as("demo budgets in several currencies").contains("EUR", "USD", "GBP");
        assertThat(earned).as("demo projects with a CPI").isGreaterThan(5);
        assertThat(withSuppliers).as("demo projects with suppliers' invoices").isGreaterThan(5);
        assertThat(forecast).as("active demo projects with forecasts").isGreaterThan(3);
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors")).anySatisfy(
                error -> assertThat(error.get("field").asString()).isEqualTo(field));
    }
}
