package org.lodestar.raid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.lodestar.platform.IdList;
import org.lodestar.status.HealthIndicatorSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * RAID's computed health, for status: open high risks (score of {@link RiskMatrix#HIGH} or more) of projects with a
 * risk register, and overdue issue actions (not done, due before today) of projects with an issues log.
 */
@Component
class RaidHealthIndicators implements HealthIndicatorSource {

    static final String OPEN_HIGH_RISKS = "raid.openHighRisks";
    static final String OVERDUE_ISSUE_ACTIONS = "raid.overdueIssueActions";

    private final JdbcClient jdbc;

    RaidHealthIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(new IndicatorDefinition(OPEN_HIGH_RISKS, "risks", 1, 3),
                new IndicatorDefinition(OVERDUE_ISSUE_ACTIONS, "actions", 1, 3));
    }

    @Override
    public List<Measurement> measure(Collection<Long> projects, LocalDate today) {
        List<Measurement> measurements = new ArrayList<>();
        if (projects.isEmpty()) return measurements;
        IdList ids = IdList.of(projects);
        ids.bind(jdbc.sql("""
                select project,
                       sum(case when state = 'OPEN' and score >= :high then 1 else 0 end) as high,
                       sum(case when state = 'OPEN' then 1 else 0 end) as open_risks
                from risk""" + ids.where("project") + " group by project"))
                .param("high", RiskMatrix.HIGH)
                .query((rs, row) -> new Measurement(rs.getLong("project"), OPEN_HIGH_RISKS, rs.getLong("high"),
                        List.of(new Input("raidOpenRisks", Long.toString(rs.getLong("open_risks"))),
                                new Input("raidHighScore", Integer.toString(RiskMatrix.HIGH)))))
                .list().stream().filter(measurement -> ids.keeps(measurement.project())).forEach(measurements::add);
        ids.bind(jdbc.sql("""
                select i.project,
                       sum(case when a.done = false and a.due < :today then 1 else 0 end) as overdue,
                       sum(case when a.done = false then 1 else 0 end) as open_actions
                from raid_issue i left join raid_issue_action a on a.raid_issue = i.id""" + ids.where("i.project")
                + " group by i.project"))
                .param("today", today)
                .query((rs, row) -> new Measurement(rs.getLong("project"), OVERDUE_ISSUE_ACTIONS,
                        rs.getLong("overdue"), List.of(
                                new Input("raidOpenActions", Long.toString(rs.getLong("open_actions"))),
                                new Input("today", today.toString()))))
                .list().stream().filter(measurement -> ids.keeps(measurement.project())).forEach(measurements::add);
        return measurements;
    }
}
