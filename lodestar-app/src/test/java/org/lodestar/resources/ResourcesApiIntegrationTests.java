package org.lodestar.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.NewPerson;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.Role;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The resources module through its API: the pool's acts and refusals per role, and bad input. */
class ResourcesApiIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    ResourcePool pool;

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static String versioned(JsonNode record, Map<String, Object> body) {
        Map<String, Object> withVersion = new LinkedHashMap<>(body);
        withVersion.put("version", record.get("version").asLong());
        return json(withVersion);
    }

    private Person newPerson() {
        String name = "res" + UUID.randomUUID().toString().substring(0, 8);
        return people.create(new NewPerson(name, "Pool " + name, null, "Analyst", "Finance", Set.of(Role.TEAM_MEMBER),
                null));
    }

    @Test
    void theResourceManagerKeepsThePoolAndEveryoneButRequestersReadsIt() {
        Person person = newPerson();
        Api manager = Api.as(port, "resource");
        Map<String, Object> ada = new LinkedHashMap<>();
        ada.put("kind", "PERSON");
        ada.put("name", "Ada Pool");
        ada.put("userId", person.id().value());
        ada.put("businessUnit", "Finance");
        ada.put("roles", List.of("Business analyst", "Tester"));
        ada.put("skills", List.of(Map.of("name", "SQL", "level", 4)));
        ada.put("fte", 0.5);
        Api.Response registered = manager.post("/api/v1/resources", json(ada));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        JsonNode resource = registered.json();
        long id = resource.get("id").asLong();
        assertThat(resource.get("username").asString()).isEqualTo(person.username());
        assertThat(resource.get("dailyHours").asDouble()).isEqualTo(4.0);
        assertThat(resource.get("roles").toString()).contains("Business analyst", "Tester");
        assertThat(resource.get("editable").asBoolean()).isTrue();

        // the same account cannot be linked twice
        assertThat(fields(manager.post("/api/v1/resources", json(ada)))).contains("userId");

        JsonNode rated = manager.post("/api/v1/resources/" + id + "/rates", versioned(resource,
                Map.of("effectiveFrom", "2026-01-01", "amount", 80, "currency", "EUR"))).json();
        rated = manager.post("/api/v1/resources/" + id + "/rates", versioned(rated,
                Map.of("effectiveFrom", "2026-07-01", "amount", 92.5, "currency", "EUR"))).json();
        assertThat(pool.hourlyRate(person.id(), LocalDate.of(2026, 6, 30)).orElseThrow().amount())
                .isEqualByComparingTo("80");
        assertThat(pool.hourlyRate(person.id(), LocalDate.of(2026, 7, 1)).orElseThrow().amount())
                .isEqualByComparingTo("92.5");
        assertThat(pool.hourlyRate(person.id(), LocalDate.of(2025, 12, 31))).isEmpty();

        JsonNode full = manager.post("/api/v1/resources/" + id + "/capacity", versioned(rated,
                Map.of("fte", 1))).json();
        assertThat(full.get("dailyHours").asDouble()).isEqualTo(8.0);
        // Monday 2 to Friday 13 March 2026, less Thursday 5 and Friday 6 off: 8 days of 8 hours
        JsonNode absent = manager.post("/api/v1/resources/" + id + "/absences", versioned(full,
                Map.of("firstDay", "2026-03-05", "lastDay", "2026-03-06", "reason", "Leave"))).json();
        assertThat(pool.capacityHours(id, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13))).isEqualTo(64);
        // overlapping days, a last day before the first
        assertThat(fields(manager.post("/api/v1/resources/" + id + "/absences", versioned(absent,
                Map.of("firstDay", "2026-03-06", "lastDay", "2026-03-09"))))).containsExactly("firstDay");
        assertThat(fields(manager.post("/api/v1/resources/" + id + "/absences", versioned(absent,
                Map.of("firstDay", "2026-03-20", "lastDay", "2026-03-19"))))).containsExactly("lastDay");
        // a stale version
        assertThat(manager.post("/api/v1/resources/" + id + "/capacity", versioned(resource,
                Map.of("fte", 1))).status()).isEqualTo(409);

        // the PMO keeps the pool as well; project managers and team members read it; requesters do not
        assertThat(Api.as(port, "pmo").get("/api/v1/resources/" + id).status()).isEqualTo(200);
        JsonNode read = Api.as(port, "member").get("/api/v1/resources/" + id).json();
        assertThat(read.get("editable").asBoolean()).isFalse();
        assertThat(Api.as(port, "requester").get("/api/v1/resources").status()).isEqualTo(403);
        assertThat(Api.as(port, "pm").post("/api/v1/resources", json(ada)).status()).isEqualTo(403);
        assertThat(Api.as(port, "member").post("/api/v1/resources/" + id + "/rates", versioned(absent,
                Map.of("effectiveFrom", "2026-01-01", "amount", 1, "currency", "EUR"))).status()).isEqualTo(403);

        JsonNode retired = manager.post("/api/v1/resources/" + id + "/retire", versioned(absent, Map.of())).json();
        assertThat(retired.get("retired").asBoolean()).isTrue();
        assertThat(manager.get("/api/v1/resources").body()).doesNotContain("\"Ada Pool\"");
        assertThat(manager.get("/api/v1/resources?retired=true").body()).contains("\"Ada Pool\"");
        Api.Response again = manager.post("/api/v1/resources/" + id + "/capacity", versioned(retired,
                Map.of("fte", 1)));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void badInputToThePoolIsRefusedNamingTheField() {
        Api manager = Api.as(port, "resource");
        assertThat(fields(manager.post("/api/v1/resources", json(Map.of("name", "No kind")))))
                .containsExactly("kind");
        assertThat(fields(manager.post("/api/v1/resources", json(Map.of("kind", "PERSON", "name", "Both",
                "hoursPerDay", 6, "fte", 1))))).containsExactly("fte");
        assertThat(fields(manager.post("/api/v1/resources", json(Map.of("kind", "PERSON", "name", "Negative",
                "fte", -1))))).containsExactly("fte");
        assertThat(fields(manager.post("/api/v1/resources", json(Map.of("kind", "PERSON", "name", "Long day",
                "hoursPerDay", 25))))).containsExactly("hoursPerDay");
        assertThat(fields(manager.post("/api/v1/resources", json(Map.of("kind", "MATERIAL", "name", "Linked",
                "userId", newPerson().id().value()))))).containsExactly("userId");
        assertThat(fields(manager.post("/api/v1/resources", json(Map.of("kind", "PERSON", "name", "Skilled",
                "skills", List.of(Map.of("name", "SQL", "level", 6))))))).containsExactly("skills[0].level");
        JsonNode laptops = manager.post("/api/v1/resources", json(Map.of("kind", "MATERIAL", "name", "Laptops")))
                .json();
        assertThat(laptops.get("dailyHours").asDouble()).isZero();
        assertThat(fields(manager.post("/api/v1/resources/" + laptops.get("id").asLong() + "/rates",
                versioned(laptops, Map.of("effectiveFrom", "2026-01-01", "amount", -5, "currency", "eur")))))
                .containsExactlyInAnyOrder("amount", "currency");
    }
}
