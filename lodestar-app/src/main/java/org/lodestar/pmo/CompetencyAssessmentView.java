package org.lodestar.pmo;

import java.time.LocalDate;
import java.util.List;
import org.lodestar.portfolio.Reference;

/**
 * A competency self-assessment as its readers see it: each competency's level beside the person's previous
 * assessment, the development goals (overdue when not done past their date), and what the reader may do.
 */
public record CompetencyAssessmentView(long id, Reference person, String framework, LocalDate assessedOn,
                                       List<Rating> ratings, Long previousId, LocalDate previousOn, List<Goal> goals,
                                       long version, boolean mayPlan) {

    public record Rating(Competency competency, int level, Integer previous) {
    }

    public record Goal(int index, Competency competency, String description, int targetLevel, LocalDate dueOn,
                       boolean done, boolean overdue) {
    }
}
