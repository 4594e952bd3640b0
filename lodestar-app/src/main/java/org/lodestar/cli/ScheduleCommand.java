package org.lodestar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import org.lodestar.interchange.ScheduleAgreement;
import org.lodestar.interchange.UnreadableProjectFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lodestar schedule FILE [--json]}: reschedules a Microsoft Project or Primavera file with Lodestar's engine
 * and prints, per task, the saved and the computed start and finish; the last line is
 * {@code tasks: M, matching: N (P%)}. Needs no database and starts no server. With {@code --json} each task is one
 * JSON object per line (JSON Lines) before the same last line.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Reschedule a project file (MPP, MSPDI, MPX, XER, PMXML...) with Lodestar's engine and compare "
                + "with its saved dates.")
final class ScheduleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The project file.")
    private Path file;

    @Option(names = "--json", description = "One JSON object per task and line, then the summary line.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ScheduleAgreement agreement;
        try {
            agreement = ScheduleAgreement.of(file);
        } catch (UnreadableProjectFileException refused) {
            spec.commandLine().getErr().println("lodestar schedule: " + file.getFileName() + ": " + refused.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
        if (!json) {
            out.printf("%-8s %-40s %-16s %-16s %-16s %-16s %s%n", "id", "task", "saved start", "saved finish",
                    "computed start", "computed finish", "");
        }
        for (ScheduleAgreement.Row row : agreement.rows()) {
            String id = row.task().sourceUniqueId() == null ? "" : row.task().sourceUniqueId().toString();
            if (json) {
                out.println("{\"uniqueId\":" + (id.isEmpty() ? "null" : id) + ",\"name\":" + quoted(row.task().name())
                        + ",\"savedStart\":" + quoted(row.savedStart()) + ",\"savedFinish\":" + quoted(row.savedFinish())
                        + ",\"computedStart\":" + quoted(row.computedStart()) + ",\"computedFinish\":"
                        + quoted(row.computedFinish()) + ",\"matches\":" + row.matches()
                        + ",\"cause\":" + (row.cause() == null ? "null" : quoted(row.cause())) + "}");
            } else {
                String name = row.task().name().replaceAll("\\p{Cntrl}", " ");
                out.printf("%-8s %-40s %-16s %-16s %-16s %-16s %s%n", id,
                        name.length() > 40 ? name.substring(0, 39) + "…" : name, text(row.savedStart()),
                        text(row.savedFinish()), text(row.computedStart()), text(row.computedFinish()),
                        row.matches() ? "=" : "≠ " + row.cause());
            }
        }
        out.println(agreement.summaryLine());
        out.flush();
        return 0;
    }

    private static String text(LocalDateTime dateTime) {
        return dateTime == null ? "" : dateTime.toString().replace('T', ' ');
    }

    private static String quoted(Object value) {
        if (value == null) return "null";
        String text = value.toString();
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) json.append(String.format("\\u%04x", (int) c));
                    else json.append(c);
                }
            }
        }
        return json.append('"').toString();
    }
}
