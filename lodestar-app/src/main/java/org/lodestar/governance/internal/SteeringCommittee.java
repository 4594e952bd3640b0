package org.lodestar.governance.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lodestar.governance.MeetingCadence;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A portfolio's steering committee: formed ({@link #form}) and kept ({@link #keep}) by the PMO. */
@Table("steering_committee")
public class SteeringCommittee {

    @Id
    private Long id;
    private long portfolio;
    private String name;
    private long chair;
    private MeetingCadence cadence;
    @MappedCollection(idColumn = "committee")
    private Set<CommitteeMember> members = new LinkedHashSet<>();
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    SteeringCommittee() {
    }

    public static SteeringCommittee form(long portfolio, String name, long chair, MeetingCadence cadence,
                                         List<CommitteeMember> members, Instant now) {
        SteeringCommittee committee = new SteeringCommittee();
        committee.portfolio = portfolio;
        committee.createdAt = now;
        committee.keep(name, chair, cadence, members, null, now);
        return committee;
    }

    /** Its name, chair, cadence and members, as a whole. */
    public void keep(String name, long chair, MeetingCadence cadence, List<CommitteeMember> members,
                     Long fromVersion, Instant now) {
        this.name = name;
        this.chair = chair;
        this.cadence = cadence;
        this.members = new LinkedHashSet<>(members);
        if (fromVersion != null) this.version = fromVersion;
        this.updatedAt = now;
    }

    public long id() { return id; }
    public long portfolio() { return portfolio; }
    public String name() { return name; }
    public long chair() { return chair; }
    public MeetingCadence cadence() { return cadence; }
    public Set<CommitteeMember> members() { return Set.copyOf(members); }
    public long version() { return version == null ? 0 : version; }
}
