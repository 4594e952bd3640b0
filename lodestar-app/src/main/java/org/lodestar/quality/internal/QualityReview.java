package org.lodestar.quality.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.ConflictException;
import org.lodestar.quality.FindingSeverity;
import org.lodestar.quality.ReviewState;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A PMO quality review of a project. It changes only through its acts: {@link #hold}, {@link #addFinding},
 * {@link #completeAction}, {@link #closeFinding} (only once its corrective action is done) and {@link #close}
 * (only once every finding is closed).
 */
@Table("quality_review")
public class QualityReview {

    @Id
    private Long id;
    private long project;
    private LocalDate reviewDate;
    private Long reviewerId;
    private String summary;
    private String state;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "quality_review", keyColumn = "position")
    private List<Criterion> criteria = new ArrayList<>();
    @MappedCollection(idColumn = "quality_review", keyColumn = "position")
    private List<Finding> findings = new ArrayList<>();

    QualityReview() {
    }

    public static QualityReview hold(long project, LocalDate date, Long reviewer, String summary,
                                     List<Criterion> criteria, Instant now) {
        QualityReview review = new QualityReview();
        review.project = project;
        review.reviewDate = date;
        review.reviewerId = reviewer;
        review.summary = summary;
        review.criteria = new ArrayList<>(criteria);
        review.state = ReviewState.OPEN.name();
        review.createdAt = now;
        review.updatedAt = now;
        return review;
    }

    public void addFinding(String description, FindingSeverity severity, String action, Long owner, LocalDate due,
                           Instant now) {
        requireOpen("addFinding");
        findings.add(new Finding(description, severity.name(), action, owner, due, false, false));
        updatedAt = now;
    }

    /** Marks the corrective action of the finding at this index done; false when there is no such finding. */
    public boolean completeAction(int index, Instant now) {
        if (index < 0 || index >= findings.size()) return false;
        requireOpen("completeAction");
        if (findings.get(index).actionDone()) throw refused("completeAction");
        findings.set(index, findings.get(index).withActionDone());
        updatedAt = now;
        return true;
    }

    /** Closes the finding at this index, whose corrective action must be done; false when there is no such one. */
    public boolean closeFinding(int index, Instant now) {
        if (index < 0 || index >= findings.size()) return false;
        requireOpen("closeFinding");
        Finding finding = findings.get(index);
        if (finding.closed()) throw refused("closeFinding");
        if (!finding.actionDone()) {
            throw new ConflictException("quality.finding.actionOpen", new Object[] {finding.description()},
                    Map.of("finding", index, "act", "closeFinding"),
                    "finding " + index + " of review " + id + ": its corrective action is not done");
        }
        findings.set(index, finding.withClosed());
        updatedAt = now;
        return true;
    }

    public void close(Instant now) {
        requireOpen("close");
        long open = findings.stream().filter(finding -> !finding.closed()).count();
        if (open > 0) {
            throw new ConflictException("quality.review.findingsOpen", new Object[] {open},
                    Map.of("openFindings", open, "act", "close"), "review " + id + " has " + open + " open findings");
        }
        state = ReviewState.CLOSED.name();
        updatedAt = now;
    }

    /** The compliance score: the criteria's weighted mean score as a percentage of the best score (5). */
    public int score() {
        int weights = criteria.stream().mapToInt(Criterion::weight).sum();
        if (weights == 0) return 0;
        int points = criteria.stream().mapToInt(c -> c.weight() * c.score()).sum();
        return Math.round(points * 100f / (weights * 5f));
    }

    private void requireOpen(String act) {
        if (state() != ReviewState.OPEN) throw refused(act);
    }

    private ConflictException refused(String act) {
        return new ConflictException("quality.review.act.refused", new Object[] {reviewDate, state},
                Map.of("state", state, "act", act), "quality review " + id + " is " + state + ": it cannot " + act);
    }

    public Long id() { return id; }
    public long project() { return project; }
    public LocalDate reviewDate() { return reviewDate; }
    public Long reviewerId() { return reviewerId; }
    public String summary() { return summary; }
    public ReviewState state() { return ReviewState.valueOf(state); }
    public long version() { return version == null ? 0 : version; }
    public List<Criterion> criteria() { return List.copyOf(criteria); }
    public List<Finding> findings() { return List.copyOf(findings); }
}
