package org.lodestar.portfolio.web;

import java.util.Arrays;
import org.lodestar.portfolio.CustomFieldCommand;
import org.lodestar.portfolio.CustomFieldScope;
import org.lodestar.portfolio.CustomFieldType;
import org.lodestar.portfolio.CustomFieldView;

/** The administrator's form for a new custom field; choices are typed one per line. */
public class CustomFieldForm {

    private String key;
    private String label;
    private CustomFieldType type = CustomFieldType.TEXT;
    private CustomFieldScope appliesTo = CustomFieldScope.PROJECT;
    private String choices;
    private boolean required;
    private int position = 100;
    private Long version;

    static CustomFieldForm of(CustomFieldView field) {
        CustomFieldForm form = new CustomFieldForm();
        form.key = field.key();
        form.label = field.label();
        form.type = field.type();
        form.appliesTo = field.appliesTo();
        form.choices = String.join("\n", field.choices());
        form.required = field.required();
        form.position = field.position();
        form.version = field.version();
        return form;
    }

    CustomFieldCommand toCommand() {
        return new CustomFieldCommand(key, label, type,
                choices == null ? null : Arrays.asList(choices.split("\\R")), required, position, version, appliesTo);
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public CustomFieldType getType() { return type; }
    public void setType(CustomFieldType type) { this.type = type; }
    public CustomFieldScope getAppliesTo() { return appliesTo; }
    public void setAppliesTo(CustomFieldScope appliesTo) { this.appliesTo = appliesTo; }
    public String getChoices() { return choices; }
    public void setChoices(String choices) { this.choices = choices; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
}
