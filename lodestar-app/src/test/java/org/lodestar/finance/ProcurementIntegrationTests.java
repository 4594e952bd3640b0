package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.People;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.status.StatusFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Contracts, purchase orders and invoices matched to them, through the API (issue 17, procurement). */
class ProcurementIntegrationTests extends PageTestSupport {

    @Autowired
    People people;

    private long supplier(String name) {
        Api.Response created = Api.as(port, "pmo").post("/api/v1/finance/suppliers",
                "{\"name\":\"" + name + " " + System.nanoTime() + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static String contract(Object supplier, String reference, String value, String startsOn, String endsOn) {
        return "{\"supplierId\":" + supplier + ",\"reference\":" + reference + ",\"value\":" + value
                + ",\"startsOn\":" + startsOn + ",\"endsOn\":" + endsOn + "}";
    }

    private static String order(Object contract, Object supplier, String number, String amount, boolean overrun) {
        return "{\"contractId\":" + contract + ",\"supplierId\":" + supplier + ",\"number\":" + number
                + ",\"category\":\"non-labour-capex\",\"amount\":" + amount + ",\"issuedOn\":\"2026-02-01\""
                + ",\"allowOverrun\":" + overrun + "}";
    }

    private static String invoice(long supplier, String number, String amount, Object order) {
        return "{\"supplierId\":" + supplier + ",\"invoice\":\"" + number + "\",\"postedOn\":\"2026-03-10\""
                + ",\"category\":\"non-labour-capex\",\"amount\":" + amount + ",\"purchaseOrderId\":" + order + "}";
    }

    private static String version(JsonNode record) {
        return "{\"version\":" + record.get("version").asLong() + "}";
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors")).anySatisfy(
                error -> assertThat(error.get("field").asString()).isEqualTo(field));
    }

    private static void assertRefused(Api.Response response, String state, String act) {
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.json().get("state").asString()).isEqualTo(state);
        assertThat(response.json().get("act").asString()).isEqualTo(act);
    }

    @Test
    void aContractIsDraftedActivatedAndClosedAndOnlyAnActiveOneTakesPurchaseOrdersUpToItsValue() {
        long acme = supplier("Acme Build");
        long project = StatusFixtures.activeProjectOfPm(port, people, "Procured works", 100_000);
        Api pm = Api.as(port, "pm");
        String contracts = "/api/v1/projects/" + project + "/contracts";
        String orders = "/api/v1/projects/" + project + "/purchase-orders";

        JsonNode draft = created(pm.post(contracts,
                contract(acme, "\"C-100\"", "50000", "\"2026-01-15\"", "\"2026-12-31\"")));
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        long id = draft.get("id").asLong();
        String contract = contracts + "/" + id;
        assertRefused(pm.post(orders, order(id, null, "\"PO-0\"", "1000", false)), "DRAFT", "order");
        assertRefused(pm.post(contract + "/close", version(draft)), "DRAFT", "close");

        JsonNode active = ok(pm.post(contract + "/activate", version(draft)));
        assertThat(active.get("state").asString()).isEqualTo("ACTIVE");
        assertThat(pm.post(contract + "/activate", version(draft)).status()).as("stale version").isEqualTo(409);
        assertRefused(pm.post(contract + "/activate", version(active)), "ACTIVE", "activate");

        JsonNode po = created(pm.post(orders, order(id, null, "\"PO-1\"", "30000", false)));
        assertThat(po.get("supplierId").asLong()).as("the contract's supplier").isEqualTo(acme);
        assertThat(po.get("remaining").decimalValue()).isEqualByComparingTo("30000");
        Api.Response beyond = pm.post(orders, order(id, null, "\"PO-2\"", "20000.01", false));
        assertThat(beyond.status()).as(beyond.body()).isEqualTo(409);
        assertThat(beyond.json().get("amount").decimalValue()).isEqualByComparingTo("20000.01");
        assertThat(beyond.json().get("available").decimalValue()).isEqualByComparingTo("20000");
        created(pm.post(orders, order(id, null, "\"PO-2\"", "20000", false)));
        assertThat(pm.post(orders, order(id, null, "\"po-2\"", "1", false)).status()).as("number taken")
                .isEqualTo(409);

        JsonNode closed = ok(pm.post(contract + "/close", version(active)));
        assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("committed").decimalValue()).isEqualByComparingTo("50000");
        assertThat(closed.get("remaining").decimalValue()).as("closing releases the commitment").isZero();
        assertRefused(pm.post(orders, order(id, null, "\"PO-3\"", "1", false)), "CLOSED", "order");
        assertRefused(pm.post(contract + "/close", version(closed)), "CLOSED", "close");
        assertRefused(pm.post(contract + "/activate", version(closed)), "CLOSED", "activate");
        Api.Response late = pm.post("/api/v1/projects/" + project + "/supplier-invoices",
                invoice(acme, "LATE-1", "100", po.get("id").asLong()));
        assertThat(late.status()).as("a closed contract's order takes no invoice").isEqualTo(409);
        assertThat(late.json().has("amount")).isTrue();

