package org.lodestar.intake.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A kind of request the PMO accepts, with the fields of its form. */
@Table("request_type")
public class RequestType {

    @Id
    private Long id;
    private String code;
    private String name;
    private String description;
    private boolean mandatory;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "request_type")
    private Set<RequestField> fields = new HashSet<>();

    RequestType() {
    }

    public static RequestType create(String code, String name, String description, boolean mandatory,
                                     List<RequestField> fields, Instant now) {
        RequestType type = new RequestType();
        type.createdAt = now;
        type.apply(code, name, description, mandatory, fields, now);
        return type;
    }

    public void change(String code, String name, String description, boolean mandatory, List<RequestField> fields,
                       long fromVersion, Instant now) {
        version = fromVersion;
        apply(code, name, description, mandatory, fields, now);
    }

    private void apply(String code, String name, String description, boolean mandatory, List<RequestField> fields,
                       Instant now) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.mandatory = mandatory;
        this.fields = new HashSet<>(fields);
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public String description() { return description; }
    public boolean mandatory() { return mandatory; }
    public long version() { return version == null ? 0 : version; }

    /** The fields in form order. */
    public List<RequestField> fields() {
        return fields.stream().sorted(Comparator.comparingInt(RequestField::position)).toList();
    }
}
