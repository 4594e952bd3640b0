package org.lodestar.platform;

import java.math.BigDecimal;
import java.util.List;

/** Values typed into a form's text fields, read the way every form reads them. */
public final class FormValues {

    private FormValues() {
    }

    /** A decimal number: null when blank, 400 naming the field ({@code validation.type}) when not a number. */
    public static BigDecimal decimal(String text, String field) {
        if (text == null || text.isBlank()) return null;
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem(field, "validation.type", text)));
        }
    }
}
