package org.lodestar.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A saved portfolio scenario: its horizon, objective and constraints. */
@Table("scenario")
public class StoredScenario {

    @Id
    private Long id;
    private String name;
    private String description;
    private String objective;
    private Long scoringModel;
    private LocalDate firstQuarter;
    private int quarters;
    private int timeLimitMs;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "scenario")
    private Set<StoredBudget> budgets = new HashSet<>();
    @MappedCollection(idColumn = "scenario")
    private Set<StoredCapacity> capacities = new HashSet<>();
    @MappedCollection(idColumn = "scenario")
    private Set<StoredRule> rules = new HashSet<>();

    StoredScenario() {
    }

    public static StoredScenario create(Definition definition, Instant now) {
        StoredScenario scenario = new StoredScenario();
        scenario.createdAt = now;
        scenario.apply(definition, now);
        return scenario;
    }

    public void change(Definition definition, long fromVersion, Instant now) {
        version = fromVersion;
        apply(definition, now);
    }

    private void apply(Definition d, Instant now) {
        name = d.name();
        description = d.description();
        objective = d.objective();
        scoringModel = d.scoringModel();
        firstQuarter = d.firstQuarter();
        quarters = d.quarters();
        timeLimitMs = d.timeLimitMs();
        budgets = new HashSet<>(d.budgets());
        capacities = new HashSet<>(d.capacities());
        rules = new HashSet<>(d.rules());
        updatedAt = now;
    }

    /** Everything a scenario is made of, validated. */
    public record Definition(String name, String description, String objective, Long scoringModel,
                             LocalDate firstQuarter, int quarters, int timeLimitMs, List<StoredBudget> budgets,
                             List<StoredCapacity> capacities, List<StoredRule> rules) {
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String description() { return description; }
    public String objective() { return objective; }
    public Long scoringModel() { return scoringModel; }
    public LocalDate firstQuarter() { return firstQuarter; }
    public int quarters() { return quarters; }
    public int timeLimitMs() { return timeLimitMs; }
    public long version() { return version == null ? 0 : version; }

    public List<StoredBudget> budgets() {
        return budgets.stream().sorted(Comparator.comparing(StoredBudget::category).thenComparingInt(StoredBudget::quarter))
                .toList();
    }

    public List<StoredCapacity> capacities() {
        return capacities.stream().sorted(Comparator.comparing(StoredCapacity::role).thenComparingInt(StoredCapacity::quarter))
                .toList();
    }

    public List<StoredRule> rules() {
        return rules.stream().sorted(Comparator.comparingInt(StoredRule::position)).toList();
    }
}
