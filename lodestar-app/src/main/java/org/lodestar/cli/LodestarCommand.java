package org.lodestar.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * The command line of {@code lodestar.jar}. Without a subcommand it serves, so that {@code java -jar lodestar.jar}
 * and {@code spring-boot:run} both start the server; any {@code --spring.property=value} is passed to Spring.
 */
@Command(name = "lodestar", mixinStandardHelpOptions = true, versionProvider = LodestarCommand.Version.class,
        description = "Lodestar, the open-source platform for a Project Management Office.",
        subcommands = {LodestarCommand.Serve.class, GenerateCommand.class, StatusBenchCommand.class, ScheduleCommand.class,
                InterchangeReportCommand.class, ImportCommand.class, ExportCommand.class, ExportAllCommand.class,
                ImportAllCommand.class, CommandLine.HelpCommand.class})
public final class LodestarCommand implements Callable<Integer> {

    private final Class<?> application;
    private boolean serving;

    @Unmatched
    private List<String> springArguments = new ArrayList<>();

    private LodestarCommand(Class<?> application) {
        this.application = application;
    }

    /** Parses {@code args} and runs the chosen command; exits the JVM unless the server was started. */
    public static void run(Class<?> application, String[] args) {
        CommandLine commandLine = commandLine(application);
        int exitCode = commandLine.execute(args);
        if (!((LodestarCommand) commandLine.getCommand()).serving || exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** The command line of the application, ready to execute. */
    public static CommandLine commandLine(Class<?> application) {
        return new CommandLine(new LodestarCommand(application));
    }

    @Override
    public Integer call() {
        return serve(springArguments);
    }

    /** The Spring Boot application class the commands start. */
    Class<?> application() {
        return application;
    }

    int serve(List<String> arguments) {
        serving = true;
        SpringApplication.run(application, arguments.toArray(String[]::new));
        return 0;
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Serve the web UI and API (the default). Spring properties may follow, e.g. --server.port=9090.")
    static final class Serve implements Callable<Integer> {

        @CommandLine.ParentCommand
        private LodestarCommand parent;

        @Option(names = "--port", description = "HTTP port (default 8080).")
        private Integer port;

        @Option(names = "--data", paramLabel = "DIR", description = "Folder of the embedded database (default ./lodestar-data).")
        private String dataDirectory;

        @Option(names = "--db", paramLabel = "JDBC_URL", description = "Database URL, e.g. jdbc:postgresql://localhost/lodestar.")
        private String databaseUrl;

        @Option(names = "--production", description = "Production mode: no demo data; the admin password comes from LODESTAR_ADMIN_PASSWORD.")
        private boolean production;

        @Unmatched
        private List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() {
            List<String> arguments = new ArrayList<>(springArguments);
            if (port != null) arguments.add("--server.port=" + port);
            if (dataDirectory != null) arguments.add("--lodestar.data-dir=" + dataDirectory);
            if (databaseUrl != null) arguments.add("--spring.datasource.url=" + databaseUrl);
            if (production) arguments.add("--lodestar.demo=false");
            return parent.serve(arguments);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = LodestarCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Lodestar " + (version == null ? "(development build)" : version)};
        }
    }
}
