package org.lodestar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A record read from the API can be written back unchanged (issue 9): the body of a GET, sent as it is to the same
 * address's PUT, is accepted and changes nothing a reader sees.
 */
class ReadWriteRoundTripIntegrationTests extends IntegrationTestSupport {

    /** What a write moves by itself: the revision and the time of the change. */
    private static final Set<String> MOVED = Set.of("version", "updatedAt");

    @LocalServerPort
    int port;

    @Test
    void aProjectReadIsWrittenBackUnchanged() {
        roundTrip("/api/v1/projects/" + first("/api/v1/projects"));
    }

    @Test
    void aPortfolioAndAProgrammeReadAreWrittenBackUnchanged() {
        roundTrip("/api/v1/portfolios/" + first("/api/v1/portfolios"));
        roundTrip("/api/v1/programmes/" + first("/api/v1/programmes"));
    }

    @Test
    void aRequestReadIsWrittenBackUnchangedByItsRequester() {
        Api requester = Api.as(port, "requester");
        JsonNode drafts = requester.get("/api/v1/requests?mine=true&state=DRAFT").json();
        roundTrip(requester, "/api/v1/requests/" + (drafts.isArray() ? drafts : drafts.get("items")).get(0).get("id"));
    }

    @Test
    void aScenarioReadIsWrittenBackUnchanged() {
        roundTrip("/api/v1/scenarios/" + first("/api/v1/scenarios"));
    }

    private void roundTrip(String address) {
        roundTrip(Api.as(port, "pmo"), address);
    }

    private static void roundTrip(Api api, String address) {
        JsonNode read = api.get(address).json();

        Api.Response written = api.put(address, read.toString());

        assertThat(written.status()).as(address + " " + written.body()).isEqualTo(200);
        assertThat(withoutMoved(api.get(address).json())).as(address).isEqualTo(withoutMoved(read));
    }

    private static JsonNode withoutMoved(JsonNode record) {
        ObjectNode copy = ((ObjectNode) record).deepCopy();
        MOVED.forEach(copy::remove);
        return copy;
    }

    private long first(String list) {
        JsonNode answer = Api.as(port, "pmo").get(list).json();
        JsonNode items = answer.isArray() ? answer : answer.get("items");
        return items.get(0).get("id").asLong();
    }
}
