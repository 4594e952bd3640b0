package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.People;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.status.StatusFixtures;
import org.lodestar.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.lodestar.support.PageTestSupport;
import tools.jackson.databind.JsonNode;

class FinanceIntegrationTests extends PageTestSupport {

    private static final String RATES = "/api/v1/finance/exchange-rates";

    @Autowired
    People people;

    private static String line(String category, String month, String kind, String amount) {
        return "{\"category\":" + category + ",\"month\":" + month + ",\"kind\":" + kind + ",\"amount\":" + amount
                + "}";
    }

    private static String rate(String from, String to, String validFrom, String rate) {
        return "{\"from\":" + from + ",\"to\":" + to + ",\"validFrom\":" + validFrom + ",\"rate\":" + rate + "}";
    }

    private int kept() {
        return Api.as(port, "pmo").get(RATES).json().size();
    }

    @Test
    void thePmoKeepsARateEveryReaderSeesItAndItIsAuditedAndConvertsWith() {
        Api pmo = Api.as(port, "pmo");
        Api.Response created = pmo.post(RATES, rate("\"USD\"", "\"EUR\"", "\"2031-01-01\"", "0.92"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode view = created.json();
        assertThat(view.get("from").asString()).isEqualTo("USD");
        assertThat(view.get("to").asString()).isEqualTo("EUR");
        assertThat(view.get("validFrom").asString()).isEqualTo("2031-01-01");
        long id = view.get("id").asLong();
        assertThat(Api.as(port, "exec").get(RATES).json()).anySatisfy(
                row -> assertThat(row.get("id").asLong()).isEqualTo(id));
        JsonNode history = pmo.get("/api/v1/audit?entityType=exchange-rate&entityId=" + id).json();
        assertThat(history.get("total").asLong()).isEqualTo(1);
        assertThat(history.get("items").get(0).get("action").asString()).isEqualTo("CREATE");
    }

    @Test
    void onlyAdministratorsAndThePmoKeepRatesAndRequestersDoNotReadThem() {
        int before = kept();
        assertThat(Api.as(port, "pm").post(RATES, rate("\"USD\"", "\"EUR\"", "\"2032-01-01\"", "0.9")).status())
                .isEqualTo(403);
        assertThat(Api.as(port, "portfolio").post(RATES, rate("\"USD\"", "\"EUR\"", "\"2032-01-01\"", "0.9"))
                .status()).isEqualTo(403);
        assertThat(Api.as(port, "requester").get(RATES).status()).isEqualTo(403);
        assertThat(Api.as(port, "admin").post(RATES, rate("\"GBP\"", "\"EUR\"", "\"2032-01-01\"", "1.15")).status())
                .isEqualTo(201);
        assertThat(kept()).isEqualTo(before + 1);
    }

    @Test
    void badInputIs400NamingTheFieldAndNothingIsStored() {
        Api pmo = Api.as(port, "pmo");
        int before = kept();
        assertField(pmo.post(RATES, rate("\"XYZ\"", "\"EUR\"", "\"2033-01-01\"", "0.9")), "from");
        assertField(pmo.post(RATES, rate("\"USD\"", "\"usd\"", "\"2033-01-01\"", "0.9")), "to");
        assertField(pmo.post(RATES, rate("\"EUR\"", "\"EUR\"", "\"2033-01-01\"", "1")), "to");
        assertField(pmo.post(RATES, rate("\"USD\"", "\"EUR\"", "null", "0.9")), "validFrom");
        assertField(pmo.post(RATES, rate("\"USD\"", "\"EUR\"", "\"2033-01-01\"", "0")), "rate");
        assertField(pmo.post(RATES, rate("\"USD\"", "\"EUR\"", "\"2033-01-01\"", "-1.5")), "rate");
        assertField(pmo.post(RATES, rate("\"USD\"", "\"EUR\"", "\"2033-01-01\"", "0.123456789")), "rate");
        assertField(pmo.post(RATES, rate("\"USD\"", "\"EUR\"", "\"2033-01-01\"", "null")), "rate");
        assertThat(kept()).isEqualTo(before);
    }

    @Test
    void aSecondRateForThePairAndDateIsAConflictNamingThem() {
        Api pmo = Api.as(port, "pmo");
        assertThat(pmo.post(RATES, rate("\"JPY\"", "\"EUR\"", "\"2034-04-01\"", "0.0061")).status()).isEqualTo(201);
        int before = kept();

        Api.Response again = pmo.post(RATES, rate("\"JPY\"", "\"EUR\"", "\"2034-04-01\"", "0.0062"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("currencyPair").asString()).isEqualTo("JPY/EUR");
        assertThat(again.json().get("validFrom").asString()).isEqualTo("2034-04-01");
        assertThat(kept()).isEqualTo(before);
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors")).anySatisfy(
                error -> assertThat(error.get("field").asString()).isEqualTo(field));
    }

    @Test
    void theProjectsEditorsBudgetByCategoryAndMonthAndTheCurrentBudgetIsOriginalPlusApprovedChanges() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Finance budget", 100_000);
        Api pm = Api.as(port, "pm");
        String lines = "/api/v1/projects/" + project + "/budget-lines";

        Api.Response original = pm.post(lines, line("\"labour-opex\"", "\"2026-03\"", "\"ORIGINAL\"", "12000.50"));
        assertThat(original.status()).as(original.body()).isEqualTo(201);
        assertThat(pm.post(lines, line("\"non-labour-capex\"", "\"2026-04\"", "\"ORIGINAL\"", "8000")).status())
                .isEqualTo(201);
        assertThat(pm.post(lines, line("\"labour-opex\"", "\"2026-03\"", "\"APPROVED_CHANGE\"", "-500.50"))
                .status()).isEqualTo(201);

        JsonNode budget = Api.as(port, "exec").get("/api/v1/projects/" + project + "/budget").json();
        assertThat(budget.get("currency").asString()).isEqualTo("EUR");
        assertThat(budget.get("lines")).hasSize(3);
        assertThat(budget.get("original").decimalValue()).isEqualByComparingTo("20000.50");
        assertThat(budget.get("approvedChanges").decimalValue()).isEqualByComparingTo("-500.50");
        assertThat(budget.get("current").decimalValue()).isEqualByComparingTo("19500");
        long id = original.json().get("id").asLong();
        assertThat(Api.as(port, "pmo").get("/api/v1/audit?entityType=budget-line&entityId=" + id).json()
                .get("total").asLong()).isEqualTo(1);
    }

    @Test
    void badBudgetLinesAre400NamingTheFieldConflictsAre409AndNothingIsStored() {
        Map<String, Object> fields = ProjectFixtures.newProject("Finance yen budget", 1);
        fields.put("currency", "JPY");
        Api.Response created = Api.as(port, "pmo").post("/api/v1/projects", ProjectFixtures.json(fields));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long project = created.json().get("id").asLong();
        Api pmo = Api.as(port, "pmo");
        String lines = "/api/v1/projects/" + project + "/budget-lines";
        assertThat(pmo.post(lines, line("\"labour-capex\"", "\"2027-02\"", "\"ORIGINAL\"", "1000000")).status())
                .isEqualTo(201);

        assertField(pmo.post(lines, line("\"travel\"", "\"2027-02\"", "\"ORIGINAL\"", "1")), "category");
        assertField(pmo.post(lines, line("\"labour-opex\"", "\"02/2027\"", "\"ORIGINAL\"", "1")), "month");
        assertField(pmo.post(lines, line("\"labour-opex\"", "\"2027-02\"", "\"FORECAST\"", "1")), "kind");
        assertField(pmo.post(lines, line("\"labour-opex\"", "\"2027-02\"", "\"ORIGINAL\"", "-1")), "amount");
        assertField(pmo.post(lines, line("\"labour-opex\"", "\"2027-02\"", "\"ORIGINAL\"", "100.5")), "amount");
        assertField(pmo.post(lines, line("\"labour-opex\"", "\"2027-02\"", "\"APPROVED_CHANGE\"",
                "10000000000001")), "amount");
        Api.Response twice = pmo.post(lines, line("\"labour-capex\"", "\"2027-02\"", "\"ORIGINAL\"", "5"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("category").asString()).isEqualTo("labour-capex");
        assertThat(twice.json().get("month").asString()).isEqualTo("2027-02");

        JsonNode budget = pmo.get("/api/v1/projects/" + project + "/budget").json();
        assertThat(budget.get("currency").asString()).isEqualTo("JPY");
        assertThat(budget.get("lines")).hasSize(1);
        assertThat(budget.get("current").decimalValue()).isEqualByComparingTo("1000000");
    }

    @Test
    void onlyTheProjectsEditorsAddToItsBudgetAndRequestersDoNotReadIt() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Finance rights", 100_000);
        String lines = "/api/v1/projects/" + project + "/budget-lines";
        String body = line("\"labour-opex\"", "\"2026-05\"", "\"ORIGINAL\"", "10");
        assertThat(Api.as(port, "exec").post(lines, body).status()).isEqualTo(403);
        assertThat(Api.as(port, "resource").post(lines, body).status()).isEqualTo(403);
        assertThat(Api.as(port, "requester").get("/api/v1/projects/" + project + "/budget").status())
                .isIn(403, 404);
        assertThat(Api.as(port, "pmo").get("/api/v1/projects/" + project + "/budget").json().get("lines")).isEmpty();
    }

    private static String costFile(String csv) {
        return ProjectFixtures.json(Map.of("csv", csv, "mapping",
                Map.of("date", "Posted", "amount", "Amount", "category", "Category", "reference", "Voucher")));
    }

    @Test
    void aCleanCostFileIsImportedAndItsDuplicatesAreRefusedNextTime() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Finance actuals", 100_000);
        Api pm = Api.as(port, "pm");
        String costs = "/api/v1/projects/" + project + "/actual-costs";
        String file = "Voucher,Posted,Amount,Category\nV-1,2026-03-31,1200.50,labour-opex\n"
                + "V-2,2026-04-30,799.50,non-labour-capex\n";

        Api.Response imported = pm.post(costs + "/import", costFile(file));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
        JsonNode stored = Api.as(port, "exec").get(costs).json();
        assertThat(stored.get("costs")).hasSize(2);
        assertThat(stored.get("total").decimalValue()).isEqualByComparingTo("2000");
        assertThat(Api.as(port, "pmo").get("/api/v1/audit?entityType=actual-cost-import&entityId=" + project).json()
                .get("total").asLong()).isEqualTo(1);

        Api.Response again = pm.post(costs + "/import",
                costFile("Voucher,Posted,Amount,Category\nV-3,2026-05-31,10,labour-opex\nV-2,2026-05-31,10,labour-opex\n"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors")).anySatisfy(
                error -> assertThat(error.get("field").asString()).isEqualTo("line 3: Voucher"));
        assertThat(pm.get(costs).json().get("costs")).as("all or nothing: V-3 was not imported").hasSize(2);
    }

    @Test
    void aMalformedCostFileGetsARowByRowReportAndNothingIsImported() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Finance bad file", 100_000);
        Api pm = Api.as(port, "pm");
        String costs = "/api/v1/projects/" + project + "/actual-costs";
        String file = "Voucher,Posted,Amount,Category\nV-1,2026-03-31,10,labour-opex\nV-2,31/03/2026,10,labour-opex\n"
                + "V-3,2026-03-31,1.001,labour-opex\nV-4,2026-03-31,10,travel\n";

        Api.Response refused = pm.post(costs + "/import", costFile(file));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).extracting(error -> error.get("field").asString())
                .containsExactly("line 3: Posted", "line 4: Amount", "line 5: Category");
        assertThat(pm.get(costs).json().get("costs")).isEmpty();
        assertThat(Api.as(port, "exec").post(costs + "/import", costFile(file)).status()).isEqualTo(403);
        assertThat(pm.post(costs + "/import", "{\"csv\":\"\"}").status()).isEqualTo(400);
    }

    private static String invoice(String supplier, String number, String postedOn, String category, String amount) {
        return "{\"supplierId\":" + supplier + ",\"invoice\":" + number + ",\"postedOn\":" + postedOn
                + ",\"category\":" + category + ",\"amount\":" + amount + "}";
    }

    private long supplier(String name) {
        Api.Response created = Api.as(port, "pmo").post("/api/v1/finance/suppliers",
                "{\"name\":\"" + name + "\",\"country\":\"DE\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void thePmoKeepsSuppliersEveryReaderSeesThemAndBadOnesAre400Or409() {
        String name = "Acme Build " + System.nanoTime();
        long id = supplier(name);
        String suppliers = "/api/v1/finance/suppliers";

        assertThat(Api.as(port, "exec").get(suppliers).json()).anySatisfy(
                supplier -> assertThat(supplier.get("id").asLong()).isEqualTo(id));
        assertThat(Api.as(port, "requester").get(suppliers).status()).isEqualTo(403);
        assertThat(Api.as(port, "pm").post(suppliers, "{\"name\":\"PM supplier\"}").status()).isEqualTo(403);
        Api pmo = Api.as(port, "pmo");
        int before = pmo.get(suppliers).json().size();
        assertField(pmo.post(suppliers, "{\"name\":\"  \"}"), "name");
        assertField(pmo.post(suppliers, "{\"name\":\"Nowhere Ltd\",\"country\":\"XX\"}"), "country");
        Api.Response twice = pmo.post(suppliers, "{\"name\":\"" + name.toUpperCase() + "\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("name").asString()).isEqualTo(name.toUpperCase());
        assertThat(pmo.get(suppliers).json()).hasSize(before);
        assertThat(pmo.get("/api/v1/audit?entityType=supplier&entityId=" + id).json().get("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void invoicesFromSuppliersAreActualCostsRecordedOnceAndSpendIsSummedBySupplier() throws Exception {
        long acme = supplier("Acme Steel " + System.nanoTime());
        long brill = supplier("Brill Consulting " + System.nanoTime());
        long project = StatusFixtures.activeProjectOfPm(port, people, "Finance suppliers", 100_000);
        Api pm = Api.as(port, "pm");
        String invoices = "/api/v1/projects/" + project + "/supplier-invoices";

        Api.Response first = pm.post(invoices, invoice(Long.toString(acme), "\"A-17\"", "\"2026-03-15\"",
                "\"non-labour-capex\"", "1200.50"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(pm.post(invoices, invoice(Long.toString(brill), "\"B-1\"", "\"2026-04-02\"",
                "\"labour-opex\"", "300")).status()).isEqualTo(201);
        assertThat(pm.post(invoices, invoice(Long.toString(acme), "\"A-18\"", "\"2026-04-15\"",
                "\"non-labour-capex\"", "99.50")).status()).isEqualTo(201);
        Api.Response again = pm.post(invoices, invoice(Long.toString(acme), "\"A-17\"", "\"2026-05-15\"",
                "\"non-labour-capex\"", "1"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("invoice").asString()).isEqualTo("A-17");

        JsonNode spend = Api.as(port, "exec").get("/api/v1/projects/" + project + "/supplier-spend").json();
        assertThat(spend.get("suppliers")).extracting(line -> line.get("supplierId").asLong())
                .containsExactly(acme, brill);
        assertThat(spend.get("suppliers").get(0).get("invoices").asLong()).isEqualTo(2);
        assertThat(spend.get("suppliers").get(0).get("total").decimalValue()).isEqualByComparingTo("1300");
        assertThat(spend.get("total").decimalValue()).isEqualByComparingTo("1600");
        JsonNode costs = pm.get("/api/v1/projects/" + project + "/actual-costs").json();
        assertThat(costs.get("total").decimalValue()).isEqualByComparingTo("1600");
        assertThat(costs.get("costs")).anySatisfy(cost -> {
            assertThat(cost.get("supplierId").asLong()).isEqualTo(acme);
            assertThat(cost.get("invoice").asString()).isEqualTo("A-17");
        });
        assertThat(page("/projects/" + project + "/finance", "exec", java.util.Locale.FRENCH))
                .contains("Dépenses par fournisseur (EUR)", "Acme Steel", "1\u202f300", "1\u202f600");
        assertThat(Api.as(port, "pmo").get("/api/v1/audit?entityType=supplier-invoice&entityId="
                + first.json().get("id").asLong()).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void badInvoicesAre400NamingTheFieldNothingIsStoredAndOnlyEditorsRecordThem() {
        long acme = supplier("Acme Tools " + System.nanoTime());
        long project = StatusFixtures.activeProjectOfPm(port, people, "Finance bad invoices", 100_000);
        Api pm = Api.as(port, "pm");
        String invoices = "/api/v1/projects/" + project + "/supplier-invoices";
        String ok = Long.toString(acme);

        assertField(pm.post(invoices, invoice("999999999", "\"X-1\"", "\"2026-03-15\"", "\"labour-opex\"", "1")),
                "supplierId");
        assertField(pm.post(invoices, invoice(ok, "\" \"", "\"2026-03-15\"", "\"labour-opex\"", "1")), "invoice");
        assertField(pm.post(invoices, invoice(ok, "\"X-1\"", "null", "\"labour-opex\"", "1")), "postedOn");
        assertField(pm.post(invoices, invoice(ok, "\"X-1\"", "\"2026-03-15\"", "\"travel\"", "1")), "category");
        assertField(pm.post(invoices, invoice(ok, "\"X-1\"", "\"2026-03-15\"", "\"labour-opex\"", "1.001")),
                "amount");
        assertField(pm.post(invoices, invoice(ok, "\"X-1\"", "\"2026-03-15\"", "\"labour-opex\"",
                "10000000000001")), "amount");
        assertThat(Api.as(port, "exec").post(invoices,
                invoice(ok, "\"X-1\"", "\"2026-03-15\"", "\"labour-opex\"", "1")).status()).isEqualTo(403);
        assertThat(Api.as(port, "requester").get("/api/v1/projects/" + project + "/supplier-spend").status())
                .isIn(403, 404);
        assertThat(pm.get("/api/v1/projects/" + project + "/actual-costs").json().get("costs")).isEmpty();
    }
}
