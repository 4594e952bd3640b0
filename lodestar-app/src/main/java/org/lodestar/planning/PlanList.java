package org.lodestar.planning;

import org.lodestar.platform.PageResult;
import org.lodestar.portfolio.ProjectRow;

/**
 * The projects whose plans the Planning page lists: {@code mine} when they are those the reader takes part in, else
 * every project the reader sees; one page, by planned finish.
 */
public record PlanList(boolean mine, PageResult<ProjectRow> projects) {

    public static final int PAGE_SIZE = 50;
}
