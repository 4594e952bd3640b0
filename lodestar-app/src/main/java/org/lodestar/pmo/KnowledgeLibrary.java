package org.lodestar.pmo;

import java.util.List;
import org.lodestar.methodology.Knowledge;
import org.lodestar.methodology.KnowledgeHit;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.quality.LessonView;
import org.lodestar.quality.LessonsLearned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge library: one search across the methodology's guidance (the PMO's pages and the lifecycles' phase
 * guidance, shipped in the reader's language) and the lessons learned of the projects the reader reads. Text in any
 * of the four languages is found as written: words are matched as substrings, ignoring case, so Japanese and Korean
 * text without spaces between words is found by any part of it. People who read only projects' summaries (requesters)
 * get the guidance, not the lessons, which are project detail.
 */
@Service
public class KnowledgeLibrary {

    /** Longest query: longer ones are 400 naming {@code q}. */
    public static final int MAX_QUERY = 200;

    private final Knowledge knowledge;
    private final LessonsLearned lessons;
    private final CurrentUser currentUser;

    KnowledgeLibrary(Knowledge knowledge, LessonsLearned lessons, CurrentUser currentUser) {
        this.knowledge = knowledge;
        this.lessons = lessons;
        this.currentUser = currentUser;
    }

    /** What one search found: guidance first, then lessons; whether the reader may read lessons at all. */
    public record Results(String query, List<KnowledgeHit> guidance, List<LessonView> lessons, boolean lessonsShown) {
    }

    @Transactional(readOnly = true)
    public Results search(String query) {
        String text = query == null ? "" : query.strip();
        if (text.length() > MAX_QUERY) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("q",
                    "pmo.library.validation.query", MAX_QUERY)));
        }
        boolean readsLessons = OrganisationAct.READ_PROJECT_DETAIL.allows(currentUser.actor());
        List<KnowledgeHit> guidance = knowledge.search(text);
        List<LessonView> found = !readsLessons || text.isEmpty() ? List.of()
                : lessons.search(text, null).stream().limit(LessonsLearned.MOST).toList();
        return new Results(text, guidance, found, readsLessons);
    }
}
