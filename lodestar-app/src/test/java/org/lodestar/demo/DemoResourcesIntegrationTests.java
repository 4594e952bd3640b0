package org.lodestar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestar.change.ChangeFixtures;
import org.lodestar.platform.People;
import org.lodestar.platform.UserId;
import org.lodestar.resources.ResourcePool;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo organisation's resources as its users find them: the pool (people over roles, linked accounts with cost
 * rates, absences, generic roles, a material resource). Other tests add resources of their own, so the demo's are
 * told by their names.
 */
class DemoResourcesIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    ResourcePool pool;

    @Autowired
    People people;

    @Autowired
    Clock clock;

    @Test
    void theDemoPoolHasPeopleOverRolesWithRatesAbsencesGenericRolesAndMaterial() {
        JsonNode resources = Api.as(port, "resource").get("/api/v1/resources").json();
        List<JsonNode> demo = new ArrayList<>();
        Set<String> demoNames = new HashSet<>();
        for (String[] spec : ResourcesDemo.PEOPLE) demoNames.add(spec[1]);
        Set<String> roles = new HashSet<>();
        Set<String> currencies = new HashSet<>();
        int absences = 0;
        List<String> generic = new ArrayList<>();
        List<String> material = new ArrayList<>();
        for (JsonNode resource : resources) {
            String kind = resource.get("kind").asString();
            String name = resource.get("name").asString();
            if (kind.equals("ROLE")) generic.add(name);
            if (kind.equals("MATERIAL")) material.add(name);
            if (!kind.equals("PERSON") || !demoNames.contains(name)) continue;
            demo.add(resource);
            resource.get("roles").forEach(role -> roles.add(role.asString()));
            resource.get("rates").forEach(rate -> currencies.add(rate.get("currency").asString()));
            absences += resource.get("absences").size();
        }
        assertThat(demo).hasSize(25);
        assertThat(roles).contains("Project manager", "Business analyst", "Developer", "Tester", "Architect",
                "Data engineer", "Change manager", "UX designer");
        assertThat(currencies).containsExactlyInAnyOrder("EUR", "GBP", "USD");
        assertThat(absences).isGreaterThanOrEqualTo(3);
        assertThat(generic).contains("Business analyst", "Developer");
        assertThat(material).contains("Mobile test device lab");

        // the demo accounts that log hours or manage people have a cost rate today
        LocalDate today = LocalDate.now(clock);
        for (String account : List.of("pm", "member", "resource", "lbernard", "nsingh")) {
            assertThat(pool.hourlyRate(new UserId(ChangeFixtures.personId(people, account)), today))
                    .as(account).isPresent();
        }
        assertThat(pool.hourlyRate(new UserId(ChangeFixtures.personId(people, "member")), today).orElseThrow()
                .amount()).isEqualByComparingTo("72");
    }
}
