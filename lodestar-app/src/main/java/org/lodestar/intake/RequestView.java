package org.lodestar.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.lodestar.portfolio.Reference;

/**
 * A request with everything its reader may see. {@code values} are the form's fields in order with their stored
 * value (null when empty); {@code actions} are the workflow actions the reader may take now (submit, screen,
 * return, evaluate, approve, reject, defer, reconsider, convert).
 */
public record RequestView(long id, String code, Reference type, boolean mandatory, String title, String summary,
                          Reference requester, Reference sponsor, Reference portfolio, Reference programme,
                          String category, BigDecimal budget, String currency, List<Reference> objectives,
                          List<FieldValue> values, List<Attachment> attachments, RequestState state,
                          Instant stateSince, long daysInState, boolean overdue, Instant submittedAt,
                          String decisionReason, LocalDate decisionDate, Long projectId, Financials financials,
                          List<RequestComment> comments, long version, boolean editable, Set<String> actions) {

    /** A form field and its value; {@code display} is the value as people read it (a person's name, say). */
    public record FieldValue(FieldDefinition field, String value, String display) {

        private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

        /**
         * The value as a link target, or null when it is not an http, https or mailto address: a value stored
         * before its field became a link is shown as text, never followed.
         */
        public String link() {
            if (value == null) return null;
            try {
                java.net.URI uri = new java.net.URI(value);
                String scheme = uri.getScheme();
                return scheme != null && LINK_SCHEMES.contains(scheme.toLowerCase(java.util.Locale.ROOT)) ? value : null;
            } catch (java.net.URISyntaxException notALink) {
                return null;
            }
        }
    }

    /** The form's attachment fields. */
    public List<FieldValue> attachmentFields() {
        return values.stream().filter(value -> value.field().type() == FieldType.ATTACHMENT).toList();
    }

    public List<Attachment> attachmentsOf(String fieldKey) {
        return attachments.stream().filter(attachment -> attachment.fieldKey().equals(fieldKey)).toList();
    }

    public boolean can(String action) {
        return actions.contains(action);
    }
}
