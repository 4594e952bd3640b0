package org.lodestar.quality;

import java.time.Instant;

/** A lesson learned, with the project it comes from. */
public record LessonView(long id, long projectId, String projectCode, String projectName, String category,
                         String phase, String whatHappened, String recommendation, String recordedBy,
                         Instant recordedAt) {
}
