package org.lodestar.portfolio.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A portfolio: a named group of programmes and projects, with a manager. */
@Table("portfolio")
public class Portfolio {

    @Id
    private Long id;
    private String code;
    private String name;
    private String description;
    private Long manager;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    Portfolio() {
    }

    public static Portfolio create(String code, String name, String description, Long manager, Instant now) {
        Portfolio portfolio = new Portfolio();
        portfolio.createdAt = now;
        portfolio.change(code, name, description, manager, null, now);
        return portfolio;
    }

    public void change(String code, String name, String description, Long manager, Long fromVersion, Instant now) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.manager = manager;
        this.version = fromVersion;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public String description() { return description; }
    public Long manager() { return manager; }
    public long version() { return version == null ? 0 : version; }
}
