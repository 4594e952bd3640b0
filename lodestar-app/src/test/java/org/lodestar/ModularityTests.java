package org.lodestar;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application modules (platform, portfolio, demo, cli) depend on each other only through their APIs. The engine
 * shares the {@code org.lodestar} root but is a library of its own, kept pure by its own ArchUnit rule, so it is
 * left out here rather than mistaken for an application module.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Lodestar.class,
            JavaClass.Predicates.resideInAPackage("org.lodestar.engine.."));

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
