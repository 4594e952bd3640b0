package org.lodestar.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A report mailed on a schedule to a list of people: {@link #define}d, and {@link #sent} once per day at most. */
@Table("report_distribution")
public class Distribution {

    @Id
    private Long id;
    private String name;
    private String report;
    @Column("report_format")
    private String format;
    private String frequency;
    private int runDay;
    private Long portfolio;
    private boolean active;
    private LocalDate lastSentOn;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "report_distribution")
    private Set<DistributionRecipient> recipients = new HashSet<>();

    Distribution() {
    }

    public static Distribution create(Instant now) {
        Distribution distribution = new Distribution();
        distribution.createdAt = now;
        return distribution;
    }

    public void define(String name, String report, String format, String frequency, int runDay, Long portfolio,
                       boolean active, Set<Long> people, Instant now) {
        this.name = name;
        this.report = report;
        this.format = format;
        this.frequency = frequency;
        this.runDay = runDay;
        this.portfolio = portfolio;
        this.active = active;
        this.recipients = new HashSet<>(people.stream().map(DistributionRecipient::new).toList());
        this.updatedAt = now;
    }

    public void sent(LocalDate on, Instant now) {
        this.lastSentOn = on;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String report() { return report; }
    public String format() { return format; }
    public String frequency() { return frequency; }
    public int runDay() { return runDay; }
    public Long portfolio() { return portfolio; }
    public boolean active() { return active; }
    public LocalDate lastSentOn() { return lastSentOn; }
    public Long version() { return version; }

    public Set<Long> recipients() {
        TreeSet<Long> people = new TreeSet<>();
        recipients.forEach(r -> people.add(r.person()));
        return people;
    }
}
