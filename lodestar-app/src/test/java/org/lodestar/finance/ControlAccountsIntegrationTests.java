package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.change.ChangeFixtures;
import org.lodestar.platform.People;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.lodestar.timesheets.TimesheetApproved;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Earned value per control account through the API and the Finance tab, on a plan built here:
 * <pre>
 * 1 Design (summary)
 *   1.1 Drafts (summary): Sketch 5 d (done), Review 5 d (done)
 *   1.2 Spec 10 d (50 %)
 * 2 Build 20 d (25 %)                    a working task at the top: its own account
 * </pre>
 * A 40,000 EUR budget makes the shares 5,000, 5,000, 10,000 and 20,000; the status date lies after the baseline's
 * finish, so PV is each account's BAC. Costs: a ledger row of 12,000 (no task) and 10 approved hours of the member
 * (72 EUR an hour in the demo pool) on Build, booked by {@link TimesheetCosts} as the approval would.
 */
class ControlAccountsIntegrationTests extends PageTestSupport {

    @Autowired
    People people;

    @Autowired
    TimesheetCosts timesheetCosts;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theAccountsAndTheUnattributedCostAddUpToTheProjectInItsCurrencyAndConverted() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long portfolio = EarnedValueIntegrationTests.portfolio(pmo);
        Map<String, Object> fields = ProjectFixtures.newProject("Control accounts", portfolio);
        fields.put("currency", "EUR");
        long project = pmo.post("/api/v1/projects", ProjectFixtures.json(fields)).json().get("id").asLong();
        String plan = "/api/v1/projects/" + project + "/plan";
        Api.Response stored = pmo.put(plan, """
                {"start": "2027-01-04",
                 "tasks": [{"key": "design", "name": "Design"},
                           {"key": "drafts", "parentKey": "design", "name": "Drafts"},
                           {"key": "sketch", "parentKey": "drafts", "name": "Sketch", "duration": "5d"},
                           {"key": "review", "parentKey": "drafts", "name": "Review", "duration": "5d"},
                           {"key": "spec", "parentKey": "design", "name": "Spec", "duration": "10d"},
                           {"key": "build", "name": "Build", "duration": "20d"}],
                 "dependencies": [{"predecessor": "sketch", "successor": "review"},
                                  {"predecessor": "review", "successor": "spec"},
                                  {"predecessor": "spec", "successor": "build"}]}""");
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        JsonNode tasks = stored.json().get("tasks");
        long design = tasks.get(0).get("id").asLong();
        long build = tasks.get(5).get("id").asLong();
        assertThat(pmo.put("/api/v1/projects/" + project + "/baselines/0", "{\"name\":\"Approved\"}").status())
                .isEqualTo(200);
        int[] percents = {0, 0, 100, 100, 50, 25};
        for (int i = 2; i < percents.length; i++) {
            Api.Response patched = pmo.send("PATCH", plan + "/tasks/" + tasks.get(i).get("id").asLong(),
                    "{\"percentComplete\":\"" + percents[i] + "\"}");
            assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        }
        assertThat(pmo.send("PATCH", plan, "{\"statusDate\":\"2027-03-31\"}").status()).isEqualTo(200);
        assertThat(pmo.post("/api/v1/projects/" + project + "/budget-lines", """
                {"category": "labour-opex", "month": "2027-01", "kind": "ORIGINAL", "amount": 40000}""")
                .status()).isEqualTo(201);
        assertThat(pmo.post("/api/v1/projects/" + project + "/actual-costs/import", ProjectFixtures.json(Map.of(
                "csv", "Voucher,Posted,Amount,Category\nCA-1,2027-01-29,12000,labour-opex\n",
                "mapping", Map.of("date", "Posted", "amount", "Amount", "category", "Category",
                        "reference", "Voucher")))).status()).isEqualTo(201);
        List<TimesheetCosts.Unbooked> left = new TransactionTemplate(transactions).execute(status ->
                timesheetCosts.cost(-project, ChangeFixtures.personId(people, "member"), List.of(
                new TimesheetApproved.Entry(project, build, LocalDate.parse("2027-01-06"), new BigDecimal("10")))));
        assertThat(left).as("nothing left uncosted").isEmpty();

        Api.Response answer = Api.as(port, "exec").get("/api/v1/projects/" + project
                + "/earned-value/control-accounts");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode view = answer.json();
        assertThat(view.get("plannedValueByAccount").asBoolean()).isTrue();
        JsonNode accounts = view.get("accounts");
        assertThat(accounts).hasSize(2);
        JsonNode first = accounts.get(0);
        assertThat(first.get("taskId").asLong()).isEqualTo(design);
        assertThat(first.get("code").asString()).isEqualTo("1");
        assertThat(first.get("summary").asBoolean()).isTrue();
        assertThat(first.get("metrics").get("bac").decimalValue()).isEqualByComparingTo("20000");
        assertThat(first.get("metrics").get("pv").decimalValue()).isEqualByComparingTo("20000");
        assertThat(first.get("metrics").get("ev").decimalValue()).as("5,000 + 5,000 + half of 10,000")
                .isEqualByComparingTo("15000");
        assertThat(first.get("metrics").get("ac").decimalValue()).isEqualByComparingTo("0");
        assertThat(first.get("metrics").get("cpi").isNull()).as("no cost: no CPI").isTrue();
        assertThat(first.get("percentComplete").asDouble()).isEqualTo(75.0);
        JsonNode second = accounts.get(1);
        assertThat(second.get("taskId").asLong()).isEqualTo(build);
        assertThat(second.get("summary").asBoolean()).isFalse();
        assertThat(second.get("metrics").get("ev").decimalValue()).isEqualByComparingTo("5000");
        assertThat(second.get("metrics").get("ac").decimalValue()).as("10 h at 72 EUR")
                .isEqualByComparingTo("720");
        assertThat(second.get("metrics").get("eac").decimalValue()).as("20,000 / (5,000 / 720)")
                .isEqualByComparingTo("2880");
        assertThat(view.get("unattributedAc").decimalValue()).isEqualByComparingTo("12000");

