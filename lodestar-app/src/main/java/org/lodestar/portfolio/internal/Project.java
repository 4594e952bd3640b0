package org.lodestar.portfolio.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.lodestar.engine.health.Rag;
import org.lodestar.portfolio.LifecyclePhase;
import org.lodestar.portfolio.Priority;
import org.lodestar.portfolio.ProjectState;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A project in the registry. Its fields are set as a whole from a validated command ({@link ProjectFields});
 * membership changes through {@link #addMember} and {@link #removeMember}.
 */
@Table("project")
public class Project {

    @Id
    private Long id;
    private String code;
    private String name;
    private String description;
    private Long portfolio;
    private Long programme;
    private Long sponsor;
    private Long manager;
    private String businessUnit;
    private LifecyclePhase phase;
    private ProjectState state;
    private Priority priority;
    /** A copy of the reported health that status keeps current; never written with the project's fields. */
    @ReadOnlyProperty
    private Rag reportedHealth;
    private LocalDate plannedStart;
    private LocalDate plannedFinish;
    private LocalDate forecastStart;
    private LocalDate forecastFinish;
    private LocalDate actualStart;
    private LocalDate actualFinish;
    private BigDecimal budget;
    private String currency;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    @MappedCollection(idColumn = "project")
    private Set<ProjectTag> tags = new HashSet<>();
    @MappedCollection(idColumn = "project")
    private Set<ProjectObjective> objectives = new HashSet<>();
    @MappedCollection(idColumn = "project")
    private Set<ProjectMember> members = new HashSet<>();
    @MappedCollection(idColumn = "project")
    private Set<CustomValue> customValues = new HashSet<>();

    Project() {
    }

    public static Project create(String code, ProjectFields fields, Instant now) {
        Project project = new Project();
        project.code = code;
        project.createdAt = now;
        project.apply(fields, now);
        return project;
    }

    /** Sets every editable field; {@code fromVersion} is the version the change was made from. */
    public void change(ProjectFields fields, long fromVersion, Instant now) {
        this.version = fromVersion;
        apply(fields, now);
    }

    private void apply(ProjectFields fields, Instant now) {
        if (fields.code() != null) code = fields.code();
        name = fields.name();
        description = fields.description();
        portfolio = fields.portfolio();
        programme = fields.programme();
        sponsor = fields.sponsor();
        manager = fields.manager();
        businessUnit = fields.businessUnit();
        phase = fields.phase();
        state = fields.state();
        priority = fields.priority();
        plannedStart = fields.plannedStart();
        plannedFinish = fields.plannedFinish();
        forecastStart = fields.forecastStart();
        forecastFinish = fields.forecastFinish();
        actualStart = fields.actualStart();
        actualFinish = fields.actualFinish();
        budget = fields.budget();
        currency = fields.currency();
        tags = new HashSet<>(fields.tags().stream().map(ProjectTag::new).toList());
        objectives = new HashSet<>(fields.objectives().stream().map(ProjectObjective::new).toList());
        customValues = new HashSet<>(fields.customValues().entrySet().stream()
                .map(entry -> new CustomValue(entry.getKey(), entry.getValue())).toList());
        updatedAt = now;
    }

    public void addMember(long user, boolean canEdit, long fromVersion, Instant now) {
        members.removeIf(member -> member.appUser() == user);
        members.add(new ProjectMember(user, canEdit));
        version = fromVersion;
        updatedAt = now;
    }

    public void removeMember(long user, long fromVersion, Instant now) {
        members.removeIf(member -> member.appUser() == user);
        version = fromVersion;
        updatedAt = now;
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public String description() { return description; }
    public Long portfolio() { return portfolio; }
    public Long programme() { return programme; }
    public Long sponsor() { return sponsor; }
    public Long manager() { return manager; }
    public String businessUnit() { return businessUnit; }
    public LifecyclePhase phase() { return phase; }
    public ProjectState state() { return state; }
    public Priority priority() { return priority; }
    public Rag reportedHealth() { return reportedHealth; }
    public LocalDate plannedStart() { return plannedStart; }
    public LocalDate plannedFinish() { return plannedFinish; }
    public LocalDate forecastStart() { return forecastStart; }
    public LocalDate forecastFinish() { return forecastFinish; }
    public LocalDate actualStart() { return actualStart; }
    public LocalDate actualFinish() { return actualFinish; }
    public BigDecimal budget() { return budget; }
    public String currency() { return currency; }
    public long version() { return version == null ? 0 : version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Set<ProjectTag> tags() { return Set.copyOf(tags); }
    public Set<ProjectObjective> objectives() { return Set.copyOf(objectives); }
    public Set<ProjectMember> members() { return Set.copyOf(members); }
    public Set<CustomValue> customValues() { return Set.copyOf(customValues); }
}
