package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import tools.jackson.databind.JsonNode;

class FinanceIntegrationTests extends PageTestSupport {

    private static final String RATES = "/api/v1/finance/exchange-rates";

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
}
