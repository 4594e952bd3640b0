package org.lodestar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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

    /** MPXJ (Microsoft Project and P6 files) stays inside the interchange module: no other module reads its types. */
    @Test
    void onlyInterchangeUsesMpxj() {
        noClasses().that().resideOutsideOfPackage("org.lodestar.interchange..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mpxj..", "net.sf.mpxj..")
                .because("MPXJ stays inside the interchange module (docs/architecture.md, Interchange)")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.lodestar"));
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
