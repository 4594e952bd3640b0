package org.lodestar.methodology;

import java.util.ArrayList;
import java.util.List;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Service;

/**
 * Tailoring: a project's class from its questionnaire, and what the lifecycle's rules make mandatory for it. The
 * score is the sum of the four answers (each 1 to 3): up to {@value #SMALL_UP_TO} is small, up to
 * {@value #MEDIUM_UP_TO} medium, above large; a high risk (3) makes a project at least medium whatever its score.
 */
@Service
public class Tailoring {

    public static final int SMALL_UP_TO = 6;
    public static final int MEDIUM_UP_TO = 9;

    /** Scores the questionnaire; 400 naming each answer that is missing or not 1, 2 or 3. */
    public Classification classify(Questionnaire answers) {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, "size", answers == null ? null : answers.size());
        check(problems, "complexity", answers == null ? null : answers.complexity());
        check(problems, "risk", answers == null ? null : answers.risk());
        check(problems, "importance", answers == null ? null : answers.importance());
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        int score = answers.size() + answers.complexity() + answers.risk() + answers.importance();
        ProjectClass projectClass = score <= SMALL_UP_TO ? ProjectClass.SMALL
                : score <= MEDIUM_UP_TO ? ProjectClass.MEDIUM : ProjectClass.LARGE;
        if (answers.risk() == 3 && projectClass == ProjectClass.SMALL) projectClass = ProjectClass.MEDIUM;
        return new Classification(answers, score, projectClass);
    }

    private static void check(List<FieldProblem> problems, String field, Integer answer) {
        if (answer == null) {
            problems.add(new FieldProblem(field, "validation.required"));
        } else if (answer < 1 || answer > 3) {
            problems.add(new FieldProblem(field, "methodology.questionnaire.range"));
        }
    }
}
