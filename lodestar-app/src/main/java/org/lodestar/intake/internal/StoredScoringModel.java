package org.lodestar.intake.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A scoring model as stored; its criteria, each with its own id, are kept by {@link ScoringRecords}. */
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

    StoredScoringModel() {
    }

    public static StoredScoringModel create(String name, String description, Instant now) {
        StoredScoringModel model = new StoredScoringModel();
        model.createdAt = now;
        model.apply(name, description, now);
        return model;
    }

    public void change(String name, String description, long fromVersion, Instant now) {
        version = fromVersion;
        apply(name, description, now);
    }

    private void apply(String name, String description, Instant now) {
        this.name = name;
        this.description = description;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String description() { return description; }
    public long version() { return version == null ? 0 : version; }
}
