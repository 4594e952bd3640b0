package org.lodestar.intake;

import java.time.Instant;

/** An in-app notice to a requester about one of their requests (returned, decided, converted). */
public record Notice(long id, long requestId, String requestCode, String requestTitle, String kind, Instant createdAt,
                     boolean read) {

    public String messageKey() {
        return "intake.notice." + kind;
    }
}
