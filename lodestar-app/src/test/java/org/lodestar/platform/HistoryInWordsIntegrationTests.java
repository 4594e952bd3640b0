package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.web.HistoryLabels;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every kind of history entry the demo organisation and the other tests wrote reads in the reader's language: each
 * record type and field has a name in the four bundles, and no stored message key or constant is shown as such.
 */
class HistoryInWordsIntegrationTests extends PageTestSupport {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.JAPANESE, Locale.KOREAN);
    /** A message key (intake.default.choice.customers), a constant (SUBMITTED) or a field name (nextSteps). */
    private static final Pattern KEY_LIKE = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9_-]+)+|[A-Z][A-Z_]{2,}|[a-z]+[A-Z][a-zA-Z]*");
    /**
     * Fields whose stored values are codes or people's words, shown as they are in every language: ISO currency codes
     * (EUR, GBP), portfolio codes (DIG), a person's business unit (PMO) and a request's free-text answer (ERP).
     */
    private static final Set<String> AS_WRITTEN = Set.of("portfolio.code", "project.currency", "projectRequest.currency",
            "exchange-rate.from", "exchange-rate.to", "user.businessUnit", "projectRequest.value.system");
    /**
     * On a rendered page, key-looking text: a message key, a field name, or a constant of four letters or more (codes
     * of three capitals, such as EUR or ERP, are real values).
     */
    private static final Pattern KEY_ON_PAGE = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9_-]+)+|[A-Z][A-Z_]{3,}|[a-z]+[A-Z][a-zA-Z]*");
    /** Record types that only tests write (AuditedChangesIntegrationTests' test-note), never shown to people. */
    private static final String TEST_TYPE = "test-";
    private static final Pattern HISTORY_LIST = Pattern.compile("<ol class=\"history\">(.*?)</ol>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private HistoryLabels history;

    record Kind(String type, String field) {
    }

    record Stored(String type, String field, String value) {
    }

    @Test
    void everyRecordTypeAndFieldHasANameInEachLanguage() {
        List<Kind> kinds = jdbc.sql("select distinct e.entity_type, c.field from audit_event e "
                + "join audit_change c on c.audit_event = e.id order by 1, 2")
                .query((rs, row) -> new Kind(rs.getString(1), rs.getString(2))).list();
        List<String> unnamed = new ArrayList<>();
        for (Locale locale : LANGUAGES) {
            LocaleContextHolder.setLocale(locale);
            try {
                for (Kind kind : kinds) {
                    if (kind.type().startsWith(TEST_TYPE)) continue;
                    String type = history.type(kind.type());
                    if (type.equals(kind.type())) unnamed.add(locale + " type " + kind.type());
                    if (kind.field().startsWith("custom.")) continue;
                    String field = history.field(kind.type(), kind.field());
                    if (field.equals(kind.field()) || KEY_LIKE.matcher(field).matches() || field.contains("{")) {
                        unnamed.add(locale + " " + kind.type() + "." + kind.field());
                    }
                }
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        }
        assertThat(unnamed).isEmpty();
    }

    @Test
    void noStoredKeyOrConstantIsShownAsSuch() {
        List<Stored> stored = jdbc.sql("select distinct e.entity_type, c.field, c.new_value from audit_event e "
                + "join audit_change c on c.audit_event = e.id where c.new_value is not null "
                + "and char_length(c.new_value) < 80 order by 1, 2, 3")
                .query((rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        List<String> raw = new ArrayList<>();
        for (Locale locale : LANGUAGES) {
            LocaleContextHolder.setLocale(locale);
            try {
                for (Stored value : stored) {
                    if (!KEY_LIKE.matcher(value.value()).matches() || value.type().startsWith(TEST_TYPE)) continue;
                    if (AS_WRITTEN.contains(value.type() + "." + value.field())) continue;
                    // the role's name is the acronym PMO in the four languages
                    if (value.field().equals("roles") && value.value().equals("PMO")) continue;
                    String shown = history.value(value.type(), value.field(), value.value());
                    if (shown.equals(value.value())) raw.add(locale + " " + value.type() + "." + value.field() + " = " + shown);
                }
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        }
        assertThat(raw).isEmpty();
    }

    @Test
    void aRequestsObjectivesAreRecordedByTheirCodesNotTheirIds() {
        List<String> objectives = jdbc.sql("select c.new_value from audit_event e join audit_change c on c.audit_event = e.id "
                + "where e.entity_type = 'projectRequest' and c.field = 'objectives' and c.new_value is not null")
                .query(String.class).list();
        assertThat(objectives).isNotEmpty().noneMatch(value -> value.matches("[0-9]+(, [0-9]+)*"));
    }

    @Test
    void aRequestsHistoryAndTheAuditTrailReadInFrenchAndJapanese() throws Exception {
        long request = jdbc.sql("select min(e.entity_id) from audit_event e join audit_change c on c.audit_event = e.id "
                + "where e.entity_type = 'projectRequest' and c.field like 'value.%' and c.new_value like 'intake.default.%'")
                .query(Long.class).single();
        // a record's summary is its identity (a lifecycle's code AGILE, a project's PRJ-0001 name), not a label
        java.util.Set<String> summaries = new java.util.HashSet<>(jdbc.sql("select distinct summary from audit_event")
                .query(String.class).list());
        List<String> raw = new ArrayList<>();
        for (Locale locale : List.of(Locale.FRENCH, Locale.JAPANESE)) {
            for (String path : List.of("/requests/" + request + "?tab=history", "/admin/audit?entityType=projectRequest",
                    "/admin/audit")) {
                String html = page(path, "admin", locale);
                Matcher list = HISTORY_LIST.matcher(html);
                assertThat(list.find()).as(path + " shows a history").isTrue();
                do {
                    Matcher text = TEXT.matcher(list.group(1));
                    while (text.find()) {
                        String shown = text.group(1).strip();
                        if (KEY_ON_PAGE.matcher(shown).matches() && !summaries.contains(shown)) {
                            raw.add(locale + " " + path + ": " + shown);
                        }
                    }
                } while (list.find());
            }
        }
        assertThat(raw).isEmpty();
        // the demo's audit trail runs over many pages: the shared pager links the one before and the one after
        assertThat(page("/admin/audit?page=1", "admin", Locale.ENGLISH))
                .contains("rel=\"prev\"", "rel=\"next\"", "Page 2 of");
    }
}
