package org.lodestar.interchange;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mpxj.CustomField;
import org.mpxj.FieldType;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TaskField;
import org.mpxj.UserDefinedField;

/**
 * The custom fields a file's tasks hold values for: Microsoft Project's numbered fields (Text1, Number3, Flag2...,
 * with their aliases) and enterprise fields, and P6's user-defined fields. Values become text a Lodestar field
 * takes: numbers plain ({@code 12000.5}), dates ISO ({@code 2027-03-31}), flags {@code Yes}.
 */
final class FileFields {

    private static final Pattern NUMBERED = Pattern.compile(
            "(TEXT|NUMBER|DATE|FLAG|COST|START|FINISH|DURATION|OUTLINE_CODE)\\d+|ENTERPRISE_.*");

    /** The fields, in the order of their ids, and each row's values by field id. */
    record Read(List<ImportedProject.Field> fields, List<Map<String, String>> values) {
    }

    private FileFields() {
    }

    static Read read(ProjectFile file, List<Task> rows) {
        List<FieldType> candidates = file.getTasks().getPopulatedFields().stream()
                .filter(FileFields::custom).sorted(Comparator.comparing(FileFields::id)).toList();
        List<ImportedProject.Field> fields = new ArrayList<>();
        List<Map<String, String>> values = new ArrayList<>();
        rows.forEach(row -> values.add(new HashMap<>()));
        for (FieldType type : candidates) {
            int count = 0;
            for (int row = 0; row < rows.size(); row++) {
                Object value = rows.get(row).get(type);
                if (type instanceof TaskField && projectsDefault(value)) continue;
                String text = text(value);
                if (text == null) continue;
                values.get(row).put(id(type), text);
                count++;
            }
            if (count == 0) continue;
            CustomField defined = file.getCustomFields().get(type);
            String alias = defined == null ? null : defined.getAlias();
            fields.add(new ImportedProject.Field(id(type), alias == null || alias.isBlank() ? type.getName() : alias.strip(),
                    type.getDataType() == null ? "STRING" : type.getDataType().name(), count));
        }
        return new Read(fields, values);
    }

    /**
     * Project's numbered fields always hold something: 0 and No until someone types a value. Those defaults are not
     * the file's data (MSPDI leaves them out, MPP keeps them), so they are not read; P6's user fields hold only
     * what was entered, zeros included.
     */
    private static boolean projectsDefault(Object value) {
        return value instanceof Number number && number.doubleValue() == 0 || Boolean.FALSE.equals(value);
    }

    private static boolean custom(FieldType type) {
        return type instanceof UserDefinedField
                || type instanceof TaskField field && NUMBERED.matcher(field.name()).matches();
    }

    private static String id(FieldType type) {
        return type instanceof UserDefinedField ? type.getName() : type.name();
    }

    /** A value as text; none for blanks and values that are not data (a flag's default is a value: No). */
    static String text(Object value) {
        if (value == null) return null;
        if (value instanceof Boolean flag) return flag ? "Yes" : "No";
        if (value instanceof Double number && !Double.isFinite(number)) return null;
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
            return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
        }
        if (value instanceof LocalDateTime date) return date.toLocalDate().toString();
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }
}
