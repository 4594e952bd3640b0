package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lodestar.Lodestar;
import org.lodestar.support.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A production start: no demo data, and the administrator's password must come from configuration. It needs an
 * empty database of its own, so it starts its own application on a fresh in-memory H2 database in both test runs
 * (the shared test database already holds the demo organisation).
 */
class ProductionModeIntegrationTests {

    @Test
    void refusesToStartOnAnEmptyDatabaseWithoutTheAdministratorPassword() {
        assertThatThrownBy(() -> start(""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LODESTAR_ADMIN_PASSWORD");
    }

    @Test
    void createsOnlyTheAdministratorWithTheConfiguredPassword() {
        try (ConfigurableApplicationContext context = start("correct horse battery staple")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            var admin = context.getBean(UserDetailsService.class).loadUserByUsername("admin");

            assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from project").query(Long.class).single()).isZero();
            assertThat(context.getBean(PasswordEncoder.class).matches("correct horse battery staple", admin.getPassword()))
                    .isTrue();
            assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMINISTRATOR");
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            assertThat(Api.anonymous(port).getAnything("/login").body()).contains("username")
                    .doesNotContain("password demo");
        }
    }

    private static ConfigurableApplicationContext start(String adminPassword) {
        return new SpringApplicationBuilder(Lodestar.class).run(
                "--server.port=0",
                "--lodestar.demo=false",
                "--lodestar.admin-password=" + adminPassword,
                "--spring.datasource.url=jdbc:h2:mem:production_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa",
                "--spring.datasource.password=");
    }
}
