package org.lodestar.status.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestar.platform.Actor;
import org.lodestar.platform.ToDo;
import org.lodestar.platform.ToDoSource;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.lodestar.status.CycleView;
import org.lodestar.status.ReportingCycles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Status's to-dos: for a project's manager, each report due or overdue under the project's reporting cycle (the
 * rule of the reminders, {@link ReportDeadlines}); for reviewers (the PMO), each submitted report waiting for their
 * review, oldest first.
 */
@Component
class ReportToDos implements ToDoSource {

    private final ProjectFacts facts;
    private final LatestStatus latest;
    private final ReportingCycles cycles;
    private final ProjectRights rights;
    private final JdbcClient jdbc;

    ReportToDos(ProjectFacts facts, LatestStatus latest, ReportingCycles cycles, ProjectRights rights,
                JdbcClient jdbc) {
        this.facts = facts;
        this.latest = latest;
        this.cycles = cycles;
        this.rights = rights;
        this.jdbc = jdbc;
    }

    @Override
    public List<ToDo> toDos(Actor actor, LocalDate today) {
        if (actor.seesSummariesOnly()) return List.of();
        List<ToDo> found = new ArrayList<>();
        long me = actor.id().value();
        List<ProjectFacts.Fact> managed = facts.reportingManagedBy(me).stream()
                .filter(ProjectFacts.Fact::reports)
                .toList();
        if (!managed.isEmpty()) {
            List<CycleView> active = cycles.activeCycles();
            Map<Long, LatestStatus.Latest> last = latest.find(managed.stream().map(ProjectFacts.Fact::id).toList());
            for (ProjectFacts.Fact project : managed) {
                Optional<CycleView> cycle = ReportingCycles.pick(active, project.portfolio(), project.programme());
                if (cycle.isEmpty()) continue;
                for (ReportDeadlines.Deadline owed : ReportDeadlines.of(project, cycle.get(), last.get(project.id()),
                        today)) {
                    found.add(new ToDo("todo.status." + owed.kind().toLowerCase(java.util.Locale.ROOT),
                            List.of(project.code(), project.name()), "/projects/" + project.id() + "/status",
                            owed.period(), owed.overdue()));
                }
            }
        }
        record Submitted(long id, long project, String code, String name) {
        }
        List<Submitted> submitted = jdbc.sql("select r.id, r.project, p.code, p.name from status_report r "
                        + "join project p on p.id = r.project where r.state = :state order by r.submitted_at, r.id")
                .param("state", "SUBMITTED")
                .query((rs, row) -> new Submitted(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
        for (Submitted report : submitted) {
            if (rights.may(actor, new ProjectId(report.project()), ProjectRight.REVIEW)) {
                found.add(new ToDo("todo.status.review", List.of(report.code(), report.name()),
                        "/status/reports/" + report.id(), null, false));
            }
        }
        return found;
    }
}
