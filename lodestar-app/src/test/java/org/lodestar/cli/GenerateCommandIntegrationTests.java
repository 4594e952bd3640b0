package org.lodestar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.Lodestar;
import org.lodestar.support.MigrationDatabase;

/**
 * {@code lodestar generate} fills an empty database through the modules' APIs, saying how far it is, and a second
 * run on the same database adds nothing: what is there is kept.
 */
class GenerateCommandIntegrationTests {

    @Test
    void generatesProjectsReportsPlansAndRequestsWithProgressAndResumesWithoutDuplicating() throws Exception {
        MigrationDatabase database = MigrationDatabase.fresh("generated");

        String first = generate(database, 3, 25);
        assertThat(first).contains("Created 3 projects", "Imported 6 reports", "plans 3 of 3",
                "Planned 85 tasks", // the first plan 35 rows, the others 25 each
                "requests 4 of 4", "Filed 4 requests", "control 3 of 3",
                "People: 1 in the pool (0 were there)", "people and benefits 3 of 3 (0 kept theirs)",
                "timesheets 1 of 1 people (0 kept theirs)", "Filed 4 timesheets (3 approved)");

        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            assertThat(MigrationDatabase.rows(sql, "select count(*) from project")).containsExactly("3");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from status_report where state = 'PUBLISHED'"))
                    .containsExactly("6");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from plan_task group by project order by 1"))
                    .containsExactly("25", "25", "35");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from baseline where baseline_number = 0"))
                    .containsExactly("3");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from plan_task t join plan_task p on p.id = t.parent"))
                    .as("phases of one summary and its tasks").containsExactly(String.valueOf(85 - 2 - 2 - 2));
            assertThat(MigrationDatabase.rows(sql, "select state, count(*) from project_request group by state"))
                    .containsExactly("EVALUATION|4");
            assertThat(MigrationDatabase.rows(sql, "select count(distinct project_request) from project_request_quarter"))
                    .as("financials").containsExactly("4");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from scorecard")).containsExactly("4");
            assertThat(MigrationDatabase.rows(sql, "select name from scenario")).containsExactly(GeneratedIntake.SCENARIO);
            // project control: every project has a RAID log, a budget and the ledger's costs so far
            assertThat(MigrationDatabase.rows(sql, "select count(distinct project) from risk")).containsExactly("3");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from raid_issue")).containsExactly("3");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from raid_issue_action")).containsExactly("3");
            assertThat(MigrationDatabase.rows(sql, "select count(distinct project) from budget_line")).containsExactly("3");
            assertThat(MigrationDatabase.rows(sql, "select count(distinct project) from actual_cost")).containsExactly("3");
            // people: one person for every two projects, booked by name on each project over three months
            assertThat(MigrationDatabase.rows(sql, "select count(*) from resource where kind = 'PERSON'"))
                    .containsExactly("1");
            assertThat(MigrationDatabase.rows(sql, "select count(distinct project), count(distinct month_start) "
                    + "from allocation where resource is not null")).containsExactly("3|3");
            assertThat(MigrationDatabase.rows(sql, "select count(distinct project) from benefit")).containsExactly("3");
            assertThat(MigrationDatabase.rows(sql, "select count(*) - (select count(*) from benefit_measurement) "
                    + "from benefit")).as("the generated projects started two years ago: each benefit is measured once")
                    .containsExactly("0");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from benefit_measurement m join benefit b "
                    + "on b.id = m.benefit where m.measured_on < b.baseline_date or m.measured_on > current_date"))
                    .as("measured between the baseline and today").containsExactly("0");
            // timesheets: the person, with an account of their own, on the team of the two active projects that book
            // them (the first project is on hold), files the last four weeks; all but the last are approved
            assertThat(MigrationDatabase.rows(sql, "select u.username, u.display_name, u.password_hash is not null "
                    + "from resource r join app_user u on u.id = r.user_id"))
                    .containsExactly("generated-00001|Generated person 00001|true");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from project_member")).containsExactly("2");
            assertThat(MigrationDatabase.rows(sql, "select t.state, u.username, count(*) from timesheet t "
                    + "join app_user u on u.id = t.person group by t.state, u.username order by t.state"))
                    .containsExactly("APPROVED|generated-00001|3", "SUBMITTED|generated-00001|1");
            assertThat(MigrationDatabase.rows(sql, "select state from timesheet where week_start = "
                    + "(select max(week_start) from timesheet)")).as("the last week waits").containsExactly("SUBMITTED");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from timesheet t where (select sum(day0 + day1 "
                    + "+ day2 + day3 + day4 + day5 + day6) from timesheet_line l where l.timesheet = t.id) > 0"))
                    .as("each sheet has hours").containsExactly("4");
            assertThat(MigrationDatabase.rows(sql, "select count(distinct project) from timesheet_line"))
                    .containsExactly("2");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from timesheet where state = 'APPROVED' "
                    + "and decided_by = 'admin' and decided_at is not null")).as("approved by the administrator")
                    .containsExactly("3");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from timesheet_project_approval"))
                    .as("each project's hours of the approved weeks").containsExactly("6");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from timesheet_line l join timesheet s "
                    + "on s.id = l.timesheet join plan_task t on t.id = l.task where s.state = 'APPROVED' "
                    + "and t.actual_start is null")).as("approved hours start their tasks").containsExactly("0");
        }

        String second = generate(database, 3, 25);
        assertThat(second).contains("The database has 3 projects already", "3 had tasks", "Planned 0 tasks",
                "Filed 0 requests", "(4 were there)", "3 had risks", "Raised 0 risks",
                "People: 1 in the pool (1 were there)", "(3 kept theirs)", "Booked 0 person-months and planned 0 benefits",
                "timesheets 1 of 1 people (1 kept theirs)", "Filed 0 timesheets (0 approved)");
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            assertThat(MigrationDatabase.rows(sql, "select count(*) from plan_task")).containsExactly("85");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from project_request")).containsExactly("4");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from scenario")).containsExactly("1");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from raid_issue")).containsExactly("3");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from timesheet")).containsExactly("4");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from project_member")).containsExactly("2");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from app_user")).containsExactly("2");
        }
    }

    @Test
    void filesNoTimesheetsWhenThePlansHaveNoTasksAndARunWithMoreProjectsAddsTheRest() throws Exception {
        MigrationDatabase database = MigrationDatabase.fresh("generated");

        assertThat(generate(database, 3, 0)).contains("people and benefits 3 of 3",
                "Timesheets: no active project's plan has a task to log hours on (--tasks 0?), none filed.");
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            assertThat(MigrationDatabase.rows(sql, "select count(*) from plan_task")).containsExactly("0");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from timesheet")).containsExactly("0");
        }

        assertThat(generate(database, 5, 0)).contains("The database has 3 projects already: adding 2.",
                "Created 2 projects", "Imported 4 reports");
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            assertThat(MigrationDatabase.rows(sql, "select count(*), count(distinct name) from project"))
                    .containsExactly("5|5");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from portfolio")).as("the bench portfolios, kept")
                    .containsExactly("10");
            assertThat(MigrationDatabase.rows(sql, "select count(*) from status_report group by project order by 1"))
                    .containsExactly("2", "2", "2", "2", "2");
        }
    }

    private static String generate(MigrationDatabase database, int projects, int tasks) {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            int exit = LodestarCommand.commandLine(Lodestar.class).execute(List.of("generate", "--db", database.url(),
                    "--user", database.user(), "--password", database.password(), "--projects", String.valueOf(projects), "--weeks", "2",
                    "--tasks", String.valueOf(tasks), "--big-plan", "35", "--requests", "4").toArray(String[]::new));
            assertThat(exit).isZero();
        } finally {
            System.setOut(original);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
