package org.lodestar.raid.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.ConflictException;
import org.lodestar.raid.RiskKind;
import org.lodestar.raid.RiskState;
import org.lodestar.raid.RiskStrategy;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A risk of a project's register. Its state and score change only through its acts: {@link #raise},
 * {@link #describe}, {@link #reassess}, {@link #close}, {@link #reopen}, {@link #addAction}, {@link #completeAction}.
 * The rules of the fields (levels 1-5, a strategy that fits the kind) are the register's, checked before.
 */
@Table("risk")
public class Risk {

    @Id
    private Long id;
    private long project;
    private String kind;
    private String title;
    private String cause;
    private String riskEvent;
    private String effect;
    private String category;
    private int probability;
    private int impact;
    private int score;
    private Long ownerId;
    private LocalDate proximity;
    private String strategy;
    private String responseTrigger;
    private Integer residualProbability;
    private Integer residualImpact;
    private String state;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "risk", keyColumn = "position")
    private List<RiskAssessment> history = new ArrayList<>();
    @MappedCollection(idColumn = "risk", keyColumn = "position")
    private List<RiskAction> actions = new ArrayList<>();

    Risk() {
    }

    /** What describes a risk and its response, apart from its score. */
    public record Description(RiskKind kind, String title, String cause, String event, String effect,
                              String category, Long ownerId, LocalDate proximity, RiskStrategy strategy,
                              String trigger) {
    }

    /** A new open risk of the project, with its first assessment. */
    public static Risk raise(long project, Description description, int probability, int impact,
                             Integer residualProbability, Integer residualImpact, Long by, Instant now) {
        Risk risk = new Risk();
        risk.project = project;
        risk.state = RiskState.OPEN.name();
        risk.createdAt = now;
        risk.apply(description, now);
        risk.assess(probability, impact, residualProbability, residualImpact, by, now);
        return risk;
    }

    /** Changes what describes the risk and its response; its score stays. */
    public void describe(Description description, Instant now) {
        requireOpen("describe");
        apply(description, now);
    }

    /** A new assessment of the score, kept in the history. */
    public void reassess(int probability, int impact, Integer residualProbability, Integer residualImpact, Long by,
                         Instant now) {
        requireOpen("reassess");
        assess(probability, impact, residualProbability, residualImpact, by, now);
        updatedAt = now;
    }

    public void close(Instant now) {
        requireOpen("close");
        state = RiskState.CLOSED.name();
        updatedAt = now;
    }

    public void reopen(Instant now) {
        if (state() != RiskState.CLOSED) throw refused("reopen");
        state = RiskState.OPEN.name();
        updatedAt = now;
    }

    public void addAction(String description, Long owner, LocalDate due, Instant now) {
        requireOpen("addAction");
        actions.add(new RiskAction(description, owner, due, false));
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

    private void assess(int probability, int impact, Integer residualProbability, Integer residualImpact, Long by,
                        Instant now) {
        this.probability = probability;
        this.impact = impact;
        this.score = probability * impact;
        this.residualProbability = residualProbability;
        this.residualImpact = residualImpact;
        history.add(new RiskAssessment(probability, impact, score, residualProbability, residualImpact, by, now));
    }

    private void apply(Description d, Instant now) {
        kind = d.kind().name();
        title = d.title();
        cause = d.cause();
        riskEvent = d.event();
        effect = d.effect();
        category = d.category();
        ownerId = d.ownerId();
        proximity = d.proximity();
        strategy = d.strategy() == null ? null : d.strategy().name();
        responseTrigger = d.trigger();
        updatedAt = now;
    }

    private void requireOpen(String act) {
        if (state() != RiskState.OPEN) throw refused(act);
    }

    private ConflictException refused(String act) {
        return new ConflictException("raid.risk.act.refused", new Object[] {title, state},
                Map.of("state", state, "act", act), "risk " + id + " is " + state + ": it cannot " + act);
    }

    public Long id() { return id; }
    public long project() { return project; }
    public RiskKind kind() { return RiskKind.valueOf(kind); }
    public String title() { return title; }
    public String cause() { return cause; }
    public String event() { return riskEvent; }
    public String effect() { return effect; }
    public String category() { return category; }
    public int probability() { return probability; }
    public int impact() { return impact; }
    public int score() { return score; }
    public Long ownerId() { return ownerId; }
    public LocalDate proximity() { return proximity; }
    public RiskStrategy strategy() { return strategy == null ? null : RiskStrategy.valueOf(strategy); }
    public String trigger() { return responseTrigger; }
    public Integer residualProbability() { return residualProbability; }
    public Integer residualImpact() { return residualImpact; }
    public RiskState state() { return RiskState.valueOf(state); }
    public long version() { return version == null ? 0 : version; }
    public List<RiskAssessment> history() { return List.copyOf(history); }
    public List<RiskAction> actions() { return List.copyOf(actions); }
}
