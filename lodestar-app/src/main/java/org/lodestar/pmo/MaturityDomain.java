package org.lodestar.pmo;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The domains of the maturity questionnaire (in the spirit of P3M3 and OPM3, in Lodestar's own words), each asked in
 * three questions answered on five levels. Texts are message keys: {@code pmo.maturity.domain.<DOMAIN>} and
 * {@code pmo.maturity.question.<DOMAIN>.<n>}.
 */
public enum MaturityDomain {
    MANAGEMENT_CONTROL, BENEFITS, FINANCE, STAKEHOLDERS, RISK, GOVERNANCE, RESOURCES;

    /** Questions per domain in the shipped questionnaire. */
    public static final int QUESTIONS = 3;

    /** The shipped questionnaire's version, kept on each assessment so later wording keeps old answers readable. */
    public static final String QUESTIONNAIRE = "2026.1";

    /** This domain's question keys, {@code RISK.1} to {@code RISK.3}. */
    public List<String> questions() {
        return IntStream.rangeClosed(1, QUESTIONS).mapToObj(n -> name() + "." + n).toList();
    }

    public String messageKey() {
        return "pmo.maturity.domain." + name();
    }

    /** Every question key of the questionnaire, domain by domain. */
    public static List<String> allQuestions() {
        return java.util.Arrays.stream(values()).flatMap(domain -> domain.questions().stream()).toList();
    }

    /** The domain a question key belongs to; null for a key that is not in the questionnaire. */
    public static MaturityDomain of(String question) {
        if (question == null) return null;
        for (MaturityDomain domain : values()) {
            if (domain.questions().contains(question)) return domain;
        }
        return null;
    }
}