        // the accounts add up to the project's own earned value, in its currency and converted
        for (String currency : List.of("", "?currency=USD")) {
            JsonNode project0 = pmo.get("/api/v1/projects/" + project + "/earned-value" + currency).json()
                    .get("metrics");
            JsonNode grouped = pmo.get("/api/v1/projects/" + project + "/earned-value/control-accounts" + currency)
                    .json();
            for (String metric : List.of("bac", "pv", "ev", "ac", "sv", "cv")) {
                BigDecimal sum = metric.equals("ac") ? grouped.get("unattributedAc").decimalValue() : BigDecimal.ZERO;
                for (JsonNode account : grouped.get("accounts")) {
                    sum = sum.add(account.get("metrics").get(metric).decimalValue());
                }
                if (metric.equals("cv")) sum = sum.subtract(grouped.get("unattributedAc").decimalValue());
                assertThat(sum).as(metric + currency).isEqualByComparingTo(project0.get(metric).decimalValue());
                assertThat(grouped.get("project").get(metric).decimalValue()).as(metric + currency)
                        .isEqualByComparingTo(project0.get(metric).decimalValue());
            }
        }

        Api.Response missing = pmo.get("/api/v1/projects/" + project + "/earned-value/control-accounts?currency=ISK");
        assertThat(missing.status()).as(missing.body()).isEqualTo(422);
        assertThat(missing.body()).contains("EUR/ISK");
        Api.Response bad = pmo.get("/api/v1/projects/" + project + "/earned-value/control-accounts?currency=EURO");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("currency");

        String page = page("/projects/" + project + "/finance", "exec", Locale.FRENCH);
        assertThat(page).contains("id=\"control-accounts\"", "Comptes de contrôle, en EUR",
                "data-account=\"" + design + "\"", "data-account=\"" + build + "\"",
                "Coût réel non attribué à un compte de contrôle", "75,0");
        assertThat(page).containsPattern("data-account=\"unattributed\">\\s*<th[^>]*>[^<]*</th>\\s*"
                + "<td></td><td></td><td></td>\\s*<td class=\"num\">12.000</td>");
    }

    @Test
    void sharesFollowAssignedWorkTimesRateWhereTasksAreCosted() {
        Api pmo = Api.as(port, "pmo");
        Map<String, Object> fields = ProjectFixtures.newProject("Assigned shares", EarnedValueIntegrationTests
                .portfolio(pmo));
        fields.put("currency", "EUR");
        long project = pmo.post("/api/v1/projects", ProjectFixtures.json(fields)).json().get("id").asLong();
        String plan = "/api/v1/projects/" + project + "/plan";
        Api.Response stored = pmo.put(plan, """
                {"start": "2027-01-04",
                 "tasks": [{"key": "a", "name": "Analysis", "duration": "10d"},
                           {"key": "b", "name": "Testing", "duration": "10d"}]}""");
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(pmo.post("/api/v1/projects/" + project + "/budget-lines", """
                {"category": "labour-opex", "month": "2027-01", "kind": "ORIGINAL", "amount": 30000}""")
                .status()).isEqualTo(201);
        String path = "/api/v1/projects/" + project + "/earned-value/control-accounts";
        assertThat(pmo.get(path).json().get("accounts").get(0).get("metrics").get("bac").decimalValue())
                .as("equal durations, no assignment: equal shares").isEqualByComparingTo("15000");
        long member = -1;
        for (JsonNode resource : Api.as(port, "resource").get("/api/v1/resources").json()) {
            if ("member".equals(resource.path("username").asString(""))) member = resource.get("id").asLong();
        }
        JsonNode tasks = stored.json().get("tasks");
        int[] units = {100, 50};
        for (int i = 0; i < 2; i++) {
            Api.Response added = pmo.post(plan + "/tasks/" + tasks.get(i).get("id").asLong() + "/assignments",
                    "{\"resource\": " + member + ", \"units\": " + units[i] + "}");
            assertThat(added.status()).as(added.body()).isEqualTo(201);
        }

        JsonNode accounts = pmo.get(path).json().get("accounts");

        // 80 h and 40 h at the member's 72 EUR: 5,760 and 2,880, two thirds and one third of the budget
        assertThat(accounts.get(0).get("metrics").get("bac").decimalValue()).isEqualByComparingTo("20000");
        assertThat(accounts.get(1).get("metrics").get("bac").decimalValue()).isEqualByComparingTo("10000");
    }
}
