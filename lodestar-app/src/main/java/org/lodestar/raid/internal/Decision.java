package org.lodestar.raid.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A decision of a project's log: recorded, then corrected if need be (each correction audited). */
@Table("raid_decision")
public class Decision {

    @Id
    private Long id;
    private long project;
    private String title;
    private Long decidedBy;
    private LocalDate decidedOn;
    private String options;
    private String chosen;
    private String rationale;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    Decision() {
    }

    public static Decision record(long project, String title, Long decidedBy, LocalDate decidedOn, String options,
                                  String chosen, String rationale, Instant now) {
        Decision decision = new Decision();
        decision.project = project;
        decision.createdAt = now;
        decision.correct(title, decidedBy, decidedOn, options, chosen, rationale, now);
        return decision;
    }

    public void correct(String title, Long decidedBy, LocalDate decidedOn, String options, String chosen,
                        String rationale, Instant now) {
        this.title = title;
        this.decidedBy = decidedBy;
        this.decidedOn = decidedOn;
        this.options = options;
        this.chosen = chosen;
        this.rationale = rationale;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public long project() { return project; }
    public String title() { return title; }
    public Long decidedBy() { return decidedBy; }
    public LocalDate decidedOn() { return decidedOn; }
    public String options() { return options; }
    public String chosen() { return chosen; }
    public String rationale() { return rationale; }
    public long version() { return version == null ? 0 : version; }
}
