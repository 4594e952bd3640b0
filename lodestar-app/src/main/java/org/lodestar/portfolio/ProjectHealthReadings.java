package org.lodestar.portfolio;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.lodestar.engine.health.Rag;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.PageResult;
import org.lodestar.portfolio.internal.Projects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects as the pages and the API show them, with their health read from status through
 * {@link ProjectHealthSource}; and the registry's copy of the reported health, which status keeps current.
 * Readers of summaries (requesters) see reported health but not computed health, which status keeps from them.
 */
@Service
public class ProjectHealthReadings {

    private final ProjectRegistry registry;
    private final Projects projects;
    private final CurrentUser currentUser;
    // status implements the source and itself depends on the registry: looked up when used, not at start-up
    private final ObjectProvider<ProjectHealthSource> sources;

    ProjectHealthReadings(ProjectRegistry registry, Projects projects, CurrentUser currentUser,
                          ObjectProvider<ProjectHealthSource> sources) {
        this.registry = registry;
        this.projects = projects;
        this.currentUser = currentUser;
        this.sources = sources;
    }

    /** One page of the project list (the reader's rights as for {@link ProjectRegistry#search}), with health. */
    @Transactional(readOnly = true)
    public PageResult<ProjectRow> list(ProjectQuery query) {
        PageResult<ProjectRow> page = registry.search(query);
        Map<Long, HealthReading> health = healthOf(page.items().stream().map(ProjectRow::id).toList(),
                !currentUser.actor().seesSummariesOnly());
        return new PageResult<>(page.items().stream()
                .map(row -> row.withHealth(health.getOrDefault(row.id(), new HealthReading(row.reportedHealth(), null))))
                .toList(), page.page(), page.size(), page.total());
    }

    /** One project (the reader's rights as for {@link ProjectRegistry#get}), with health. */
    @Transactional(readOnly = true)
    public ProjectView detail(ProjectId id) {
        ProjectView project = registry.get(id);
        HealthReading health = healthOf(List.of(project.id()), !project.summaryOnly()).get(project.id());
        return project.withHealth(health != null ? health : new HealthReading(project.reportedHealth(), null));
    }

    /**
     * Sets the registry's copy of a project's reported health: for status, when it publishes a report, in the same
     * transaction. Leaves the project's version alone (a publication is not an edit of the project, and must not
     * make its editors' next save stale); the publication itself is the audit entry.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordReported(ProjectId id, Rag health) {
        projects.recordReportedHealth(id.value(), health == null ? null : health.name());
    }

    private Map<Long, HealthReading> healthOf(Collection<Long> ids, boolean withComputed) {
        ProjectHealthSource source = sources.getIfAvailable();
        if (source == null || ids.isEmpty()) return Map.of();
        return source.healthOf(ids, withComputed);
    }
}
