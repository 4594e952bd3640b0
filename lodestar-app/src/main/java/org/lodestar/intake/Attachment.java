package org.lodestar.intake;

import java.time.Instant;

/** A file attached to one of a request's attachment fields (its bytes are read separately). */
public record Attachment(long id, String fieldKey, String fileName, String contentType, long size, String uploadedBy,
                         Instant uploadedAt) {
}
