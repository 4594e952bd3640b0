package org.lodestar.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lodestar.governance.DeliverableAct;
import org.lodestar.governance.DeliverableState;
import org.lodestar.methodology.Classification;
import org.lodestar.methodology.ProjectClass;
import org.lodestar.methodology.Questionnaire;
import org.lodestar.platform.ConflictException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A project on a lifecycle: the lifecycle version it keeps, its class, the overrides of the tailoring rules, the
 * phase it is in and its deliverables. Changes only through its acts: {@link #classify}, {@link #override},
 * {@link #act} on a deliverable, {@link #pass} a gate and {@link #stop}.
 */
@Table("project_governance")
public class GovernedProject {

    @Id
    private Long project;
    private long lifecycle;
    private int lifecycleVersion;
    private int phasePosition;
    private boolean finished;
    @Column("size_answer")
    private int size;
    @Column("complexity_answer")
    private int complexity;
    @Column("risk_answer")
    private int risk;
    @Column("importance_answer")
    private int importance;
    private int score;
    private ProjectClass projectClass;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    @MappedCollection(idColumn = "project")
    private Set<TailoringOverride> overrides = new HashSet<>();
    @MappedCollection(idColumn = "project")
    private Set<ProjectDeliverable> deliverables = new HashSet<>();

    GovernedProject() {
    }

    /** A project put on a lifecycle version, in the phase at {@code phasePosition}, with every deliverable not started. */
    public static GovernedProject adopt(long project, long lifecycle, int lifecycleVersion, int phasePosition,
                                        Classification classification, List<String> deliverableKeys, Instant now) {
        GovernedProject governed = new GovernedProject();
        governed.project = project;
        governed.lifecycle = lifecycle;
        governed.lifecycleVersion = lifecycleVersion;
        governed.phasePosition = phasePosition;
        governed.createdAt = now;
        governed.classify(classification, now);
        deliverableKeys.forEach(key -> governed.deliverables.add(ProjectDeliverable.notStarted(key)));
        return governed;
    }

    public void classify(Classification classification, Instant now) {
        Questionnaire answers = classification.answers();
        size = answers.size();
        complexity = answers.complexity();
        risk = answers.risk();
        importance = answers.importance();
        score = classification.score();
        projectClass = classification.projectClass();
        updatedAt = now;
    }

    /** Overrides the rule of an item or gate (null: back to the lifecycle's rule). */
    public void override(String key, Boolean mandatory, String reason, Instant now) {
        overrides.removeIf(override -> override.itemKey().equals(key));
        if (mandatory != null) overrides.add(new TailoringOverride(key, mandatory, reason));
        updatedAt = now;
    }

    /**
     * Takes an act on a deliverable; 409 when its state does not allow it. {@code by} and {@code on} are recorded
     * for the board's acts.
     */
    public void act(String key, DeliverableAct act, String link, String reason, long by, LocalDate on, Instant now) {
        ProjectDeliverable current = deliverable(key).orElseThrow();
        if (!act.allowedFrom(current.state())) {
            throw new ConflictException("governance.deliverable.refused", new Object[] {key,
                    new DefaultMessageSourceResolvable(current.state().messageKey()),
                    new DefaultMessageSourceResolvable(act.messageKey())},
                    Map.of("state", current.state().name(), "act", act.name(),
                            "allowedActs", DeliverableAct.actsFrom(current.state())),
                    "deliverable " + key + " is " + current.state() + ": it cannot " + act);
        }
        deliverables.remove(current);
        DeliverableState to = act.to();
        deliverables.add(new ProjectDeliverable(key, to,
                act == DeliverableAct.WORK ? link : current.link(),
                to == DeliverableState.WAIVED ? reason : null,
                act.board() && (to == DeliverableState.APPROVED || to == DeliverableState.WAIVED) ? by : null,
                act.board() && (to == DeliverableState.APPROVED || to == DeliverableState.WAIVED) ? on : null));
        updatedAt = now;
    }

    /** Passes the gate of the phase it is in: into the next phase, or finished past the last one ({@code phases}). */
    public void pass(int phases, Instant now) {
        if (phasePosition + 1 < phases) {
            phasePosition++;
        } else {
            finished = true;
        }
        updatedAt = now;
    }

    /** Stopped at a gate: the project's lifecycle ends where it is. */
    public void stop(Instant now) {
        finished = true;
        updatedAt = now;
    }

    public Optional<ProjectDeliverable> deliverable(String key) {
        return deliverables.stream().filter(deliverable -> deliverable.itemKey().equals(key)).findFirst();
    }

    public Optional<TailoringOverride> overrideOf(String key) {
        return overrides.stream().filter(override -> override.itemKey().equals(key)).findFirst();
    }

    public long project() { return project; }
    public long lifecycle() { return lifecycle; }
    public int lifecycleVersion() { return lifecycleVersion; }
    public int phasePosition() { return phasePosition; }
    public boolean finished() { return finished; }
    public Questionnaire answers() { return new Questionnaire(size, complexity, risk, importance); }
    public int score() { return score; }
    public ProjectClass projectClass() { return projectClass; }
    public long version() { return version == null ? 0 : version; }
    public Set<TailoringOverride> overrides() { return Set.copyOf(overrides); }
    public Set<ProjectDeliverable> deliverables() { return Set.copyOf(deliverables); }

    /** Sets the version the change was made from (checked by the service; the update checks it again). */
    public void from(long fromVersion) {
        version = fromVersion;
    }
}
