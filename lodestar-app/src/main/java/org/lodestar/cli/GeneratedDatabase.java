package org.lodestar.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The application over a database of generated data, for the commands that fill and measure one. */
final class GeneratedDatabase {

    private GeneratedDatabase() {
    }

    static ConfigurableApplicationContext open(LodestarCommand parent, String url, String user, String password) {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--lodestar.demo=false", "--lodestar.status.reminders=false",
                // production mode needs an administrator password on an empty database: this one is never used
                "--lodestar.admin-password=generated-" + System.nanoTime(),
                "--logging.level.org.lodestar.requests=WARN",
                // the web layer's beans (sessions, security) are part of the application: serve on a free port
                "--server.port=0"));
        if (user != null) arguments.add("--spring.datasource.username=" + user);
        if (password != null) arguments.add("--spring.datasource.password=" + password);
        return new SpringApplication(parent.application()).run(arguments.toArray(String[]::new));
    }
}
