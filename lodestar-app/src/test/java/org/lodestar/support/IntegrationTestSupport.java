package org.lodestar.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of integration tests: one database per test JVM, shared by every test class (one Spring context). */
@IntegrationTest
public abstract class IntegrationTestSupport {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry);
    }
}
