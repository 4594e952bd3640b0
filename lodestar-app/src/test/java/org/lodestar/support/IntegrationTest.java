package org.lodestar.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A test of the whole application on a random port, on the database the build chose (H2 or PostgreSQL), in demo
 * mode so that the demo organisation and accounts exist. Test classes also declare a
 * {@code @DynamicPropertySource} calling {@link TestDatabase#configure}, via {@link IntegrationTestSupport}.
 * The snapshot of computed health is not taken on a schedule: a test that changes data and reads the dashboard
 * expects the health measured at the read; {@code HealthSnapshotIntegrationTests} takes it by hand.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lodestar.demo=true", "lodestar.max-request-bytes=65536", "lodestar.security.password-cost=4",
                "lodestar.status.health-snapshot=false"})
@AutoConfigureMockMvc
public @interface IntegrationTest {
}
