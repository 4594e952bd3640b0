package org.lodestar.governance.internal;

import java.time.Instant;
import org.lodestar.governance.Engagement;
import org.lodestar.governance.Level;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A stakeholder in a project's register; written as a whole from a checked command ({@link #write}). */
@Table("project_stakeholder")
public class Stakeholder {

    @Id
    private Long id;
    private long project;
    private String name;
    private String role;
    private Level interest;
    private Level influence;
    private Engagement engagement;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    Stakeholder() {
    }

    public static Stakeholder of(long project, Instant now) {
        Stakeholder stakeholder = new Stakeholder();
        stakeholder.project = project;
        stakeholder.createdAt = now;
        return stakeholder;
    }

    public void write(String name, String role, Level interest, Level influence, Engagement engagement,
                      Long fromVersion, Instant now) {
        this.name = name;
        this.role = role;
        this.interest = interest;
        this.influence = influence;
        this.engagement = engagement;
        if (fromVersion != null) this.version = fromVersion;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public long project() { return project; }
    public String name() { return name; }
    public String role() { return role; }
    public Level interest() { return interest; }
    public Level influence() { return influence; }
    public Engagement engagement() { return engagement; }
    public long version() { return version == null ? 0 : version; }
}
