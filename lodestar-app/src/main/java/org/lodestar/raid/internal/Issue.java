package org.lodestar.raid.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.ConflictException;
import org.lodestar.raid.IssuePriority;
import org.lodestar.raid.IssueState;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An issue of a project's log: a problem the project has now. It changes only through its acts: {@link #log},
 * {@link #change}, {@link #resolve}, {@link #reopen}, {@link #addAction}, {@link #completeAction}.
 */
@Table("raid_issue")
public class Issue {

    @Id
    private Long id;
    private long project;
    private String title;
    private String description;
    private String priority;
    private Long ownerId;
    private LocalDate due;
    private String state;
    private String resolution;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "raid_issue", keyColumn = "position")
    private List<IssueAction> actions = new ArrayList<>();

    Issue() {
    }

    public static Issue log(long project, String title, String description, IssuePriority priority, Long owner,
                            LocalDate due, Instant now) {
        Issue issue = new Issue();
        issue.project = project;
        issue.state = IssueState.OPEN.name();
        issue.createdAt = now;
        issue.apply(title, description, priority, owner, due, now);
        return issue;
    }

    public void change(String title, String description, IssuePriority priority, Long owner, LocalDate due,
                       Instant now) {
        requireOpen("change");
        apply(title, description, priority, owner, due, now);
    }

    public void resolve(String resolution, Instant now) {
        requireOpen("resolve");
        state = IssueState.RESOLVED.name();
        this.resolution = resolution;
        updatedAt = now;
    }

    public void reopen(Instant now) {
        if (state() != IssueState.RESOLVED) throw refused("reopen");
        state = IssueState.OPEN.name();
        updatedAt = now;
    }

    public void addAction(String description, Long owner, LocalDate due, Instant now) {
        requireOpen("addAction");
        actions.add(new IssueAction(description, owner, due, false));
        updatedAt = now;
    }

    /** Marks the action at this index done; false when there is no such action. */
    public boolean completeAction(int index, Instant now) {
        if (index < 0 || index >= actions.size()) return false;
        if (actions.get(index).done()) throw refused("completeAction");
        actions.set(index, actions.get(index).completed());
        updatedAt = now;
        return true;
    }

    private void apply(String title, String description, IssuePriority priority, Long owner, LocalDate due,
                       Instant now) {
        this.title = title;
        this.description = description;
        this.priority = priority.name();
        this.ownerId = owner;
        this.due = due;
        this.updatedAt = now;
    }

    private void requireOpen(String act) {
        if (state() != IssueState.OPEN) throw refused(act);
    }

    private ConflictException refused(String act) {
        return new ConflictException("raid.issue.act.refused", new Object[] {title, state},
                Map.of("state", state, "act", act), "issue " + id + " is " + state + ": it cannot " + act);
    }

    public Long id() { return id; }
    public long project() { return project; }
    public String title() { return title; }
    public String description() { return description; }
    public IssuePriority priority() { return IssuePriority.valueOf(priority); }
    public Long ownerId() { return ownerId; }
    public LocalDate due() { return due; }
    public IssueState state() { return IssueState.valueOf(state); }
    public String resolution() { return resolution; }
    public long version() { return version == null ? 0 : version; }
    public List<IssueAction> actions() { return List.copyOf(actions); }
}
