package org.lodestar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.AuditFieldNames;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** History in words, with the shipped bundles: the naming rules the demo's entries alone may not exercise. */
class HistoryLabelsTests {

    private final HistoryLabels history = labels(new StaticListableBeanFactory());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aNumberedFieldReadsAsItsNameAndNumber() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);

        assertThat(history.field("raid-issue", "action2")).isEqualTo("アクション 2");
        assertThat(history.field("quality-review", "criterion3")).endsWith(" 3").doesNotContain("criterion");
    }

    @Test
    void aModuleLabelThatIsASentenceIsPassedOverForAPlainName() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        // governance.closure.acceptedBy is "accepted by {0} on {1}", a sentence for the closure page
        assertThat(history.field("projectClosure", "acceptedBy")).isEqualTo("Accepted by");
    }

    @Test
    void theModuleThatKnowsAFieldNamesItBeforeTheShippedLabels() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("intake", (AuditFieldNames) (type, field) -> field.equals("value.vendor") ? "Main vendor" : null);
        HistoryLabels withModule = labels(beans);
        LocaleContextHolder.setLocale(Locale.FRENCH);

        assertThat(withModule.field("projectRequest", "value.vendor")).isEqualTo("Main vendor");
        assertThat(withModule.field("projectRequest", "value.urgency")).isEqualTo("Urgence");
    }

    @Test
    void aShippedFormsChoicesAreShownInTheReadersLanguageAndFreeTextAsWritten() {
        LocaleContextHolder.setLocale(Locale.FRENCH);

        assertThat(history.value("projectRequest", "value.areas",
                "intake.default.choice.customers,intake.default.choice.finance")).isEqualTo("Clients, Finance");
        assertThat(history.value("projectRequest", "value.system", "ERP")).isEqualTo("ERP");
    }

    @Test
    void aConstantIsNamedAsItsRecordTypeNamesItWithItsDetailsKept() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(history.value("plan_task", "constraint", "MUST_START_ON 2025-03-03T08:00"))
                .isEqualTo("Must start on 2025-03-03T08:00");
        assertThat(history.value("raid-issue", "state", "RESOLVED")).isEqualTo("Resolved");
        assertThat(history.value("gateReview", "decision", "GO_WITH_CONDITIONS")).isEqualTo("Go with conditions");
        assertThat(history.value("projectGovernance", "deliverable.charter", "NOT_STARTED: not needed"))
                .isEqualTo("Not started: not needed");
        assertThat(history.value("project", "state", "ACTIVE")).isEqualTo("Active");
    }

    /** A calendar's week is kept by day: the day is named in the reader's language, its hours stay as written. */
    @Test
    void aCalendarDayIsNamedInTheReadersLanguageAndItsHoursKept() {
        LocaleContextHolder.setLocale(Locale.FRENCH);

        assertThat(history.field("calendar", "MONDAY")).isEqualTo("lundi");
        assertThat(history.value("calendar", "MONDAY", "08:00-12:00, 13:00-17:00")).isEqualTo("08:00-12:00, 13:00-17:00");
        assertThat(history.field("lifecycle", "releases.guidance")).isEqualTo("releases · Conseils");
        assertThat(history.value("lifecycle", "releases.guidance", "Ship every month")).isEqualTo("Ship every month");
    }

    private static HistoryLabels labels(StaticListableBeanFactory beans) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new HistoryLabels(messages, new Formats(messages), beans.getBeanProvider(AuditFieldNames.class));
    }
}
