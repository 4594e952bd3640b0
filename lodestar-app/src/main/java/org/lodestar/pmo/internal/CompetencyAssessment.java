package org.lodestar.pmo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.ConflictException;
import org.lodestar.pmo.Competency;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's self-assessment against the competency framework, every competency rated at once ({@link #assess}),
 * with the development goals set from it ({@link #setGoal}, {@link #goalDone}).
 */
@Table("competency_assessment")
public class CompetencyAssessment {

    @Id
    private Long id;
    private long person;
    private String framework;
    private LocalDate assessedOn;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "competency_assessment", keyColumn = "competency")
    private Map<String, CompetencyRating> ratings = new LinkedHashMap<>();
    @MappedCollection(idColumn = "competency_assessment", keyColumn = "position")
    private List<DevelopmentGoal> goals = new ArrayList<>();

    CompetencyAssessment() {
    }

    /** The caller has checked that every competency of the framework is rated from 1 to 5. */
    public static CompetencyAssessment assess(long person, LocalDate on, Map<Competency, Integer> levels, Instant now) {
        CompetencyAssessment assessment = new CompetencyAssessment();
        assessment.person = person;
        assessment.framework = Competency.FRAMEWORK;
        assessment.assessedOn = on;
        levels.forEach((competency, level) -> assessment.ratings.put(competency.name(), new CompetencyRating(level)));
        assessment.createdAt = now;
        assessment.updatedAt = now;
        return assessment;
    }

    public void setGoal(DevelopmentGoal goal, Instant now) {
        goals.add(goal);
        updatedAt = now;
    }

    /** Marks the goal at this index done; false when there is no such goal, 409 when it is done already. */
    public boolean goalDone(int index, Instant now) {
        if (index < 0 || index >= goals.size()) return false;
        if (goals.get(index).done()) {
            throw new ConflictException("pmo.competencies.conflict.done", new Object[] {index + 1},
                    Map.of("goal", index, "act", "goalDone"), "goal " + (index + 1) + " of assessment " + id + " is done");
        }
        goals.set(index, goals.get(index).withDone());
        updatedAt = now;
        return true;
    }

    public Long id() { return id; }
    public long person() { return person; }
    public String framework() { return framework; }
    public LocalDate assessedOn() { return assessedOn; }
    public Long version() { return version; }

    /** Each competency's level, in the framework's order. */
    public Map<Competency, Integer> levels() {
        Map<Competency, Integer> levels = new LinkedHashMap<>();
        for (Competency competency : Competency.values()) {
            CompetencyRating rating = ratings.get(competency.name());
            if (rating != null) levels.put(competency, rating.level());
        }
        return levels;
    }

    public List<DevelopmentGoal> goals() { return List.copyOf(goals); }
}
