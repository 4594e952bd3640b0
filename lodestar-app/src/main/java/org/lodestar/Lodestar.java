package org.lodestar;

import org.lodestar.cli.LodestarCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Lodestar: one executable that is both the PMO server and its command line. {@code java -jar lodestar.jar}
 * serves on :8080; {@code java -jar lodestar.jar --help} lists the commands.
 */
@SpringBootApplication
public class Lodestar {

    public static void main(String[] args) {
        LodestarCommand.run(Lodestar.class, args);
    }
}
