package org.lodestar.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.cpm.MicrosoftScheduler;
import org.mpxj.cpm.PrimaveraScheduler;
import org.mpxj.cpm.Scheduler;

/**
 * The schedule agreement over a folder of project files, as Markdown (docs/interchange.md): per file its format,
 * tasks, Lodestar's matching tasks and the mismatches' causes, beside MPXJ's own {@code MicrosoftScheduler} (files
 * saved by Microsoft Project and the others) and {@code PrimaveraScheduler} (files saved by P6) on the same files
 * in the same run. Deterministic: the same files give the same text.
 */
public final class InterchangeReport {

    /** The peer's version, that of the MPXJ on the class path. */
    static final String MPXJ_VERSION = "14.3.4";

    /** One file's figures; {@code refused} is the reason when Lodestar could not read or schedule it. */
    public record FileResult(String file, String format, int tasks, int matching, Map<String, Integer> causes,
                             String refused, int peerMatching, String peer, String peerRefused, int matchingByTheDay) {
    }

    /** What each mismatch cause (see {@code ScheduleAgreement.cause}) needs, in the engine or the mapping. */
    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("dates saved without a time of day", "none in the engine: the MPX file keeps days only, so no "
                    + "schedule can match it to the minute; the line under the total compares them by the day"),
            Map.entry("P6 rules (engine has no P6 mode)", "a P6 mode in engine.schedule: retained logic or progress "
                    + "override, P6 activity types (level of effort, WBS summary), lag calendars, the data date"),
            Map.entry("P6: remaining duration from the data date", "P6 progress: an activity in progress finishes at "
                    + "the data date plus its stored remaining duration (the engine follows Microsoft Project's "
                    + "progress rules and finishes it elsewhere: \"Duration 25%\" on 2015-07-03 14:00, not "
                    + "2015-06-08 16:00)"),
            Map.entry("P6: no remaining duration, finish at its start", "P6 progress: an activity in progress with no "
                    + "remaining duration finishes at its actual start minute (the engine ends a zero duration at the "
                    + "end of the previous working period, before its actual start)"),
            Map.entry("P6: actual start outside working time", "actual dates kept as saved even outside working time "
                    + "(P6 keeps an actual start at 00:00; the engine moves it to the next working minute)"),
            Map.entry("split task", "splits: the engine keeps each pause in working time of the task's calendar, "
                    + "moving with the task; a split the file saved in another way (e.g. work resumed at the status "
                    + "date) needs its own rule"),
            Map.entry("resource-driven (calendars, work)", "scheduling by assignments: resource calendars and "
                    + "effort-driven durations (waits for the resources module)"),
            Map.entry("constraint", "a Microsoft Project constraint rule the engine misses (e.g. a constraint date "
                    + "outside working time, or an elapsed duration under it)"),
            Map.entry("complete task", "actual dates kept as saved even outside working time (Project keeps an actual "
                    + "start on a Saturday; the engine moves it to the next working minute)"),
            Map.entry("in progress", "Microsoft Project's progress rules: remaining work after the status date"),
            Map.entry("manually scheduled task", "manual scheduling: keep the saved dates of a manually scheduled task"),
            Map.entry("leveling delay", "a leveling delay as elapsed time before the task"),
            Map.entry("elapsed duration or lag", "elapsed durations and lags (another engineer is fixing elapsed-lag float)"),
            Map.entry("saved dates not its duration", "saved dates that do not span the saved duration: the file was "
                    + "not recalculated before it was saved"),
            Map.entry("follows a mismatching predecessor or the project start", "none of its own: a predecessor or "
                    + "the project start differs"));

    private final List<FileResult> results;

    private InterchangeReport(List<FileResult> results) {
        this.results = results;
    }

    public static InterchangeReport of(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().matches("(?i)MANIFEST\\.csv|SOURCES\\.md|README.*"))
                    .sorted().toList();
        }
        List<FileResult> results = new ArrayList<>();
        for (Path file : files) results.add(measure(file));
        return new InterchangeReport(results);
    }

    public List<FileResult> results() {
        return results;
    }

    public int tasks() {
        return results.stream().mapToInt(FileResult::tasks).sum();
    }

    public int matching() {
        return results.stream().mapToInt(FileResult::matching).sum();
    }

    public int peerMatching() {
        return results.stream().mapToInt(FileResult::peerMatching).sum();
    }

    static FileResult measure(Path path) {
        String name = path.getFileName().toString();
        ScheduleAgreement agreement;
        try {
            agreement = ScheduleAgreement.of(path);
        } catch (UnreadableProjectFileException refused) {
            return new FileResult(name, "-", 0, 0, Map.of(), refused.getMessage(), 0, "-", null, 0);
        }
        ImportedProject project = agreement.project();
        Scheduler peer = project.primavera() ? new PrimaveraScheduler() : new MicrosoftScheduler();
        String peerName = project.primavera() ? "PrimaveraScheduler" : "MicrosoftScheduler";
        int peerMatching = 0;
        String peerRefused = null;
        try {
            peerMatching = peerMatching(path, agreement, peer);
        } catch (Exception | StackOverflowError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            peerRefused = message.lines().findFirst().orElse("").strip();
        }
        return new FileResult(name, project.format(), agreement.tasks(), agreement.matching(), agreement.causes(),
                null, peerMatching, peerName, peerRefused, agreement.matchingByTheDay());
    }

    /** The tasks whose early start and finish by MPXJ's scheduler equal the saved dates, of those Lodestar counts. */
    private static int peerMatching(Path path, ScheduleAgreement agreement, Scheduler peer) throws Exception {
        ProjectFile file = ProjectFileReader.readFile(path);
        Map<Integer, Task> byUniqueId = new HashMap<>();
        Map<Task, Boolean> seen = new IdentityHashMap<>();
        for (Task task : file.getTasks()) {
            if (task.getUniqueID() != null && seen.put(task, true) == null) byUniqueId.putIfAbsent(task.getUniqueID(), task);
        }
        peer.schedule(file, agreement.project().start());
        int matching = 0;
        for (ScheduleAgreement.Row row : agreement.rows()) {
            Task task = byUniqueId.get(row.task().sourceUniqueId());
            if (task == null) continue;
            LocalDateTime start = ProjectFileReader.minute(task.getEarlyStart());
            LocalDateTime finish = ProjectFileReader.minute(task.getEarlyFinish());
            if (row.savedStart().equals(start) && row.savedFinish().equals(finish)) matching++;
        }
        return matching;
    }

    /** The report as Markdown; {@code folder} and {@code command} are printed as given, so reruns compare. */
    public String markdown(String folder, String command) {
        StringBuilder md = new StringBuilder();
        md.append("# Interchange: schedule agreement with the files' saved dates\n\n");
        md.append("Generated by `").append(command).append("` over `").append(folder).append("`; do not edit by hand.\n\n");
        md.append("Each file is read with MPXJ ").append(MPXJ_VERSION).append(" and rescheduled by Lodestar's engine from the file's own ")
                .append("project start, status date and progress. A task counts when it is not a summary and has saved dates; ")
                .append("it matches when the computed start and finish both equal the saved ones to the minute. ")
                .append("The peer is MPXJ's own scheduler on the same file in the same run (`MicrosoftScheduler`, ")
                .append("or `PrimaveraScheduler` for files saved by P6), its early dates compared with the same saved dates. ")
                .append("A mismatch is counted under the first feature of the task the engine or the mapping does not follow ")
                .append("yet (see `ScheduleAgreement.cause`): where to look, not a proof.\n\n");
        int tasks = tasks();
        int matching = matching();
        int peer = peerMatching();
        md.append("**Total: ").append(ScheduleAgreement.summaryLine(tasks, matching)).append("**; MPXJ's schedulers: ")
                .append(peer).append(" matching (").append(ScheduleAgreement.percent(peer, tasks)).append("%)");
        long refused = results.stream().filter(r -> r.refused() != null).count();
        long peerRefused = results.stream().filter(r -> r.peerRefused() != null).count();
        md.append("; files refused by Lodestar: ").append(refused).append(", by MPXJ's schedulers: ").append(peerRefused)
                .append(" (of ").append(results.size()).append(").\n\n");
        int daysOnly = results.stream().mapToInt(r -> r.causes().getOrDefault(ScheduleAgreement.DAYS_ONLY, 0)).sum();
        int byTheDay = results.stream().mapToInt(FileResult::matchingByTheDay).sum();
        if (daysOnly > 0) {
            md.append("Of the ").append(daysOnly).append(" tasks whose dates were saved without a time of day, ")
                    .append(byTheDay).append(" have their computed start and finish on the saved days. They are not ")
                    .append("counted as matching above; counted, the total would be ")
                    .append(ScheduleAgreement.summaryLine(tasks, matching + byTheDay)).append(".\n\n");
        }

        md.append("| file | format | tasks | Lodestar matching | MPXJ matching | Lodestar's mismatches by cause |\n");
        md.append("|---|---|---:|---:|---:|---|\n");
        for (FileResult r : results) {
            md.append("| ").append(r.file()).append(" | ").append(r.format()).append(" | ");
            if (r.refused() != null) {
                md.append("- | refused: ").append(cell(r.refused())).append(" | - | |\n");
                continue;
            }
            md.append(r.tasks()).append(" | ").append(r.matching()).append(" (")
                    .append(ScheduleAgreement.percent(r.matching(), r.tasks())).append("%) | ");
            if (r.peerRefused() != null) md.append("refused by ").append(r.peer()).append(": ").append(cell(r.peerRefused()));
            else md.append(r.peerMatching()).append(" (").append(ScheduleAgreement.percent(r.peerMatching(), r.tasks())).append("%)");
            md.append(" | ").append(r.causes().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining("; "))).append(" |\n");
        }

        Map<String, Integer> causes = new LinkedHashMap<>();
        for (FileResult r : results) r.causes().forEach((cause, count) -> causes.merge(cause, count, Integer::sum));
        md.append("\n## Mismatches by cause, over all files, and the rule each needs\n\n| cause | tasks | rule needed |\n|---|---:|---|\n");
        causes.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" | ")
                        .append(RULES.getOrDefault(e.getKey().startsWith("constraint") ? "constraint" : e.getKey(), "not yet analysed"))
                        .append(" |\n"));
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
