package org.lodestar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lodestar.interchange.PlanExports;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lodestar export CODE --format mspdi|pmxml|mpx -o FILE}: starts the application on its database (the
 * embedded one in {@code --data}, or {@code --db}), and writes the project's plan as the API would give it to
 * {@code --as} (default admin), so the same rights apply. Exit 0 when written, 1 with one line otherwise.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a project's plan as Microsoft Project XML (mspdi), Primavera P6 XML (pmxml) or MPX.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private LodestarCommand parent;

    @Parameters(paramLabel = "CODE", description = "The project's code, e.g. PRJ-0042.")
    private String code;

    @Option(names = "--format", required = true, description = "mspdi, pmxml or mpx.")
    private String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    private Path output;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of the embedded database (default ./lodestar-data).")
    private String dataDirectory;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Database URL, e.g. jdbc:postgresql://localhost/lodestar.")
    private String databaseUrl;

    @Option(names = "--as", defaultValue = "admin", paramLabel = "USER", description = "Whose rights apply (default ${DEFAULT-VALUE}).")
    private String username;

    @Override
    public Integer call() {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--lodestar.status.reminders=false",
                "--logging.level.root=WARN", "--logging.level.org.lodestar.requests=WARN", "--spring.main.banner-mode=off"));
        if (dataDirectory != null) arguments.add("--lodestar.data-dir=" + dataDirectory);
        if (databaseUrl != null) arguments.add("--spring.datasource.url=" + databaseUrl);
        try (ConfigurableApplicationContext context = new SpringApplication(parent.application())
                .run(arguments.toArray(String[]::new))) {
            RunAs runAs = context.getBean(RunAs.class);
            ProjectRegistry projects = context.getBean(ProjectRegistry.class);
            PlanExports exports = context.getBean(PlanExports.class);
            PlanExports.ExportedFile file;
            try {
                file = runAs.call(username, () -> {
                    ProjectRow project = projects.everyRow(null).stream().filter(row -> row.code().equalsIgnoreCase(code))
                            .findFirst().orElseThrow(() -> new IllegalArgumentException("no project " + code + " for " + username));
                    return exports.export(new ProjectId(project.id()), format);
                });
            } catch (InvalidInputException invalid) {
                MessageSource messages = context.getBean(MessageSource.class);
                System.err.println("export: " + invalid.problems().get(0).text(messages, Locale.ENGLISH));
                return 1;
            }
            Files.write(output, file.content());
            System.out.println("written: " + output + " (" + file.content().length + " bytes)");
            return 0;
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            System.err.println("export: " + message.lines().findFirst().orElse("").strip());
            return 1;
        }
    }
}
