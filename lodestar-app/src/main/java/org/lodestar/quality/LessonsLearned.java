package org.lodestar.quality;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditedChanges;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectView;
import org.lodestar.quality.internal.Lesson;
import org.lodestar.quality.internal.Lessons;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons learned: recorded on a project by its editors at any time (audited in the transaction), read on the
 * project, and searched across the organisation by text and category, each reader among the projects they read.
 */
@Service
public class LessonsLearned {

    static final String AUDIT_TYPE = "lesson";
    /** The most lessons one search answers. */
    public static final int MOST = 200;

    private final Lessons lessons;
    private final QualityRights rights;
    private final ProjectRegistry projects;
    private final CurrentUser currentUser;
    private final InputValidation validation;
    private final AuditedChanges changes;
    private final Clock clock;
    private final AuditedChanges.Kind<Lesson> kind;

    LessonsLearned(Lessons lessons, QualityRights rights, ProjectRegistry projects, CurrentUser currentUser,
                   InputValidation validation, AuditedChanges changes, Clock clock) {
        this.lessons = lessons;
        this.rights = rights;
        this.projects = projects;
        this.currentUser = currentUser;
        this.validation = validation;
        this.changes = changes;
        this.clock = clock;
        this.kind = new AuditedChanges.Kind<>(AUDIT_TYPE, lessons::findById, lessons::save, Lesson::id,
                Lesson::version, Lesson::category, LessonsLearned::snapshot);
    }

    @Transactional(readOnly = true)
    public List<LessonView> list(long project) {
        rights.requireRead(project);
        ProjectView shown = projects.get(new ProjectId(project));
        return lessons.findByProjectOrderByIdDesc(project).stream().map(lesson -> view(lesson, shown)).toList();
    }

    /**
     * Lessons of the projects the reader reads whose text (what happened, recommendation, category, phase) contains
     * {@code text} and whose category is {@code category}, ignoring case; either may be left out. Newest first.
     */
    @Transactional(readOnly = true)
    public List<LessonView> search(String text, String category) {
        Actor actor = rights.requireReadAny();
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (text != null && text.length() > 200) problems.add("text", "quality.lesson.searchTooLong");
        if (category != null && category.length() > 40) problems.add("category", "quality.lesson.searchTooLong");
        problems.throwIfAny();
        String pattern = "%" + like(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        String wanted = category == null ? "" : category.strip().toLowerCase(Locale.ROOT);
        Map<Long, ProjectView> shown = new LinkedHashMap<>();
        return lessons.search(wanted, pattern).stream()
                .filter(lesson -> rights.mayRead(actor, lesson.project()))
                .map(lesson -> view(lesson, shown.computeIfAbsent(lesson.project(),
                        project -> projects.get(new ProjectId(project)))))
                .toList();
    }

    @Transactional
    public LessonView record(long project, LessonCommand command) {
        rights.requireWrite(project);
        validation.check(command);
        Lesson lesson = changes.create(kind, Lesson.record(project, command.category().strip(),
                QualityReviews.blankToNull(command.phase()), command.whatHappened().strip(),
                command.recommendation().strip(), currentUser.auditName(), Instant.now(clock)));
        return view(lesson, projects.get(new ProjectId(project)));
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static LessonView view(Lesson lesson, ProjectView project) {
        return new LessonView(lesson.id(), lesson.project(), project.code(), project.name(), lesson.category(),
                lesson.phase(), lesson.whatHappened(), lesson.recommendation(), lesson.recordedBy(),
                lesson.createdAt());
    }

    private static Map<String, String> snapshot(Lesson lesson) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("project", String.valueOf(lesson.project()));
        fields.put("category", lesson.category());
        fields.put("phase", Objects.toString(lesson.phase(), ""));
        fields.put("whatHappened", lesson.whatHappened());
        fields.put("recommendation", lesson.recommendation());
        return fields;
    }
}
