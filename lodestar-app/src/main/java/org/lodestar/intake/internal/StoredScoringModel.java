package org.lodestar.intake.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A scoring model as stored: its criteria in order. */
@Table("scoring_model")
public class StoredScoringModel {

    @Id
    private Long id;
    private String name;
    private String description;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "scoring_model")
    private Set<StoredCriterion> criteria = new HashSet<>();

    StoredScoringModel() {
    }

    public static StoredScoringModel create(String name, String description, List<StoredCriterion> criteria, Instant now) {
        StoredScoringModel model = new StoredScoringModel();
        model.createdAt = now;
        model.apply(name, description, criteria, now);
        return model;
    }

    public void change(String name, String description, List<StoredCriterion> criteria, long fromVersion, Instant now) {
        version = fromVersion;
        apply(name, description, criteria, now);
    }

    private void apply(String name, String description, List<StoredCriterion> criteria, Instant now) {
        this.name = name;
        this.description = description;
        this.criteria = new HashSet<>(criteria);
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String description() { return description; }
    public long version() { return version == null ? 0 : version; }

    public List<StoredCriterion> criteria() {
        return criteria.stream().sorted(Comparator.comparingInt(StoredCriterion::position)).toList();
    }
}
