package org.lodestar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** One way to show each kind of value, in the reader's language, with the application's own bundles. */
class FormatsTests {

    private final ResourceBundleMessageSource messages = bundles();
    private final Formats formats = new Formats(messages);

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void languageNeutralTextReadsAsDatesMoneyAndNumbers() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.neutral("2026-03-27")).isEqualTo("Mar 27, 2026");
        assertThat(formats.neutral("279000.00 EUR")).isEqualTo("€279,000");
        assertThat(formats.neutral("12345.5 USD")).isEqualTo("$12,345.50");
        assertThat(formats.neutral("45 %")).isEqualTo("45%");
        assertThat(formats.neutral("1234567")).isEqualTo("1,234,567");
        assertThat(formats.neutral("3 Approved plan")).as("text stays text").isEqualTo("3 Approved plan");
        assertThat(formats.neutral("-")).isEqualTo("-");

        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(formats.neutral("279000.00 EUR")).isEqualTo("279\u202f000\u00a0€");
        assertThat(formats.neutral("45 %")).isEqualTo("45\u00a0%");
        assertThat(formats.neutral("2026-03-27")).isEqualTo("27 mars 2026");
    }

    @Test
    void aFormFieldsNumberHasNoTrailingZeros() {
        assertThat(formats.plain(5.0)).isEqualTo("5");
        assertThat(formats.plain(2.50)).isEqualTo("2.5");
        assertThat(formats.plain(1_000_000.0)).isEqualTo("1000000");
        assertThat(formats.plain(null)).isEmpty();
    }

    @Test
    void durationsAndPlanDatesInTheReadersUnits() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(formats.duration("2.5d")).isEqualTo("2,5j");
        assertThat(formats.duration("-3w")).isEqualTo("-3s");
        assertThat(formats.planDate("2025-11-03T08:00")).isEqualTo("3 nov. 2025");
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(formats.duration("4ed")).isEqualTo("4e日");
        LocaleContextHolder.setLocale(Locale.KOREAN);
        assertThat(formats.duration("1mo")).isEqualTo("1개월");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.duration("10d")).isEqualTo("10d");
        assertThat(formats.duration("not a duration")).isEqualTo("not a duration");
    }

    /** Health values carry their unit through a plural-aware message: never "1 milestones". */
    @Test
    void quantitiesAgreeInNumber() {
        assertThat(messages.getMessage("health.quantity.count", new Object[] {1.0}, Locale.ENGLISH)).isEqualTo("1 milestone");
        assertThat(messages.getMessage("health.quantity.count", new Object[] {3.0}, Locale.ENGLISH)).isEqualTo("3 milestones");
        assertThat(messages.getMessage("health.quantity.days", new Object[] {0.0}, Locale.ENGLISH)).isEqualTo("0 days");
        assertThat(messages.getMessage("health.quantity.days", new Object[] {1.5}, Locale.FRENCH)).isEqualTo("1,5 jour");
        assertThat(messages.getMessage("health.quantity.days", new Object[] {12.0}, Locale.FRENCH)).isEqualTo("12 jours");
        assertThat(messages.getMessage("health.quantity.risks", new Object[] {2.0}, Locale.KOREAN)).isEqualTo("2건의 리스크");
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
