package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The organisation-level rights, role by role, as docs/architecture.md ("One rights policy") writes them down. */
class OrganisationActTests {

    @Test
    void administratorsAloneManagePeopleAndCustomFields() {
        assertThat(allowed(Role.ADMINISTRATOR)).isEqualTo(EnumSet.allOf(OrganisationAct.class));
        assertThat(allowed(Role.PMO)).doesNotContain(OrganisationAct.MANAGE_PEOPLE, OrganisationAct.DEFINE_CUSTOM_FIELDS)
                .hasSize(OrganisationAct.values().length - 2);
    }

    @Test
    void portfolioManagersReviewRequestsAndManageScenariosButSetNothingForTheOrganisation() {
        assertThat(allowed(Role.PORTFOLIO_MANAGER)).containsExactlyInAnyOrder(OrganisationAct.READ_PROJECT_DETAIL,
                OrganisationAct.FILE_REQUESTS, OrganisationAct.REVIEW_REQUESTS, OrganisationAct.READ_SUBMITTED_REQUESTS,
                OrganisationAct.SCORE_REQUESTS, OrganisationAct.READ_SCENARIOS, OrganisationAct.MANAGE_SCENARIOS,
                OrganisationAct.READ_MATURITY, OrganisationAct.READ_KPIS);
    }

    @Test
    void executivesReadAndScoreRequestsAndScenariosAndFileTheirOwn() {
        assertThat(allowed(Role.EXECUTIVE)).containsExactlyInAnyOrder(OrganisationAct.READ_PROJECT_DETAIL,
                OrganisationAct.FILE_REQUESTS, OrganisationAct.READ_SUBMITTED_REQUESTS, OrganisationAct.SCORE_REQUESTS,
                OrganisationAct.READ_SCENARIOS, OrganisationAct.READ_MATURITY, OrganisationAct.READ_KPIS);
    }

    @Test
    void projectPeopleReadDetailAndFileRequestsOnlyAndResourceManagersAlsoKeepThePool() {
        for (Role role : Set.of(Role.PROJECT_MANAGER, Role.TEAM_MEMBER)) {
            assertThat(allowed(role)).as(role.name())
                    .containsExactlyInAnyOrder(OrganisationAct.READ_PROJECT_DETAIL, OrganisationAct.FILE_REQUESTS);
        }
        assertThat(allowed(Role.RESOURCE_MANAGER)).containsExactlyInAnyOrder(OrganisationAct.READ_PROJECT_DETAIL,
                OrganisationAct.FILE_REQUESTS, OrganisationAct.KEEP_RESOURCE_POOL);
    }

    @Test
    void requestersFileRequestsAndSeeSummariesOnly() {
        assertThat(allowed(Role.REQUESTER)).containsExactly(OrganisationAct.FILE_REQUESTS);
        assertThat(actor(Role.REQUESTER).seesSummariesOnly()).isTrue();
    }

    @Test
    void aPersonHoldingSeveralRolesHasTheRightsOfEach() {
        Actor both = actor(Role.REQUESTER, Role.EXECUTIVE);

        assertThat(both.seesSummariesOnly()).isFalse();
        assertThat(OrganisationAct.SCORE_REQUESTS.allows(both)).isTrue();
        assertThat(OrganisationAct.SET_REPORTING_CYCLES.allows(both)).isFalse();
        assertThat(both.may("READ_MATURITY")).isTrue();
        assertThat(both.may("ASSESS_MATURITY")).isFalse();
    }

    @Test
    void aRefusalNamesWhoWasRefusedWhat() {
        Actor exec = actor(Role.EXECUTIVE);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> OrganisationRights.require(exec, OrganisationAct.SET_REPORTING_CYCLES))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class)
                .hasMessage("someone may not set reporting cycles");
    }

    private static Set<OrganisationAct> allowed(Role role) {
        Actor actor = actor(role);
        return Arrays.stream(OrganisationAct.values()).filter(act -> act.allows(actor))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganisationAct.class)));
    }

    private static Actor actor(Role... roles) {
        return new Actor(new UserId(1), "someone", "Someone", Set.of(roles));
    }
}
