package org.lodestar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.lodestar.cli.LodestarCommand;
import picocli.CommandLine;

class LodestarCommandTests {

    @Test
    void helpListsTheCommandsAndExitsWithoutServing() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = LodestarCommand.commandLine(Lodestar.class);
        commandLine.setOut(new PrintWriter(out));

        int exitCode = commandLine.execute("--help");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).contains("Usage: lodestar").contains("serve");
    }

    @Test
    void serveHelpDescribesItsOptions() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = LodestarCommand.commandLine(Lodestar.class);
        commandLine.setOut(new PrintWriter(out));

        int exitCode = commandLine.execute("serve", "--help");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).contains("--port").contains("--data").contains("--db").contains("--production");
    }

    @Test
    void anUnknownCommandIsAnErrorNotAServer() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = LodestarCommand.commandLine(Lodestar.class);
        commandLine.setErr(new PrintWriter(err));

        int exitCode = commandLine.execute("serve", "--port", "not-a-number");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("--port");
    }
}
