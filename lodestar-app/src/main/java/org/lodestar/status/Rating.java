package org.lodestar.status;

import jakarta.validation.constraints.Size;
import org.lodestar.engine.health.Rag;

/** A red-amber-green rating with the reason for it; red and amber ratings need a comment to be submitted. */
public record Rating(Rag rag, @Size(max = 2000) String comment) {

    public static final Rating NONE = new Rating(null, null);

    public boolean needsComment() {
        return (rag == Rag.RED || rag == Rag.AMBER) && (comment == null || comment.isBlank());
    }
}
