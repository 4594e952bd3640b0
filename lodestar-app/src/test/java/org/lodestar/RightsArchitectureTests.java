package org.lodestar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.Rights;
import org.lodestar.web.ControllerThatRefusesItself;
import org.springframework.security.access.AccessDeniedException;

/**
 * Rights are decided by the rights policies (platform's {@code OrganisationRights}, portfolio's
 * {@code ProjectRights} and {@code PortfolioRights}, and the workflow tables) and refused in one place,
 * {@link Rights}: controllers never refuse an act themselves, so the web and the API cannot disagree.
 */
class RightsArchitectureTests {

    private static final ArchRule NO_CONTROLLER_REFUSES = noClasses().that().resideInAPackage("..web..")
            .should().callConstructor(AccessDeniedException.class, String.class)
            .orShould().callConstructor(AccessDeniedException.class, String.class, Throwable.class)
            .because("a rule decided in a controller is a rule the other entrance (web or API) does not know");

    private static final ArchRule ONLY_RIGHTS_REFUSES = noClasses()
            .that().doNotHaveFullyQualifiedName(Rights.class.getName())
            .should().callConstructor(AccessDeniedException.class, String.class)
            .orShould().callConstructor(AccessDeniedException.class, String.class, Throwable.class)
            .because("every refusal goes through Rights.require, asked by a rights policy");

    private final JavaClasses app = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lodestar");

    @Test
    void noControllerRefusesAnActItself() {
        NO_CONTROLLER_REFUSES.check(app);
    }

    @Test
    void onlyTheRightsHelperRefusesAnAct() {
        ONLY_RIGHTS_REFUSES.check(app);
    }

    @Test
    void theRulesCatchAControllerThatRefusesItself() {
        JavaClasses offender = new ClassFileImporter().importClasses(ControllerThatRefusesItself.class);

        assertThatThrownBy(() -> NO_CONTROLLER_REFUSES.check(offender)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ONLY_RIGHTS_REFUSES.check(offender)).isInstanceOf(AssertionError.class);
    }
}