        JsonNode history = Api.as(port, "pmo").get("/api/v1/audit?entityType=contract&entityId=" + id).json();
        assertThat(history.get("total").asLong()).as("drafted, activated, closed").isEqualTo(3);
        assertThat(Api.as(port, "pmo").get("/api/v1/audit?entityType=purchase-order&entityId="
                + po.get("id").asLong()).json().get("total").asLong()).isEqualTo(1);
        assertThat(Api.as(port, "exec").get(contracts).json()).hasSize(1);
        assertThat(Api.as(port, "exec").get(orders).json()).hasSize(2);
        assertThat(Api.as(port, "requester").get(contracts).status()).isEqualTo(403);
        assertThat(Api.as(port, "exec").post(contracts,
                contract(acme, "\"C-X\"", "1", "\"2026-01-15\"", "null")).status()).isEqualTo(403);
    }

    @Test
    void invoicesMatchedToAPurchaseOrderConsumeItsCommitmentAndOneBeyondItIsRefusedUnlessOverrunIsAllowed() {
        long acme = supplier("Acme Parts");
        long other = supplier("Other Parts");
        long project = StatusFixtures.activeProjectOfPm(port, people, "Matched invoices", 100_000);
        Api pm = Api.as(port, "pm");
        String orders = "/api/v1/projects/" + project + "/purchase-orders";
        String invoices = "/api/v1/projects/" + project + "/supplier-invoices";
        long strict = created(pm.post(orders, order(null, acme, "\"PO-S\"", "1000", false))).get("id").asLong();
        long loose = created(pm.post(orders, order(null, acme, "\"PO-L\"", "1000", true))).get("id").asLong();

        JsonNode matched = created(pm.post(invoices, invoice(acme, "A-1", "600", strict)));
        assertThat(matched.get("purchaseOrderId").asLong()).isEqualTo(strict);
        Api.Response over = pm.post(invoices, invoice(acme, "A-2", "400.01", strict));
        assertThat(over.status()).as(over.body()).isEqualTo(409);
        assertThat(over.json().get("amount").decimalValue()).isEqualByComparingTo("400.01");
        assertThat(over.json().get("remaining").decimalValue()).isEqualByComparingTo("400");
        created(pm.post(invoices, invoice(acme, "A-3", "1500", loose)));
        assertField(pm.post(invoices, invoice(other, "B-1", "10", strict)), "purchaseOrderId");
        assertField(pm.post(invoices, invoice(acme, "A-4", "10", 999_999_999L)), "purchaseOrderId");
        assertField(pm.post(invoices, invoice(acme, "A-5", "10", strict).replace("non-labour-capex", "labour-opex")),
                "category");

        JsonNode commitments = ok(Api.as(port, "exec").get("/api/v1/projects/" + project + "/commitments"));
        assertThat(commitments.get("committed").decimalValue()).isEqualByComparingTo("2000");
        assertThat(commitments.get("invoiced").decimalValue()).isEqualByComparingTo("2100");
        assertThat(commitments.get("remaining").decimalValue()).as("400 left on the strict order, 0 on the other")
                .isEqualByComparingTo("400");
        assertThat(ok(Api.as(port, "exec").get("/api/v1/projects/" + project + "/actual-costs")).get("total")
                .decimalValue()).as("matched invoices are actual costs").isEqualByComparingTo("2100");
    }

    @Test
    void badContractsAndOrdersAre400NamingTheFieldAndNothingIsStored() {
        long acme = supplier("Acme Yen");
        Map<String, Object> fields = ProjectFixtures.newProject("Procured in yen", 1);
        fields.put("currency", "JPY");
        long project = created(Api.as(port, "pmo").post("/api/v1/projects", ProjectFixtures.json(fields)))
                .get("id").asLong();
        Api pmo = Api.as(port, "pmo");
        String contracts = "/api/v1/projects/" + project + "/contracts";
        String orders = "/api/v1/projects/" + project + "/purchase-orders";

        assertField(pmo.post(contracts, contract(acme, "\"C\"", "-1", "\"2026-01-01\"", "null")), "value");
        assertField(pmo.post(contracts, contract(acme, "\"C\"", "0", "\"2026-01-01\"", "null")), "value");
        assertField(pmo.post(contracts, contract(acme, "\"C\"", "10000000000001", "\"2026-01-01\"", "null")),
                "value");
        assertField(pmo.post(contracts, contract(acme, "\"C\"", "100.5", "\"2026-01-01\"", "null")), "value");
        assertField(pmo.post(contracts, contract(999_999_999L, "\"C\"", "100", "\"2026-01-01\"", "null")),
                "supplierId");
        assertField(pmo.post(contracts, contract(acme, "\" \"", "100", "\"2026-01-01\"", "null")), "reference");
        assertField(pmo.post(contracts, contract(acme, "\"C\"", "100", "null", "null")), "startsOn");
        assertField(pmo.post(contracts, contract(acme, "\"C\"", "100", "\"2026-02-01\"", "\"2026-01-31\"")),
                "endsOn");
        assertField(pmo.post(orders, order(null, acme, "\"PO\"", "0", false)), "amount");
        assertField(pmo.post(orders, order(null, acme, "\"PO\"", "-5", false)), "amount");
        assertField(pmo.post(orders, order(null, acme, "\"PO\"", "12.5", false)), "amount");
        assertField(pmo.post(orders, order(null, acme, "\"PO\"", "1E14", false)), "amount");
        assertField(pmo.post(orders, order(null, 999_999_999L, "\"PO\"", "5", false)), "supplierId");
        assertField(pmo.post(orders, order(999_999_999L, null, "\"PO\"", "5", false)), "contractId");
        assertField(pmo.post(orders, order(null, acme, "\"PO\"", "5", false).replace("non-labour-capex", "travel")),
                "category");
        assertThat(pmo.post(contracts + "/999999999/activate", "{\"version\":0}").status()).isEqualTo(404);

        assertThat(ok(pmo.get(contracts))).isEmpty();
        assertThat(ok(pmo.get(orders))).isEmpty();
        created(pmo.post(contracts, contract(acme, "\"C-1\"", "100", "\"2026-01-01\"", "null")));
        Api.Response twice = pmo.post(contracts, contract(acme, "\"c-1\"", "100", "\"2026-01-01\"", "null"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("reference").asString()).isEqualTo("c-1");
    }

    @Test
    void spendBySupplierAcrossProjectsIsConvertedAtTheRateInForceAndAMissingRateIs422NamingPairAndMonth()
            throws Exception {
        long acme = supplier("Acme Global");
        Map<String, Object> fields = ProjectFixtures.newProject("Procured in dollars", 1);
        fields.put("currency", "USD");
        long dollars = created(Api.as(port, "pmo").post("/api/v1/projects", ProjectFixtures.json(fields)))
                .get("id").asLong();
        long euros = StatusFixtures.activeProjectOfPm(port, people, "Procured in euros", 100_000);
        Api pmo = Api.as(port, "pmo");
        long order = created(pmo.post("/api/v1/projects/" + dollars + "/purchase-orders",
                order(null, acme, "\"PO-USD\"", "1000", false))).get("id").asLong();
        created(pmo.post("/api/v1/projects/" + dollars + "/supplier-invoices", invoice(acme, "U-1", "400", order)));
        created(pmo.post("/api/v1/projects/" + euros + "/purchase-orders", order(null, acme, "\"PO-EUR\"", "300",
                false)));
        created(pmo.post("/api/v1/finance/exchange-rates",
                "{\"from\":\"USD\",\"to\":\"EUR\",\"validFrom\":\"2039-12-01\",\"rate\":0.5}"));

        JsonNode spend = ok(Api.as(port, "exec").get("/api/v1/finance/supplier-spend?currency=EUR&month=2040-01"));
        assertThat(spend.get("currency").asString()).isEqualTo("EUR");
        JsonNode line = null;
        for (JsonNode candidate : spend.get("suppliers")) {
            if (candidate.get("supplierId").asLong() == acme) line = candidate;
        }
        assertThat(line).isNotNull();
        assertThat(line.get("projects").asInt()).isEqualTo(2);
        assertThat(line.get("committed").decimalValue()).as("500 + 300").isEqualByComparingTo("800");
        assertThat(line.get("invoiced").decimalValue()).isEqualByComparingTo("200");
        assertThat(line.get("remaining").decimalValue()).as("300 + 300").isEqualByComparingTo("600");
        assertThat(ok(Api.as(port, "requester").get("/api/v1/finance/supplier-spend")).get("suppliers"))
                .as("a requester reads no project's money").isEmpty();

        Api.Response missing = pmo.get("/api/v1/finance/supplier-spend?currency=CHF&month=2040-01");
        assertThat(missing.status()).as(missing.body()).isEqualTo(422);
        assertThat(missing.json().get("currencyPair").asString()).endsWith("/CHF");
        assertThat(missing.json().get("month").asString()).isEqualTo("2040-01");
        assertField(pmo.get("/api/v1/finance/supplier-spend?currency=XX"), "currency");

        String page = page("/finance/suppliers?currency=CHF&month=2040-01", "pmo", java.util.Locale.FRENCH);
        assertThat(page).contains("Dépenses par fournisseur").contains("2040-01").contains("CHF");
        page = page("/finance/suppliers?currency=EUR&month=2040-01", "pmo", java.util.Locale.ENGLISH);
        assertThat(page).contains("data-supplier=\"" + acme + "\"");
        String tab = page("/projects/" + dollars + "/finance", "pmo", java.util.Locale.ENGLISH);
        assertThat(tab).contains("id=\"commitments\"").contains("PO-USD").contains("Current budget")
                .contains("Actual costs 400 + remaining commitments 600 = 1,000");
    }
}
