package org.lodestar.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lodestar.engine.schedule.ProgressedActivities;
import org.lodestar.engine.schedule.ScheduleMode;
import org.lodestar.interchange.internal.PendingImports;
import org.lodestar.platform.Actor;
import org.lodestar.planning.AssignableResources;
import org.lodestar.planning.Baselines;
import org.lodestar.planning.CalendarCommand;
import org.lodestar.planning.CalendarView;
import org.lodestar.planning.Calendars;
import org.lodestar.planning.PlanSettingsCommand;
import org.lodestar.planning.PlanView;
import org.lodestar.planning.ProjectPlans;
import org.lodestar.portfolio.LifecyclePhase;
import org.lodestar.portfolio.PortfolioAct;
import org.lodestar.portfolio.PortfolioRights;
import org.lodestar.portfolio.Priority;
import org.lodestar.platform.FieldValues;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.portfolio.CustomFieldView;
import org.lodestar.portfolio.CustomFields;
import org.lodestar.portfolio.ProjectCommand;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.portfolio.ProjectView;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a Microsoft Project or Primavera file into a project's plan, in two steps. {@link #preview} reads the
 * file and applies it to the plan in a transaction that is rolled back: planning's own whole-plan path (the one a
 * PUT of the plan takes) checks every task and dependency and schedules the result, so the preview shows exactly
 * what would be stored, and a file the plan refuses is refused now. The uploaded file is kept for a while in the
 * database ({@link PendingImports}: any node may take the confirmation); {@link #confirm} reads it again and
 * applies it for good, in one transaction with its audit entries, on the plan version the preview was made from
 * (a plan changed in between is 409). Only the project's plan editors may import.
 */
@Service
public class PlanImports {

    private static final List<String> NOT_STORED = List.of("interchange.import.notStored.resources",
            "interchange.import.notStored.wbs");
    private static final Pattern TASK_FIELD = Pattern.compile("tasks\\[(\\d+)]\\.fields\\[(.+)]");

    private final ProjectPlans plans;
    private final Baselines baselines;
    private final Calendars calendars;
    private final ProjectRights rights;
    private final TransactionTemplate transactions;
    private final MessageSource messages;
    private final Clock clock;
    private final long maxBytes;
    private final ImportSlots slots;
    private final Duration keep;
    private final PendingImports pending;
    private final ProjectRegistry registry;
    private final PortfolioRights portfolioRights;
    private final String defaultCurrency;
    private final CustomFields customFields;

    /** What applying a file gave: the plan as it would be stored, and the warnings. */
    private record Applied(PlanView plan, List<PlanImportMapping.Warning> warnings) {
    }

    PlanImports(ProjectPlans plans, Baselines baselines, Calendars calendars, ProjectRights rights,
                PlatformTransactionManager transactions,
                MessageSource messages, Clock clock, PendingImports pending, ProjectRegistry registry,
                PortfolioRights portfolioRights, CustomFields customFields,
                @Value("${lodestar.interchange.max-upload-bytes:52428800}") long maxBytes,
                @Value("${lodestar.interchange.max-concurrent-imports:2}") int maxConcurrent,
                @Value("${lodestar.interchange.preview-minutes:30}") int previewMinutes,
                @Value("${lodestar.finance.reporting-currency:EUR}") String defaultCurrency) {
        this.registry = registry;
        this.customFields = customFields;
        this.portfolioRights = portfolioRights;
        this.defaultCurrency = defaultCurrency;
        this.plans = plans;
        this.baselines = baselines;
        this.calendars = calendars;
        this.rights = rights;
        this.transactions = transactions == null ? null : new TransactionTemplate(transactions);
        this.messages = messages;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.slots = new ImportSlots(maxConcurrent);
        this.keep = Duration.ofMinutes(previewMinutes);
        this.pending = pending;
    }

    /** The largest file an import takes, in bytes. */
    public long maxUploadBytes() {
        return maxBytes;
    }

    /**
     * Reads the file and shows what importing it into the project's plan would change; nothing is written but the
     * waiting preview. {@code project} picks one project of a multi-project file (0, the first, when null).
     */
    public ImportPreview preview(ProjectId id, String fileName, InputStream content, Integer project) {
        return preview(id, fileName, content, project, null);
    }

    /**
     * The same, with the Lodestar task field each custom field of the file goes to ({@code fields}: by file field
     * id, a blank key for none); null maps each file field to the task field of the same label, if any.
     */
    public ImportPreview preview(ProjectId id, String fileName, InputStream content, Integer project,
                                 Map<String, String> fields) {
        Actor actor = rights.require(id, ProjectRight.EDIT);
        return withUpload(temporary -> {
            copyBounded(content, temporary);
            return previewOf(id, actor, fileName(fileName), temporary, project, fields);
        });
    }

    /**
     * The waiting preview's file previewed again with another of its projects (a multi-project file): the user
     * need not upload it again. It replaces the earlier preview. An unknown or expired preview is 410.
     */
    public ImportPreview previewAgain(ProjectId id, String previewId, Integer project) {
        return previewAgain(id, previewId, project, null);
    }

    /** The same, with the file's custom fields going to the task fields chosen (as in {@link #preview}). */
    public ImportPreview previewAgain(ProjectId id, String previewId, Integer project, Map<String, String> fields) {
        Actor actor = rights.require(id, ProjectRight.EDIT);
        PendingImports.Pending found = waiting(id, previewId, actor);
        return withUpload(temporary -> {
            if (!pending.copyContent(previewId, temporary)) throw gone();
            return previewOf(id, actor, found.fileName(), temporary, project, fields);
        });
    }

    /** Reads the stored upload, applies it in a transaction rolled back, and keeps the file for the confirmation. */
    private ImportPreview previewOf(ProjectId id, Actor actor, String name, Path upload, Integer project,
                                    Map<String, String> fields) {
        PlanImportReader.ImportFile read = new PlanImportReader(maxBytes).read(upload, name);
        int chosen = chosen(read, project);
        ImportedProject file = read.projects().get(chosen);
        String source = PlanImportMapping.source(name, read.names().get(chosen), read.projects().size() > 1);
        Map<String, String> fieldMap = fieldMap(file, fields);
        PlanView before = plans.plan(id);
        Applied applied = transactions.execute(status -> {
            status.setRollbackOnly();
            return apply(id, file, source, true, before, fieldMap);
        });
        String previewId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Instant expires = now.plus(keep);
        pending.store(new PendingImports.Pending(previewId, id.value(), actor.username(), name, chosen,
                before.version(), expires, fieldMap), upload, now);
        return preview(previewId, id, name, file, read.names(), chosen, before, applied, expires, fieldMap);
    }

    /**
     * Writes a previewed import, all or nothing with its audit entries: the file kept with the preview is read
     * again and applied on the plan version the preview was made from (409 when the plan changed since); stored
     * tasks the file does not have are deleted only when {@code deleteRemoved}. An unknown or expired preview, one
     * already confirmed, or another user's, is 410 (gone).
     */
    public PlanView confirm(ProjectId id, String previewId, boolean deleteRemoved) {
        Actor actor = rights.require(id, ProjectRight.EDIT);
        PendingImports.Pending found = waiting(id, previewId, actor);
        return withUpload(temporary -> {
            if (!pending.copyContent(previewId, temporary)) throw gone();
            PlanImportReader.ImportFile read = new PlanImportReader(maxBytes).read(temporary, found.fileName());
            if (found.chosen() >= read.projects().size()) throw gone();
            ImportedProject file = read.projects().get(found.chosen());
            String source = PlanImportMapping.source(found.fileName(), read.names().get(found.chosen()),
                    read.projects().size() > 1);
            return transactions.execute(status -> {
                // taken once: a confirmation on another node at the same time finds it gone
                if (!pending.remove(previewId)) throw gone();
                PlanView before = plans.plan(id);
                PlanView versioned = before.version() == found.planVersion() ? before
                        : withVersion(before, found.planVersion());
                return apply(id, file, source, deleteRemoved, versioned, found.fieldMap()).plan();
            });
        });
    }

    /**
     * Creates a project in the portfolio from the file and imports the file's plan into it, all or nothing in one
     * transaction with its audit entries: a file refused, or a plan the planning module refuses, leaves no project
     * behind. The project is named {@code name} or after the file's project (else the file), PROPOSED in its
     * initiation phase at medium priority, in {@code currency} (the organisation's reporting currency when
     * null), with the {@code customFields} given (by key; the registry requires its required ones), managed by the
     * importer, with the file's start and finish as its planned dates. There is no preview:
     * the new plan has nothing to differ from, and the answer lists the warnings and what is not stored.
     * Only those who may create projects in the portfolio may (403, before the file is read).
     */
    public NewProjectImport importIntoNewProject(Long portfolioId, String name, String currency,
                                                 Map<String, String> customFields, String fileName,
                                                 InputStream content, Integer project) {
        if (portfolioId == null) throw ImportRefusedException.about("portfolioId", 400, "validation.required");
        Actor actor = portfolioRights.require(portfolioId, PortfolioAct.CREATE_PROJECTS);
        return withUpload(temporary -> {
            copyBounded(content, temporary);
            String uploaded = fileName(fileName);
            PlanImportReader.ImportFile read = new PlanImportReader(maxBytes).read(temporary, uploaded);
            int chosen = chosen(read, project);
            ImportedProject file = read.projects().get(chosen);
            String source = PlanImportMapping.source(uploaded, read.names().get(chosen), read.projects().size() > 1);
            String title = name != null && !name.isBlank() ? name.strip() : titleOf(read.names().get(chosen), uploaded);
            ProjectCommand command = new ProjectCommand(null, title, null, portfolioId, null, null, actor.id().value(),
                    null, LifecyclePhase.INITIATION, ProjectState.PROPOSED, Priority.MEDIUM,
                    file.start() == null ? null : file.start().toLocalDate(),
                    file.finish() == null ? null : file.finish().toLocalDate(), null, null, null, null, null,
                    currency == null || currency.isBlank() ? defaultCurrency : currency.strip(), null, null,
                    customFields, null);
            return transactions.execute(status -> {
                ProjectView created = registry.create(command);
                ProjectId id = new ProjectId(created.id());
                Applied applied = apply(id, file, source, false, plans.plan(id), fieldMap(file, null));
                return new NewProjectImport(created.id(), created.code(), created.name(), uploaded, file.format(),
                        applied.plan().tasks().size(), warnings(file, applied), notStored());
            });
        });
    }

    /**
     * Which Lodestar task field each custom field of the file goes to, by file field id. Asked for ({@code fields}:
     * file field id to task field key, blank for none), each must be a field of the file and a task field, and no
     * task field may take two (else 400 naming {@code fields[id]}); not asked for (null), a file field goes to the
     * task field of the same label or key, letter case aside.
     */
    private Map<String, String> fieldMap(ImportedProject file, Map<String, String> fields) {
        List<CustomFieldView> taskFields = customFields.forTasks();
        Map<String, String> map = new LinkedHashMap<>();
        if (fields == null) {
            for (ImportedProject.Field field : file.fields()) {
                taskFields.stream().filter(task -> task.label().equalsIgnoreCase(field.label())
                                || task.key().equalsIgnoreCase(field.id()))
                        .findFirst().filter(task -> !map.containsValue(task.key()))
                        .ifPresent(task -> map.put(field.id(), task.key()));
            }
            return map;
        }
        Set<String> inFile = new HashSet<>();
        file.fields().forEach(field -> inFile.add(field.id()));
        Set<String> keys = new HashSet<>();
        taskFields.forEach(field -> keys.add(field.key()));
        fields.forEach((fileField, key) -> {
            String path = "fields[" + fileField + "]";
            if (!inFile.contains(fileField)) throw ImportRefusedException.about(path, 400, "interchange.import.fields.unknown", fileField);
            if (key == null || key.isBlank()) return;
            String wanted = key.strip();
            if (!keys.contains(wanted)) throw ImportRefusedException.about(path, 400, "interchange.import.fields.notTaskField", wanted);
            if (map.containsValue(wanted)) throw ImportRefusedException.about(path, 400, "interchange.import.fields.twice", wanted);
            map.put(fileField, wanted);
        });
        return map;
    }

    /** The project of a multi-project file asked for (the first when null); another is 400 naming {@code project}. */
    private static int chosen(PlanImportReader.ImportFile read, Integer project) {
        int chosen = project == null ? 0 : project;
        if (chosen < 0 || chosen >= read.projects().size()) {
            throw ImportRefusedException.about("project", 400, "interchange.import.project", read.projects().size());
        }
        return chosen;
    }

    /** The reader's warnings and the mapping's, in the reader's language. */
    private List<String> warnings(ImportedProject file, Applied applied) {
        var locale = LocaleContextHolder.getLocale();
        List<String> warnings = new ArrayList<>(file.warnings());
        for (PlanImportMapping.Warning warning : applied.warnings()) {
            warnings.add(messages.getMessage(warning.key(), warning.arguments().toArray(), locale));
        }
        return warnings;
    }

    /** What Lodestar does not store of a file, in the reader's language. */
    private List<String> notStored() {
        var locale = LocaleContextHolder.getLocale();
        return NOT_STORED.stream().map(key -> messages.getMessage(key, null, locale)).toList();
    }

    /** A project's name from the file: its project's name, else the file's name without its extension (120 at most). */
    static String titleOf(String projectName, String fileName) {
        String title = projectName != null && !projectName.isBlank() ? projectName.strip()
                : fileName.replaceFirst("\\.[^.]*$", "").strip();
        if (title.isEmpty()) title = fileName;
        return title.length() > 120 ? title.substring(0, 120) : title;
    }

    /** Work on a temporary copy of a file. */
    private interface OnUpload<T> {
        T apply(Path temporary) throws IOException;
    }

    /**
     * Runs the work on a temporary file in one of the import slots (503 when none is free), and deletes the file
     * after; an unreadable file is 400 naming {@code file}.
     */
    private <T> T withUpload(OnUpload<T> work) {
        slots.enter();
        Path temporary = null;
        try {
            temporary = Files.createTempFile("lodestar-import-", ".upload");
            return work.apply(temporary);
        } catch (IOException unreadable) {
            throw new ImportRefusedException(400, "interchange.import.file.unreadable", ImportFileGuard.firstLine(unreadable));
        } finally {
            slots.leave();
            delete(temporary);
        }
    }

    /** The user's waiting preview for the project, or 410. */
    private PendingImports.Pending waiting(ProjectId id, String previewId, Actor actor) {
        PendingImports.Pending found = previewId == null ? null : pending.find(previewId).orElse(null);
        if (found == null || found.project() != id.value() || !found.username().equals(actor.username())
                || found.expires().isBefore(clock.instant())) {
            // gone rather than not found: previews expire, and another user's is no one else's business
            throw gone();
        }
        return found;
    }

    private static ImportRefusedException gone() {
        return ImportRefusedException.about("previewId", 410, "interchange.import.previewGone");
    }

    private static void delete(Path temporary) {
        if (temporary == null) return;
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // a temporary file the system cleans up
        }
    }

    /** The plan as read, but with the version the preview was made from, so that a change since is refused (409). */
    private static PlanView withVersion(PlanView plan, long version) {
        return new PlanView(plan.projectId(), plan.code(), plan.name(), version, plan.calendarId(), plan.start(),
                plan.finish(), plan.statusDate(), plan.today(), plan.minutesPerDay(), plan.minutesPerWeek(),
                plan.daysPerMonth(), plan.baselineNumber(), plan.scheduledBackward(), plan.schedulingRules(),
                plan.progressedActivities(), plan.lagCalendar(), plan.tasks(), plan.links(),
                plan.criticalPath(), plan.warnings());
    }

    /**
     * The file's calendars as the project's own (matched by name, changed only when they differ), the file's
     * default calendar as the plan's, then the whole plan through planning's replace.
     */
    private Applied apply(ProjectId id, ImportedProject file, String source, boolean deleteRemoved, PlanView before,
                          Map<String, String> fieldMap) {
        List<PlanImportMapping.Warning> warnings = new ArrayList<>();
        Map<String, CalendarView> own = new HashMap<>();
        for (CalendarView calendar : calendars.list(id)) {
            if (Objects.equals(calendar.projectId(), id.value())) own.put(calendar.name(), calendar);
        }
        Set<Integer> used = new HashSet<>();
        used.add(file.defaultCalendar());
        file.tasks().forEach(task -> used.add(task.calendar()));
        ImportedProject.Calendar planCalendar = null;
        PlanImportMapping calendarMapping = new PlanImportMapping(file, before.minutesPerDay());
        Map<Integer, Long> ids = new HashMap<>();
        for (ImportedProject.Calendar calendar : file.calendars()) {
            if (!used.contains(calendar.index())) continue;
            String name = PlanImportMapping.calendarName(calendar);
            if (!PlanImportMapping.works(calendar)) {
                warnings.add(new PlanImportMapping.Warning("interchange.import.warning.noWorkingTime", name));
                continue;
            }
            CalendarView existing = own.get(name);
            CalendarCommand command = calendarMapping.calendar(calendar, id.value(), name,
                    existing == null ? null : existing.version());
            long calendarId;
            if (existing == null) calendarId = calendars.create(command).id();
            else if (same(existing, command)) calendarId = existing.id();
            else calendarId = calendars.change(existing.id(), command).id();
            ids.put(calendar.index(), calendarId);
            if (calendar.index() == file.defaultCalendar()) planCalendar = calendar;
        }
        warnings.addAll(calendarMapping.warnings());
        long version = before.version();
        long planCalendarId = before.calendarId();
        int minutesPerDay = before.minutesPerDay();
        if (planCalendar != null) {
            planCalendarId = ids.get(planCalendar.index());
            minutesPerDay = Math.max(1, Math.min(1440, planCalendar.minutesPerDay()));
            if (planCalendarId != before.calendarId()) {
                version = plans.changeSettings(id, new PlanSettingsCommand(null, null, null, planCalendarId, null,
                        version)).version();
            }
        }
        version = adoptRules(id, file, before, version, warnings);
        PlanImportMapping mapping = new PlanImportMapping(file, minutesPerDay, fieldMap);
        PlanView after;
        try {
            after = plans.replace(id, mapping.command(before.tasks(), before.links(), ids, planCalendarId, source,
                    deleteRemoved, version));
        } catch (InvalidInputException refused) {
            throw fieldValueRefused(refused, file, fieldMap);
        }
        warnings.addAll(mapping.warnings());
        List<String> leftOut = file.fields().stream().filter(field -> !fieldMap.containsKey(field.id()))
                .map(ImportedProject.Field::label).toList();
        if (!leftOut.isEmpty()) {
            warnings.add(new PlanImportMapping.Warning("interchange.import.warning.fieldsLeftOut", leftOut.size(),
                    FieldValues.firstNames(leftOut)));
        }
        after = assignFromPool(id, file, after, warnings);
        after = adoptBaselines(id, file, source, after, warnings);
        return new Applied(after, warnings);
    }

    /**
     * A mapped field's value the task field refuses, said as the file's: the task, the file's field and value, and
     * why (400 naming {@code fields[id]}), so that the user maps that field elsewhere. Other refusals pass as they are.
     */
    private RuntimeException fieldValueRefused(InvalidInputException refused, ImportedProject file,
                                               Map<String, String> fieldMap) {
        for (InvalidInputException.FieldProblem problem : refused.problems()) {
            Matcher matcher = TASK_FIELD.matcher(problem.field());
            if (!matcher.matches()) continue;
            int row = Integer.parseInt(matcher.group(1));
            String key = matcher.group(2);
            if (row >= file.tasks().size()) continue;
            ImportedProject.Task task = file.tasks().get(row);
            for (Map.Entry<String, String> mapped : fieldMap.entrySet()) {
                if (!mapped.getValue().equals(key)) continue;
                String why = problem.text(messages, LocaleContextHolder.getLocale());
                String label = file.fields().stream().filter(field -> field.id().equals(mapped.getKey()))
                        .map(ImportedProject.Field::label).findFirst().orElse(mapped.getKey());
                return ImportRefusedException.about("fields[" + mapped.getKey() + "]", 400,
                        "interchange.import.fields.value", task.name(), label,
                        task.fields().get(mapped.getKey()), customFields.forTasks().stream()
                                .filter(field -> field.key().equals(key)).map(CustomFieldView::label).findFirst()
                                .orElse(key), why);
            }
        }
        return refused;
    }

    /**
     * The rules of the tool that saved the file: P6's, with its options, for a file P6 saved; Microsoft Project's
     * for any other. A change is said in the warnings; the returned version is the plan's after it.
     */
    private long adoptRules(ProjectId id, ImportedProject file, PlanView before, long version,
                            List<PlanImportMapping.Warning> warnings) {
        ScheduleMode rules = file.primavera() ? ScheduleMode.PRIMAVERA_P6 : ScheduleMode.MICROSOFT_PROJECT;
        String progressed = (file.progressOverride() ? ProgressedActivities.PROGRESS_OVERRIDE
                : ProgressedActivities.RETAINED_LOGIC).name();
        String lagCalendar = file.lagCalendar().name();
        boolean same = rules.name().equals(before.schedulingRules()) && (!file.primavera()
                || progressed.equals(before.progressedActivities()) && lagCalendar.equals(before.lagCalendar()));
        if (same) return version;
        warnings.add(new PlanImportMapping.Warning("interchange.import.warning.rules." + rules.name()));
        return plans.changeSettings(id, file.primavera()
                ? PlanSettingsCommand.rules(rules.name(), progressed, lagCalendar, version)
                : PlanSettingsCommand.rules(rules.name(), null, null, version)).version();
    }

    /**
     * The file's baselines stored under their numbers, on the tasks the file's rows became (the replaced plan lists
     * the file's tasks first, in its order); a number the project has a baseline under keeps it, and the warnings
     * say so. Values saved without a duration are left out.
     */
    private PlanView adoptBaselines(ProjectId id, ImportedProject file, String source, PlanView plan,
                                    List<PlanImportMapping.Warning> warnings) {
        Map<Integer, Map<Long, Baselines.TaskValues>> byNumber = new TreeMap<>();
        int withoutDuration = 0;
        for (ImportedProject.Task task : file.tasks()) {
            PlanView.Task stored = plan.tasks().get(task.row());
            for (ImportedProject.Baseline saved : task.baselines()) {
                if (saved.duration() < 0) {
                    withoutDuration++;
                    continue;
                }
                byNumber.computeIfAbsent(saved.number(), number -> new LinkedHashMap<>()).put(stored.id(),
                        new Baselines.TaskValues(saved.start(), saved.finish(), saved.duration()));
            }
        }
        if (withoutDuration > 0) {
            warnings.add(new PlanImportMapping.Warning("interchange.import.warning.baselineDuration", withoutDuration));
        }
        if (byNumber.isEmpty()) return plan;
        List<Baselines.Adopted> adopted = new ArrayList<>();
        byNumber.forEach((number, tasks) -> adopted.add(new Baselines.Adopted(number,
                PlanImportMapping.baselineName(number, source), tasks)));
        List<Integer> stored = baselines.adopt(id, adopted);
        Set<Integer> kept = new TreeSet<>(byNumber.keySet());
        kept.removeAll(stored);
        if (!stored.isEmpty()) {
            warnings.add(new PlanImportMapping.Warning("interchange.import.warning.baselinesStored", numbers(stored)));
        }
        if (!kept.isEmpty()) {
            warnings.add(new PlanImportMapping.Warning("interchange.import.warning.baselinesKept", numbers(kept)));
        }
        return stored.isEmpty() ? plan : plans.plan(id);
    }

    private static String numbers(Collection<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }

    /**
     * The file's assignments whose resource the pool names (exactly one active person or generic role of that name,
     * letter case and surrounding spaces aside) put on their tasks, matched by the file's unique id, in one change;
     * an assignment the task has already is left as it is (a re-import adds, never removes, people). Resources the
     * pool does not name stay text in the task's resources, and the warnings say which.
     */
    private PlanView assignFromPool(ProjectId id, ImportedProject file, PlanView plan,
                                    List<PlanImportMapping.Warning> warnings) {
        if (file.assignments().isEmpty()) return plan;
        Map<String, List<AssignableResources.Assignable>> pool = new HashMap<>();
        for (AssignableResources.Assignable resource : plans.assignableResources(id)) {
            pool.computeIfAbsent(poolName(resource.name()), name -> new ArrayList<>()).add(resource);
        }
        Map<Integer, String> names = new HashMap<>();
        for (ImportedProject.Resource resource : file.resources()) {
            if (resource.sourceUniqueId() != null && resource.name() != null && !resource.name().isBlank()) {
                names.put(resource.sourceUniqueId(), resource.name().strip());
            }
        }
        Map<Long, PlanView.Task> bySource = new HashMap<>();
        for (PlanView.Task task : plan.tasks()) {
            if (task.sourceUid() != null && !task.summary()) bySource.put(task.sourceUid(), task);
        }
        List<ProjectPlans.NewAssignment> wanted = new ArrayList<>();
        Set<String> added = new HashSet<>();
        Set<String> notInPool = new TreeSet<>();
        for (ImportedProject.Assignment assignment : file.assignments()) {
            String name = names.get(assignment.resourceUniqueId());
            if (name == null) continue;
            List<AssignableResources.Assignable> found = pool.get(poolName(name));
            if (found == null || found.size() != 1) {
                notInPool.add(name);
                continue;
            }
            Integer uid = file.tasks().get(assignment.task()).sourceUniqueId();
            PlanView.Task task = uid == null ? null : bySource.get(uid.longValue());
            long resource = found.get(0).id();
            int units = (int) Math.round(assignment.units());
            if (task == null || units < 1 || units > 1000
                    || task.assignments().stream().anyMatch(kept -> kept.resource() == resource)
                    || !added.add(task.id() + ":" + resource)) {
                continue;
            }
            wanted.add(new ProjectPlans.NewAssignment(task.id(), resource, units));
        }
        if (!wanted.isEmpty()) {
            plan = plans.assignAll(id, wanted, plan.version());
            warnings.add(new PlanImportMapping.Warning("interchange.import.warning.assigned", wanted.size()));
        }
        if (!notInPool.isEmpty()) {
            warnings.add(new PlanImportMapping.Warning("interchange.import.warning.notInPool",
                    String.join(", ", notInPool)));
        }
        return plan;
    }

    private static String poolName(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean same(CalendarView existing, CalendarCommand command) {
        return existing.minutesPerDay() == command.minutesPerDay()
                && existing.minutesPerWeek() == command.minutesPerWeek()
                && existing.daysPerMonth() == command.daysPerMonth()
                && weekOf(existing.week()).equals(weekOf(command.week()))
                && existing.exceptions().stream().map(e -> List.of(e.from(), e.to(), e.hours())).toList()
                .equals(command.exceptions().stream().map(e -> List.of(e.from(), e.to(), e.hours())).toList());
    }

    private static Map<Object, Object> weekOf(List<CalendarView.Day> days) {
        Map<Object, Object> week = new HashMap<>();
        for (CalendarView.Day day : days) if (!day.hours().isEmpty()) week.put(day.day(), day.hours());
        return week;
    }

    private ImportPreview preview(String previewId, ProjectId id, String fileName, ImportedProject file,
                                  List<String> projects, int chosen, PlanView before, Applied applied,
                                  Instant expires, Map<String, String> fieldMap) {
        Map<String, String> labels = new HashMap<>();
        customFields.forTasks().forEach(field -> labels.put(field.key(), field.label()));
        Map<Long, PlanView.Task> old = new LinkedHashMap<>();
        before.tasks().forEach(task -> old.put(task.id(), task));
        Map<Long, String> oldPredecessors = predecessors(before);
        Map<Long, String> newPredecessors = predecessors(applied.plan());
        List<ImportPreview.TaskChange> changes = new ArrayList<>();
        List<ImportPreview.TaskLine> added = new ArrayList<>();
        Set<Long> kept = new HashSet<>();
        int unchanged = 0;
        for (PlanView.Task task : applied.plan().tasks()) {
            PlanView.Task was = old.get(task.id());
            if (was == null) {
                added.add(new ImportPreview.TaskLine(null, task.sourceUid(), task.name()));
                continue;
            }
            kept.add(task.id());
            List<ImportPreview.FieldChange> fields = differences(was, task, before, applied.plan(),
                    oldPredecessors.get(was.id()), newPredecessors.get(task.id()), labels);
            if (fields.isEmpty()) unchanged++;
            else changes.add(new ImportPreview.TaskChange(task.id(), task.sourceUid(), task.name(), fields));
        }
        List<ImportPreview.TaskLine> removed = new ArrayList<>();
        for (PlanView.Task task : before.tasks()) {
            if (!kept.contains(task.id())) removed.add(new ImportPreview.TaskLine(task.id(), task.sourceUid(), task.name()));
        }
        return new ImportPreview(previewId, id.value(), fileName, file.format(), projects, chosen, added.size(),
                changes.size(), removed.size(), unchanged, changes, added, removed, warnings(file, applied), notStored(),
                expires.toString(), file.fields().stream().map(field -> new ImportPreview.FileField(field.id(),
                        field.label(), field.type(), field.values(), fieldMap.get(field.id()))).toList());
    }

    /** Each task's predecessors by name, type and lag, in a stable order (rows move when tasks are added). */
    private static Map<Long, String> predecessors(PlanView plan) {
        Map<Long, String> names = new HashMap<>();
        plan.tasks().forEach(task -> names.put(task.id(), task.name()));
        Map<Long, List<String>> byTask = new HashMap<>();
        for (PlanView.Link link : plan.links()) {
            byTask.computeIfAbsent(link.to(), to -> new ArrayList<>())
                    .add(names.get(link.from()) + " " + link.type() + (link.lag().startsWith("0") ? "" : " " + link.lag()));
        }
        Map<Long, String> text = new HashMap<>();
        byTask.forEach((task, entries) -> text.put(task, String.join(", ", entries.stream().sorted().toList())));
        return text;
    }

    private static List<ImportPreview.FieldChange> differences(PlanView.Task was, PlanView.Task now, PlanView before,
                                                              PlanView after, String predecessorsBefore,
                                                              String predecessorsAfter, Map<String, String> labels) {
        List<ImportPreview.FieldChange> fields = new ArrayList<>();
        compare(fields, "name", was.name(), now.name());
        compare(fields, "parent", parentName(before, was), parentName(after, now));
        compare(fields, "duration", was.duration(), now.duration());
        compare(fields, "start", was.start(), now.start());
        compare(fields, "finish", was.finish(), now.finish());
        compare(fields, "percentComplete", Integer.toString(was.percentComplete()), Integer.toString(now.percentComplete()));
        compare(fields, "constraint", was.constraint(), now.constraint());
        compare(fields, "deadline", was.deadline(), now.deadline());
        compare(fields, "actualStart", was.actualStart(), now.actualStart());
        compare(fields, "actualFinish", was.actualFinish(), now.actualFinish());
        compare(fields, "resources", was.resources(), now.resources());
        compare(fields, "notes", was.notes(), now.notes());
        compare(fields, "splits", was.splits(), now.splits());
        compare(fields, "predecessors", predecessorsBefore, predecessorsAfter);
        Set<String> keys = new TreeSet<>(was.fields().keySet());
        keys.addAll(now.fields().keySet());
        for (String key : keys) {
            compare(fields, "custom." + labels.getOrDefault(key, key), was.fields().get(key), now.fields().get(key));
        }
        return fields;
    }

    private static String parentName(PlanView plan, PlanView.Task task) {
        if (task.parentId() == null) return null;
        return plan.tasks().stream().filter(other -> other.id() == task.parentId()).map(PlanView.Task::name)
                .findFirst().orElse(null);
    }

    private static void compare(List<ImportPreview.FieldChange> fields, String field, String before, String after) {
        String a = before == null || before.isEmpty() ? null : before;
        String b = after == null || after.isEmpty() ? null : after;
        if (!Objects.equals(a, b)) fields.add(new ImportPreview.FieldChange(field, a, b));
    }

    /** Copies the upload, refusing it (413) as soon as it passes the limit. */
    private void copyBounded(InputStream content, Path target) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = content; OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) throw ImportFileGuard.tooLarge(maxBytes);
                out.write(buffer, 0, n);
            }
        }
    }

    private static String fileName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", " ").strip();
        if (name.isEmpty()) name = "upload";
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
