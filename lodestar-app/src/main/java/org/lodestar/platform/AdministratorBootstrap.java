package org.lodestar.platform;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production mode ({@code lodestar.demo=false}), creates the {@code admin} account on an empty database with the
 * password from {@code LODESTAR_ADMIN_PASSWORD}, and refuses to start without one. Demo mode leaves accounts to the
 * demo organisation.
 */
@Component
@Order(1)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final People people;
    private final boolean demo;
    private final String adminPassword;

    AdministratorBootstrap(People people, @Value("${lodestar.demo}") boolean demo,
                           @Value("${lodestar.admin-password:}") String adminPassword) {
        this.people = people;
        this.demo = demo;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (demo || !people.isEmpty()) return;
        if (adminPassword == null || adminPassword.length() < 12) {
            throw new IllegalStateException("Production mode needs the administrator's password: set "
                    + "LODESTAR_ADMIN_PASSWORD (at least 12 characters) for the first start.");
        }
        people.create(new NewPerson("admin", "Administrator", null, null, null, Set.of(Role.ADMINISTRATOR),
                adminPassword));
        log.info("Created the administrator account 'admin' with the configured password.");
    }
}
