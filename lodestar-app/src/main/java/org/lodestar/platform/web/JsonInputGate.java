package org.lodestar.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.lodestar.platform.FieldValues;
import org.lodestar.platform.Texts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.PrimitiveArrayDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The gate every JSON value passes before any module sees it: text without control characters or halves of
 * surrogate pairs (and text of blanks only read as empty), dates within 1900-2999, decimal numbers within
 * {@link FieldValues#INTEGER_DIGITS} digits before the point (every decimal column keeps as many: a schema test holds
 * them to it). A value refused here names its field in a 400 ({@link ApiProblemAdvice}), so that no
 * database is ever the first to refuse it and no future module can forget the check. Integers refuse fractions
 * ({@code spring.jackson.deserialization.accept-float-as-int: false}).
 */
@Configuration(proxyBeanMethods = false)
class JsonInputGate {

    static final BigDecimal NUMBER_LIMIT = BigDecimal.TEN.pow(FieldValues.INTEGER_DIGITS);

    /** Text of blanks only (no-break or zero-width spaces too) is empty text, which every module reads as "none". */
    private static final StringDeserializer BLANKS_AS_EMPTY = new StringDeserializer() {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            return text != null && !text.isEmpty() && Texts.isBlank(text) ? "" : text;
        }
    };

    @Bean
    JacksonModule inputGate() {
        return new SimpleModule("lodestar-input-gate")
                .addDeserializer(String.class, new Checked<>(String.class, BLANKS_AS_EMPTY,
                        text -> text == null || Texts.isPlainText(text), "validation.text.control"))
                .addDeserializer(LocalDate.class, new Checked<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                        day -> day == null || !day.isBefore(FieldValues.FIRST_DATE) && !day.isAfter(FieldValues.LAST_DATE), "validation.gate.date"))
                .addDeserializer(BigDecimal.class, new Checked<>(BigDecimal.class,
                        NumberDeserializers.BigDecimalDeserializer.instance,
                        number -> number == null || number.abs().compareTo(NUMBER_LIMIT) < 0, "validation.gate.number"))
                .addDeserializer(Double.class, new Checked<>(Double.class,
                        new NumberDeserializers.DoubleDeserializer(Double.class, null), JsonInputGate::withinLimit,
                        "validation.gate.number"))
                .addDeserializer(double.class, new Checked<>(Double.class,
                        new NumberDeserializers.DoubleDeserializer(Double.TYPE, 0.0), JsonInputGate::withinLimit,
                        "validation.gate.number"))
                .addDeserializer(double[].class, new CheckedNumbers());
    }

    private static boolean withinLimit(Double number) {
        return number == null || Double.isFinite(number) && Math.abs(number) < NUMBER_LIMIT.doubleValue();
    }

    /** A value the gate refuses; {@link ApiProblemAdvice} answers it with the message key, naming the field. */
    static final class RefusedValue extends MismatchedInputException {
        final String messageKey;

        RefusedValue(JsonParser parser, Class<?> type, String messageKey) {
            super(parser, "refused " + type.getSimpleName() + " value: " + messageKey, type);
            this.messageKey = messageKey;
        }
    }

    /** Arrays of numbers (a pairwise comparison matrix) are read whole by Jackson: the refusal names the element. */
    private static final class CheckedNumbers extends StdScalarDeserializer<double[]> {
        private final ValueDeserializer<?> reader = PrimitiveArrayDeserializers.forType(double.class);

        CheckedNumbers() {
            super(double[].class);
        }

        @Override
        public double[] deserialize(JsonParser parser, DeserializationContext context) {
            double[] numbers = (double[]) reader.deserialize(parser, context);
            for (int i = 0; numbers != null && i < numbers.length; i++) {
                if (!withinLimit(numbers[i])) {
                    throw (RefusedValue) new RefusedValue(parser, double.class, "validation.gate.number").prependPath(numbers, i);
                }
            }
            return numbers;
        }
    }

    /** Jackson's own reading of the value, then the gate's check of what it read. */
    private static final class Checked<T> extends StdScalarDeserializer<T> {
        private final ValueDeserializer<?> reader;
        private final java.util.function.Predicate<T> allowed;
        private final String messageKey;

        Checked(Class<T> type, ValueDeserializer<?> reader, java.util.function.Predicate<T> allowed, String messageKey) {
            super(type);
            this.reader = reader;
            this.allowed = allowed;
            this.messageKey = messageKey;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) {
            T value = (T) reader.deserialize(parser, context);
            if (!allowed.test(value)) throw new RefusedValue(parser, handledType(), messageKey);
            return value;
        }

        @Override
        public Object getNullValue(DeserializationContext context) {
            return reader.getNullValue(context);
        }
    }
}
