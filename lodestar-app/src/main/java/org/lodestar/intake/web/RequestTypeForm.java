package org.lodestar.intake.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.lodestar.intake.FieldDefinition;
import org.lodestar.intake.FieldType;
import org.lodestar.intake.RequestTypeCommand;
import org.lodestar.intake.RequestTypeView;

/** The request type form: the type and its fields as rows (choices one per line), with blank rows to add fields. */
public class RequestTypeForm {

    static final int BLANK_ROWS = 3;

    private String code;
    private String name;
    private String description;
    private boolean mandatory;
    private List<Row> fields = new ArrayList<>();
    private Long version;

    static RequestTypeForm blank() {
        RequestTypeForm form = new RequestTypeForm();
        form.addBlankRows();
        return form;
    }

    /** The type's form; its fields' choices as the reader reads them ({@code asRead}: a shipped type's are keys). */
    static RequestTypeForm of(RequestTypeView type, UnaryOperator<String> asRead) {
        RequestTypeForm form = new RequestTypeForm();
        form.code = type.code();
        form.name = type.name();
        form.description = type.description();
        form.mandatory = type.mandatory();
        for (FieldDefinition field : type.fields()) {
            Row row = new Row();
            row.key = field.key();
            row.section = field.section();
            row.label = field.label();
            row.type = field.type();
            row.required = field.required();
            row.help = field.help();
            row.choices = String.join("\n", field.choices().stream().map(asRead).toList());
            row.min = field.min();
            row.max = field.max();
            row.maxLength = field.maxLength();
            row.pattern = field.pattern();
            form.fields.add(row);
        }
        form.version = type.version();
        form.addBlankRows();
        return form;
    }

    void addBlankRows() {
        for (int i = 0; i < BLANK_ROWS; i++) fields.add(new Row());
    }

    /** The command; rows without a key and a label are left out (the blank rows for new fields). */
    RequestTypeCommand toCommand() {
        List<FieldDefinition> definitions = fields.stream().filter(row -> !row.isBlank())
                .map(row -> new FieldDefinition(row.key, row.section, row.label, row.type, row.required, row.help,
                        row.choices == null ? List.of() : Arrays.asList(row.choices.split("\\R")), row.min, row.max,
                        row.maxLength, row.pattern))
                .toList();
        return new RequestTypeCommand(code, name, description, mandatory, definitions, version);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isMandatory() { return mandatory; }
    public void setMandatory(boolean mandatory) { this.mandatory = mandatory; }
    public List<Row> getFields() { return fields; }
    public void setFields(List<Row> fields) { this.fields = fields; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public static class Row {
        private String key;
        private String section;
        private String label;
        private FieldType type = FieldType.TEXT;
        private boolean required;
        private String help;
        private String choices;
        private BigDecimal min;
        private BigDecimal max;
        private Integer maxLength;
        private String pattern;

        boolean isBlank() {
            return (key == null || key.isBlank()) && (label == null || label.isBlank());
        }

        public String getKey() { return key; }
        public void setKey(String key) { this.key = key; }
        public String getSection() { return section; }
        public void setSection(String section) { this.section = section; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public FieldType getType() { return type; }
        public void setType(FieldType type) { this.type = type; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean required) { this.required = required; }
        public String getHelp() { return help; }
        public void setHelp(String help) { this.help = help; }
        public String getChoices() { return choices; }
        public void setChoices(String choices) { this.choices = choices; }
        public BigDecimal getMin() { return min; }
        public void setMin(BigDecimal min) { this.min = min; }
        public BigDecimal getMax() { return max; }
        public void setMax(BigDecimal max) { this.max = max; }
        public Integer getMaxLength() { return maxLength; }
        public void setMaxLength(Integer maxLength) { this.maxLength = maxLength; }
        public String getPattern() { return pattern; }
        public void setPattern(String pattern) { this.pattern = pattern; }
    }
}
