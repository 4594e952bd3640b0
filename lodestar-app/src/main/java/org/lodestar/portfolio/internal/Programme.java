package org.lodestar.portfolio.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A programme: related projects managed together, inside one portfolio. */
@Table("programme")
public class Programme {

    @Id
    private Long id;
    private Long portfolio;
    private String code;
    private String name;
    private String description;
    private Long manager;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    Programme() {
    }

    public static Programme create(long portfolio, String code, String name, String description, Long manager,
                                   Instant now) {
        Programme programme = new Programme();
        programme.createdAt = now;
        programme.change(portfolio, code, name, description, manager, null, now);
        return programme;
    }

    public void change(long portfolio, String code, String name, String description, Long manager, Long fromVersion,
                       Instant now) {
        this.portfolio = portfolio;
        this.code = code;
        this.name = name;
        this.description = description;
        this.manager = manager;
        this.version = fromVersion;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public long portfolio() { return portfolio; }
    public String code() { return code; }
    public String name() { return name; }
    public String description() { return description; }
    public Long manager() { return manager; }
    public long version() { return version == null ? 0 : version; }
}
