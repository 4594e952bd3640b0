package org.lodestar.resources.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.IdList;
import org.lodestar.resources.ResourceKind;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The pool read in bulk is the pool its repository loads, aggregate by aggregate. */
class WholePoolIntegrationTests extends PageTestSupport {

    @Autowired
    WholePool wholePool;

    @Autowired
    Resources resources;

    /** Everything a resource keeps, to compare two readings of it. */
    private record Kept(Long id, ResourceKind kind, String name, Long userId, String businessUnit,
                        BigDecimal hoursPerDay, BigDecimal fte, boolean retired, long version, List<String> roles,
                        List<ResourceSkill> skills, List<ResourceAbsence> absences, List<ResourceRate> rates,
                        double dailyHours) {

        static Kept of(Resource resource) {
            return new Kept(resource.id(), resource.kind(), resource.name(), resource.userId(),
                    resource.businessUnit(), resource.hoursPerDay(), resource.fte(), resource.retired(),
                    resource.version(), resource.roles(), resource.skills(), resource.absences(), resource.rates(),
                    resource.dailyHours(WorkWeek.STANDARD));
        }
    }

    @Test
    void everyResourceWithItsRolesSkillsAbsencesAndRatesIsReadAsItsRepositoryLoadsIt() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api manager = Api.as(port, "resource");
        JsonNode person = manager.post("/api/v1/resources", json(Map.of("kind", "PERSON", "name", "Bulk " + tag,
                "roles", List.of("Analyst", "Tester"), "skills", List.of(Map.of("name", "SQL", "level", 4)),
                "hoursPerDay", 6))).json();
        long id = person.get("id").asLong();
        person = manager.post("/api/v1/resources/" + id + "/absences", json(Map.of("version",
                person.get("version").asLong(), "firstDay", "2027-02-01", "lastDay", "2027-02-05"))).json();
        person = manager.post("/api/v1/resources/" + id + "/rates", json(Map.of("version",
                person.get("version").asLong(), "effectiveFrom", "2027-01-01", "amount", 70, "currency", "EUR")))
                .json();
        JsonNode retired = manager.post("/api/v1/resources", json(Map.of("kind", "ROLE", "name", "Bulk " + tag)))
                .json();
        manager.post("/api/v1/resources/" + retired.get("id").asLong() + "/retire",
                json(Map.of("version", retired.get("version").asLong())));

        List<Resource> read = wholePool.byName();
        // compared by id: the order is the database's collation of names, which Java's does not reproduce
        Map<Long, Kept> loaded = resources.findAll().stream().collect(Collectors.toMap(Resource::id, Kept::of));

        assertThat(read.stream().collect(Collectors.toMap(Resource::id, Kept::of))).isEqualTo(loaded);
        assertThat(read).hasSize(loaded.size());
        Resource bulk = read.stream().filter(resource -> resource.id() == id).findFirst().orElseThrow();
        assertThat(bulk.absences()).hasSize(1);
        assertThat(bulk.rates()).hasSize(1);
        assertThat(bulk.capacityHours(java.time.LocalDate.parse("2027-02-01"), java.time.LocalDate.parse("2027-02-14"),
                WorkWeek.STANDARD)).as("two weeks at six hours a day less the week away").isEqualTo(30);
        assertThat(read).anyMatch(resource -> resource.retired() && resource.name().equals("Bulk " + tag));
        assertThat(wholePool.byName(IdList.of(List.of(id))).stream().map(Kept::of).toList())
                .as("one resource asked for").containsExactly(Kept.of(bulk));
        assertThat(wholePool.byName(IdList.of(List.of()))).isEmpty();
    }
}
