package org.lodestar.portfolio.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.portfolio.CustomFieldScope;
import org.lodestar.portfolio.CustomFieldType;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A field an administrator adds to every project, or to every task of the plans. */
@Table("custom_field")
public class CustomFieldDefinition {

    @Id
    private Long id;
    private String fieldKey;
    private String label;
    private CustomFieldType fieldType;
    private String choices;
    private boolean required;
    private int position;
    private CustomFieldScope appliesTo;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    CustomFieldDefinition() {
    }

    public static CustomFieldDefinition create(String key, String label, CustomFieldType type, CustomFieldScope appliesTo,
                                               List<String> choices, boolean required, int position, Instant now) {
        CustomFieldDefinition field = new CustomFieldDefinition();
        field.fieldKey = key;
        field.fieldType = type;
        field.appliesTo = appliesTo;
        field.createdAt = now;
        field.change(label, choices, required, position, null, now);
        return field;
    }

    /** Key, type and what it applies to are fixed at creation; label, choices, required flag and position may change. */
    public void change(String label, List<String> choices, boolean required, int position, Long fromVersion,
                       Instant now) {
        this.label = label;
        this.choices = choices.isEmpty() ? null : String.join("\n", choices);
        this.required = required;
        this.position = position;
        this.version = fromVersion;
        this.updatedAt = now;
    }

    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("key", fieldKey);
        snapshot.put("label", label);
        snapshot.put("type", fieldType.name());
        // only on task fields, so that the history of project fields reads as before
        if (appliesTo() == CustomFieldScope.TASK) snapshot.put("appliesTo", appliesTo.name());
        snapshot.put("choices", choices);
        snapshot.put("required", Boolean.toString(required));
        snapshot.put("position", Integer.toString(position));
        return snapshot;
    }

    public Long id() { return id; }
    public String key() { return fieldKey; }
    public String label() { return label; }
    public CustomFieldType type() { return fieldType; }
    public CustomFieldScope appliesTo() { return appliesTo == null ? CustomFieldScope.PROJECT : appliesTo; }
    public List<String> choices() { return choices == null ? List.of() : Arrays.asList(choices.split("\n")); }
    public boolean required() { return required; }
    public int position() { return position; }
    public long version() { return version == null ? 0 : version; }
}
