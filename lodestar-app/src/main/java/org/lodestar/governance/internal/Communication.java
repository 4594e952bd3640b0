package org.lodestar.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.lodestar.governance.CommunicationChannel;
import org.lodestar.governance.CommunicationFrequency;
import org.lodestar.platform.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An item of a project's communication plan; {@link #sent} moves it to its next due date. */
@Table("project_communication")
public class Communication {

    @Id
    private Long id;
    private long project;
    private String audience;
    private String content;
    private CommunicationChannel channel;
    private CommunicationFrequency frequency;
    private Long owner;
    private LocalDate nextDue;
    private LocalDate lastSent;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    Communication() {
    }

    public static Communication plan(long project, String audience, String content, CommunicationChannel channel,
                                     CommunicationFrequency frequency, Long owner, LocalDate firstDue, Instant now) {
        Communication item = new Communication();
        item.project = project;
        item.audience = audience;
        item.content = content;
        item.channel = channel;
        item.frequency = frequency;
        item.owner = owner;
        item.nextDue = firstDue;
        item.createdAt = now;
        item.updatedAt = now;
        return item;
    }

    /** Records that it was sent on {@code on}: due next by its frequency; 409 when a one-off item was sent already. */
    public void sent(LocalDate on, long fromVersion, Instant now) {
        if (nextDue == null) {
            throw new ConflictException("governance.communication.sent", new Object[] {audience},
                    Map.of("communication", id), "communication " + id + " was sent already");
        }
        lastSent = on;
        nextDue = frequency.after(on);
        version = fromVersion;
        updatedAt = now;
    }

    public long id() { return id; }
    public long project() { return project; }
    public String audience() { return audience; }
    public String content() { return content; }
    public CommunicationChannel channel() { return channel; }
    public CommunicationFrequency frequency() { return frequency; }
    public Long owner() { return owner; }
    public LocalDate nextDue() { return nextDue; }
    public LocalDate lastSent() { return lastSent; }
    public long version() { return version == null ? 0 : version; }
}
