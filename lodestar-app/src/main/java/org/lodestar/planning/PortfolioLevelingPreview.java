package org.lodestar.planning;

import java.util.List;

/**
 * What leveling a portfolio's projects together would do, before anything is written: the {@code mode}, each
 * leveled project with its plan's {@code version} (send them all back to apply), its finish before and after, the
 * tasks that move and the dates it cannot keep; and the people's load per week before and after, over every
 * project (as in {@link LevelingPreview}).
 */
public record PortfolioLevelingPreview(long portfolioId, String mode, List<Project> projects, List<String> weeks,
                                       List<LevelingPreview.PersonLoad> people) {

    /** One leveled project. */
    public record Project(long projectId, String code, String name, long version, String finishBefore,
                          String finishAfter, List<LevelingPreview.Move> moves, List<LevelingPreview.Miss> misses) {
    }
}
