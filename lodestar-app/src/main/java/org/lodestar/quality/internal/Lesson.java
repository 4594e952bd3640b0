package org.lodestar.quality.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A lesson learned on a project; recorded once ({@link #record}), read and searched afterwards. */
@Table("lesson")
public class Lesson {

    @Id
    private Long id;
    private long project;
    private String category;
    private String phase;
    private String whatHappened;
    private String recommendation;
    private String recordedBy;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    Lesson() {
    }

    public static Lesson record(long project, String category, String phase, String whatHappened,
                                String recommendation, String recordedBy, Instant now) {
        Lesson lesson = new Lesson();
        lesson.project = project;
        lesson.category = category;
        lesson.phase = phase;
        lesson.whatHappened = whatHappened;
        lesson.recommendation = recommendation;
        lesson.recordedBy = recordedBy;
        lesson.createdAt = now;
        lesson.updatedAt = now;
        return lesson;
    }

    public Long id() { return id; }
    public long project() { return project; }
    public String category() { return category; }
    public String phase() { return phase; }
    public String whatHappened() { return whatHappened; }
    public String recommendation() { return recommendation; }
    public String recordedBy() { return recordedBy; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version == null ? 0 : version; }
}
