package org.lodestar.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.DomainEvent;
import org.lodestar.portfolio.LifecyclePhase;
import org.lodestar.portfolio.PortfolioId;
import org.lodestar.portfolio.Priority;
import org.lodestar.portfolio.ProgrammeId;
import org.lodestar.portfolio.ProjectAct;
import org.lodestar.portfolio.ProjectCreated;
import org.lodestar.portfolio.ProjectDeleted;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectMoved;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.portfolio.ProjectStateChanged;
import org.springframework.test.util.ReflectionTestUtils;

/** A project's life follows {@link ProjectAct}'s table, and every act registers its event. */
class ProjectTests {

    private static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");

    @Test
    void aNewProjectRegistersProjectCreatedWithTheIdItGetsWhenSaved() {
        Project project = Project.create("PRJ-0100", fields(ProjectState.PROPOSED, 1L, null), NOW);
        ReflectionTestUtils.setField(project, "id", 100L);

        assertThat(project.domainEvents()).containsExactly(new ProjectCreated(new ProjectId(100), "PRJ-0100",
                new PortfolioId(1), ProjectState.PROPOSED, LocalDate.of(2027, 1, 4)));
    }

    @Test
    void theActsLeadThroughTheTableAndEachRegistersTheStateChange() {
        Project project = saved(ProjectState.PROPOSED);

        project.take(ProjectAct.ACTIVATE, 0, NOW);
        project.take(ProjectAct.PUT_ON_HOLD, 0, NOW);
        project.take(ProjectAct.RESUME, 0, NOW);
        project.take(ProjectAct.CLOSE, 0, NOW);

        assertThat(project.state()).isEqualTo(ProjectState.CLOSED);
        assertThat(project.domainEvents()).extracting(event -> ((ProjectStateChanged) event).to()).containsExactly(
                ProjectState.ACTIVE, ProjectState.ON_HOLD, ProjectState.ACTIVE, ProjectState.CLOSED);
    }

    @Test
    void anActTheStateDoesNotAllowIsRefusedAndChangesNothing() {
        Project project = saved(ProjectState.CLOSED);

        assertThatThrownBy(() -> project.take(ProjectAct.RESUME, 0, NOW)).isInstanceOf(ConflictException.class)
                .satisfies(refusal -> assertThat(((ConflictException) refusal).properties())
                        .containsEntry("state", "CLOSED").containsEntry("act", "RESUME"));
        assertThatThrownBy(() -> project.moveTo(2, null, 0, NOW)).isInstanceOf(ConflictException.class);
        assertThat(project.state()).isEqualTo(ProjectState.CLOSED);
        assertThat(project.portfolio()).isEqualTo(1L);
        assertThat(project.domainEvents()).isEmpty();
    }

    @Test
    void aCancelledProposalIsProposedAgain() {
        Project project = saved(ProjectState.CANCELLED);

        project.take(ProjectAct.PROPOSE, 0, NOW);

        assertThat(project.state()).isEqualTo(ProjectState.PROPOSED);
        assertThat(ProjectAct.allowedFrom(ProjectState.CANCELLED, true)).containsExactly(ProjectAct.PROPOSE);
    }

    @Test
    void aStateChangeInTheWholeProjectChangeIsTheTablesActOrRefused() {
        Project active = saved(ProjectState.ACTIVE);
        active.change(fields(ProjectState.ON_HOLD, 1L, null), 0, NOW);
        assertThat(active.domainEvents()).containsExactly(
                new ProjectStateChanged(new ProjectId(7), "PRJ-0007", ProjectState.ACTIVE, ProjectState.ON_HOLD));

        Project proposed = saved(ProjectState.PROPOSED);
        assertThatThrownBy(() -> proposed.change(fields(ProjectState.CLOSED, 1L, null), 0, NOW))
                .isInstanceOf(ConflictException.class)
                .satisfies(refusal -> assertThat(((ConflictException) refusal).properties().get("allowedActs"))
                        .isEqualTo(List.of("activate", "cancel")));
        assertThat(proposed.state()).isEqualTo(ProjectState.PROPOSED);
    }

    @Test
    void aMoveRegistersWhereTheProjectCameFromAndWentTo() {
        Project project = saved(ProjectState.ACTIVE);

        project.moveTo(2, 5L, 0, NOW);

        assertThat(project.domainEvents()).containsExactly(new ProjectMoved(new ProjectId(7), "PRJ-0007",
                new PortfolioId(1), null, new PortfolioId(2), new ProgrammeId(5)));
    }

    @Test
    void deletingRegistersProjectDeleted() {
        Project project = saved(ProjectState.ACTIVE);

        project.delete();

        List<DomainEvent> events = project.domainEvents();
        assertThat(events).containsExactly(new ProjectDeleted(new ProjectId(7), "PRJ-0007", "Trial"));
        project.clearDomainEvents();
        assertThat(project.domainEvents()).isEmpty();
    }

    private static Project saved(ProjectState state) {
        Project project = Project.create("PRJ-0007", fields(state, 1L, null), NOW);
        ReflectionTestUtils.setField(project, "id", 7L);
        project.clearDomainEvents();
        return project;
    }

    private static ProjectFields fields(ProjectState state, Long portfolio, Long programme) {
        return new ProjectFields(null, "Trial", null, portfolio, programme, null, null, null,
                LifecyclePhase.EXECUTION, state, Priority.MEDIUM, LocalDate.of(2027, 1, 4), null, null, null,
                null, null, null, "EUR", List.of(), List.of(), Map.of());
    }
}
