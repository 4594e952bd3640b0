package org.lodestar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lodestar.interchange.ImportPreview;
import org.lodestar.interchange.ImportRefusedException;
import org.lodestar.interchange.PlanImports;
import org.lodestar.planning.PlanView;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lodestar import FILE --project CODE [--data DIR | --db URL]}: imports a Microsoft Project or Primavera file
 * into a project's plan, as the web's import does (preview, then confirm), run as an account whose rights apply
 * ({@code --as}, the administrator by default). Prints the preview's counts and warnings; {@code --dry-run} stops
 * there. Exit 0 when imported (or previewed), 1 with one line on stderr otherwise.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a project file (.mpp, .xml, .mpx, .xer, .pmxml ...) into a project's plan.")
public final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private LodestarCommand parent;

    @Parameters(paramLabel = "FILE", description = "The project file.")
    private Path file;

    @Option(names = "--project", required = true, paramLabel = "CODE", description = "The project's code.")
    private String project;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of the embedded database.")
    private String dataDir;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Database, e.g. jdbc:postgresql://host/lodestar")
    private String databaseUrl;

    @Option(names = "--user", description = "Database user.")
    private String user;

    @Option(names = "--password", description = "Database password.")
    private String password;

    @Option(names = "--as", defaultValue = "admin", description = "Account the import is made and audited as (default ${DEFAULT-VALUE}).")
    private String account;

    @Option(names = "--source-project", paramLabel = "N", description = "The project of a multi-project file, from 0.")
    private Integer sourceProject;

    @Option(names = "--delete-removed", description = "Delete the plan's tasks the file does not have.")
    private boolean deleteRemoved;

    @Option(names = "--dry-run", description = "Show the preview only; write nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--logging.level.root=WARN", "--logging.level.org.lodestar.requests=WARN"));
        if (dataDir != null) arguments.add("--lodestar.data-dir=" + dataDir);
        if (databaseUrl != null) arguments.add("--spring.datasource.url=" + databaseUrl);
        if (user != null) arguments.add("--spring.datasource.username=" + user);
        if (password != null) arguments.add("--spring.datasource.password=" + password);
        SpringApplication application = new SpringApplication(parent.application());
        try (ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new))) {
            return run(context, file, project, account, sourceProject, deleteRemoved, dryRun, System.out, System.err);
        }
    }

    /** The import itself, in a running application (public for the import API integration test, which has one). */
    public static int run(ApplicationContext context, Path file, String code, String account, Integer sourceProject,
                   boolean deleteRemoved, boolean dryRun, PrintStream out, PrintStream err) {
        PlanImports imports = context.getBean(PlanImports.class);
        MessageSource messages = context.getBean(MessageSource.class);
        try {
            return context.getBean(RunAs.class).call(account, () -> {
                ProjectId id = projectId(context.getBean(ProjectRegistry.class), code);
                ImportPreview preview;
                try (InputStream in = Files.newInputStream(file)) {
                    preview = imports.preview(id, file.getFileName().toString(), in, sourceProject);
                } catch (IOException unreadable) {
                    throw new IllegalArgumentException("cannot read " + file + ": " + unreadable.getMessage());
                }
                if (preview.projects().size() > 1) {
                    out.println("projects in the file: " + String.join(", ", preview.projects())
                            + " (imported: " + preview.projects().get(preview.project()) + ")");
                }
                preview.warnings().forEach(warning -> out.println("warning: " + warning));
                out.println("added: " + preview.added() + ", changed: " + preview.changed() + ", removed: "
                        + preview.removed() + (deleteRemoved ? " (deleted)" : " (kept)") + ", unchanged: "
                        + preview.unchanged());
                if (dryRun) return 0;
                PlanView plan = imports.confirm(id, preview.id(), deleteRemoved);
                out.println("imported into " + plan.code() + ": " + plan.tasks().size() + " tasks, plan version "
                        + plan.version());
                return 0;
            });
        } catch (ImportRefusedException refused) {
            err.println(messages.getMessage(refused.messageKey(), refused.arguments(), java.util.Locale.ENGLISH));
            return 1;
        } catch (RuntimeException failed) {
            err.println(failed.getMessage() == null ? failed.getClass().getSimpleName()
                    : failed.getMessage().lines().findFirst().orElse(""));
            return 1;
        }
    }

    private static ProjectId projectId(ProjectRegistry projects, String code) {
        ProjectQuery query = new ProjectQuery(code, null, null, null, null, null, null, null, null, null, null, null,
                null, ProjectQuery.MAX_SIZE);
        return projects.search(query).items().stream().filter(row -> row.code().equalsIgnoreCase(code.strip()))
                .map(ProjectRow::id).map(ProjectId::new).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no project with the code " + code));
    }
}
