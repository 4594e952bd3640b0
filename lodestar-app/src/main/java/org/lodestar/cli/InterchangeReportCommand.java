package org.lodestar.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lodestar.interchange.InterchangeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lodestar interchange-report DIR [-o FILE]}: reschedules every project file of a folder with Lodestar's
 * engine and with MPXJ's schedulers and writes the agreement as Markdown (docs/interchange.md). No database.
 */
@Command(name = "interchange-report", mixinStandardHelpOptions = true,
        description = "Measure schedule agreement over a folder of project files; write Markdown.")
final class InterchangeReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder of project files.")
    private Path folder;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(folder)) {
            spec.commandLine().getErr().println("lodestar interchange-report: no such folder: " + folder);
            return 1;
        }
        InterchangeReport report = InterchangeReport.of(folder);
        String command = "java -jar lodestar-app/target/lodestar.jar interchange-report " + folder
                + (output == null ? "" : " -o " + output);
        String markdown = report.markdown(folder.toString(), command);
        if (output == null) {
            spec.commandLine().getOut().print(markdown);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(output, markdown);
            spec.commandLine().getOut().println("wrote " + output + ": "
                    + org.lodestar.interchange.ScheduleAgreement.summaryLine(report.tasks(), report.matching()));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
