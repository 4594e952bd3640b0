package org.lodestar.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is plain Java: it may use the JDK and itself, nothing else (no Spring, Jakarta or app code). */
class EngineArchitectureTests {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lodestar.engine");

    @Test
    void engineDependsOnlyOnTheJdk() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.lodestar.engine..")
                .because("the engine must stay free of frameworks so it can run anywhere, fast")
                .check(engine);
    }
}
