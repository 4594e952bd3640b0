package org.lodestar.timesheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.change.ChangeFixtures;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.Inbox;
import org.lodestar.platform.People;
import org.lodestar.platform.RunAs;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Timesheets through the API: each act from each state that allows or refuses it, each role, the bad inputs of
 * issue 14 (a day over 24 hours, negative hours, a project or task the person may not log on, a closed month), the
 * progress an approval gives the plan's tasks, the export of approved hours and the weekly reminders. Weeks are
 * far in the future, so that the demo's timesheets and other tests' do not meet these.
 */
class TimesheetsIntegrationTests extends PageTestSupport {

    @Autowired
    People people;

    @Autowired
    AuditTrail audit;

    @Autowired
    TimesheetReminders reminders;

    @Autowired
    Inbox inbox;

    @Autowired
    TimesheetToDos toDos;

    @Autowired
    RunAs runAs;

    @Autowired
    CurrentUser currentUser;

    /** A project of pm (in a portfolio the {@code portfolio} account manages) with {@code member} on its team. */
    private long project(String name) {
        return project(name, "EUR");
    }

    private long project(String name, String currency) {
        long project = ChangeFixtures.project(port, people, name, true, currency);
        Api pm = Api.as(port, "pm");
        long version = pm.get("/api/v1/projects/" + project).json().get("version").asLong();
        Api.Response added = pm.post("/api/v1/projects/" + project + "/members", json(Map.of("personId",
                ChangeFixtures.personId(people, "member"), "canEdit", false, "version", version)));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        return project;
    }

    /** A project managed by the {@code portfolio} account (not pm) with {@code member} on its team. */
    private long projectOfAnotherManager(String name) {
        long project = ChangeFixtures.project(port, people, name, true, "EUR", "portfolio");
        Api manager = Api.as(port, "portfolio");
        long version = manager.get("/api/v1/projects/" + project).json().get("version").asLong();
        Api.Response added = manager.post("/api/v1/projects/" + project + "/members", json(Map.of("personId",
                ChangeFixtures.personId(people, "member"), "canEdit", false, "version", version)));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        return project;
    }

    /**
     * Per-project approval: pm approves the hours on their project of a sheet that also has hours on a project they
     * do not manage; those lines lock and feed progress at once, the sheet stays submitted until the other project's
     * approver approves the rest; a return keeps the approved lines approved and locked.
     */
    @Test
    void eachProjectsApproverApprovesItsOwnHoursAndTheSheetIsApprovedWhenEveryProjectIs() {
        long mine = project("Timesheet part A");
        long theirs = projectOfAnotherManager("Timesheet part B");
        long unrelated = ChangeFixtures.project(port, people, "Timesheet part C", true);
        long designA = tasks(mine).get("Design");
        long designB = tasks(theirs).get("Design");
        LocalDate monday = LocalDate.of(2031, 6, 2);
        Api member = Api.as(port, "member");
        Api pm = Api.as(port, "pm");
        Api portfolio = Api.as(port, "portfolio");

        Api.Response written = member.put("/api/v1/timesheets/week", week(monday, null, line(mine, designA, 8, 8),
                line(theirs, designB, 0, 0, 4)));
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        JsonNode saved = written.json();
        long id = saved.get("id").asLong();
        JsonNode submitted = member.post("/api/v1/timesheets/" + id + "/submit", act(saved, null)).json();

        // pm may approve only their project's part, but sees the sheet in the queue and may return it
        JsonNode seen = pm.get("/api/v1/timesheets/" + id).json();
        assertThat(seen.get("decidable").asBoolean()).isFalse();
        assertThat(seen.get("returnable").asBoolean()).isTrue();
        assertThat(seen.get("projects")).extracting(part -> part.get("projectId").asLong() + ":"
                + part.get("approvable").asBoolean()).containsExactly(mine + ":true", theirs + ":false");
        List<Long> queued = new ArrayList<>();
        pm.get("/api/v1/timesheets/approvals").json().forEach(sheet -> queued.add(sheet.get("id").asLong()));
        assertThat(queued).contains(id);
        assertThat(pm.post("/api/v1/timesheets/" + id + "/approve", act(submitted, null)).status()).isEqualTo(403);
        assertThat(pm.post("/api/v1/timesheets/" + id + "/projects/" + theirs + "/approve", act(submitted, null))
                .status()).isEqualTo(403);
        assertThat(member.post("/api/v1/timesheets/" + id + "/projects/" + mine + "/approve", act(submitted, null))
                .status()).as("nobody approves their own").isEqualTo(403);
        assertThat(fields(Api.as(port, "pmo").post("/api/v1/timesheets/" + id + "/projects/" + unrelated
                + "/approve", act(submitted, null)))).containsExactly("projectId");

        Api.Response partly = pm.post("/api/v1/timesheets/" + id + "/projects/" + mine + "/approve",
                act(submitted, null));
        assertThat(partly.status()).as(partly.body()).isEqualTo(200);
        JsonNode half = partly.json();
        assertThat(half.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(half.get("projects").get(0).get("approved").asBoolean()).isTrue();
        assertThat(half.get("projects").get(0).get("approvedBy").asString()).isNotBlank();
        assertThat(half.get("projects").get(1).get("approved").asBoolean()).isFalse();
        assertThat(half.get("lines").get(0).get("approved").asBoolean()).isTrue();
        // the approved hours count at once: progress on A's task, none on B's; the month's approved hours list them
        assertThat(task(mine, designA).get("actualStart").isNull()).isFalse();
        assertThat(task(theirs, designB).get("actualStart").isNull()).isTrue();
        JsonNode hours = pm.get("/api/v1/timesheets/approved-hours?month=2031-06&projectId=" + mine).json();
        assertThat(hours).hasSize(2);
        assertThat(pm.post("/api/v1/timesheets/" + id + "/projects/" + mine + "/approve", act(half, null)).status())
                .isEqualTo(409);

        // pm has nothing left to decide on it: returning is for an approver of a project still pending
        assertThat(pm.post("/api/v1/timesheets/" + id + "/return", act(half, "No")).status()).isEqualTo(403);

        // the other approver returns it: the approved lines stay approved and locked, the others may change
        JsonNode returned = portfolio.post("/api/v1/timesheets/" + id + "/return", act(half, "Four hours on B?"))
                .json();
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("projects").get(0).get("approved").asBoolean()).isTrue();
        assertThat(member.put("/api/v1/timesheets/week", week(monday, returned.get("version").asLong(),
                line(mine, designA, 8, 6), line(theirs, designB, 0, 0, 4))).status()).isEqualTo(409);
        Api.Response rewritten = member.put("/api/v1/timesheets/week", week(monday, returned.get("version").asLong(),
                line(theirs, designB, 0, 0, 6), line(mine, designA, 8, 8)));
        assertThat(rewritten.status()).as(rewritten.body()).isEqualTo(200);
        JsonNode again = member.post("/api/v1/timesheets/" + id + "/submit", act(rewritten.json(), null)).json();

        // whoever may approve what is left approves it all: the sheet is approved and B's task moves
        Api.Response approved = portfolio.post("/api/v1/timesheets/" + id + "/approve", act(again, null));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("projects")).allMatch(part -> part.get("approved").asBoolean());
        assertThat(task(theirs, designB).get("actualStart").isNull()).isFalse();
    }

    private Map<String, Long> tasks(long project) {
        Map<String, Long> tasks = new LinkedHashMap<>();
        Api.as(port, "pm").get("/api/v1/projects/" + project + "/plan").json().get("tasks")
                .forEach(task -> tasks.put(task.get("name").asString(), task.get("id").asLong()));
        return tasks;
    }

    private static Map<String, Object> line(long project, long task, Object... hours) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("projectId", project);
        line.put("taskId", task);
        line.put("hours", List.of(hours));
        return line;
    }

    private static String week(LocalDate monday, Long version, Map<?, ?>... lines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("weekStart", monday.toString());
        body.put("lines", List.of(lines));
        body.put("version", version);
        return json(body);
    }

    private static String act(JsonNode sheet, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        body.put("version", sheet.get("version").asLong());
        return json(body);
    }

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private JsonNode task(long project, long id) {
        for (JsonNode task : Api.as(port, "pm").get("/api/v1/projects/" + project + "/plan").json().get("tasks")) {
            if (task.get("id").asLong() == id) return task;
        }
        throw new AssertionError("no task " + id);
    }

    @Test
    void aTeamMemberLogsSubmitsIsReturnedResubmitsAndTheApprovalLocksTheHoursAndMovesTheTasksProgress() {
        long project = project("Timesheet flow");
        long other = ChangeFixtures.project(port, people, "Timesheet elsewhere", true);
        Map<String, Long> tasks = tasks(project);
        long design = tasks.get("Design");
        long build = tasks.get("Build");
        LocalDate monday = LocalDate.of(2030, 9, 2);
        Api member = Api.as(port, "member");

        JsonNode week = member.get("/api/v1/timesheets/week?day=" + monday.plusDays(3)).json();
        assertThat(week.get("sheet").get("weekStart").asString()).isEqualTo(monday.toString());
        assertThat(week.get("sheet").get("id").isNull()).isTrue();
        List<Long> offered = new ArrayList<>();
        week.get("tasks").forEach(task -> offered.add(task.get("taskId").asLong()));
        assertThat(offered).contains(design, build).doesNotContain(tasks(other).get("Design"));

        // bad input: 400 naming the cell or the line's field, nothing stored
        assertThat(fields(member.put("/api/v1/timesheets/week", week(monday, null,
                line(project, design, 16, 8), line(project, build, 9)))))
                .containsExactly("lines[1].hours[0]");
        assertThat(fields(member.put("/api/v1/timesheets/week", week(monday, null,
                line(project, design, 8, 8, 8, -2)))))
                .containsExactly("lines[0].hours[3]");
        assertThat(fields(member.put("/api/v1/timesheets/week", week(monday, null,
                line(other, tasks(other).get("Design"), 8)))))
                .as("a project the member is not on").containsExactly("lines[0].projectId");
        assertThat(fields(member.put("/api/v1/timesheets/week", week(monday, null,
                line(project, design, 8), line(project, 987_654_321L, 1)))))
                .as("a task that does not exist").containsExactly("lines[1].taskId");
        assertThat(fields(member.put("/api/v1/timesheets/week", week(monday.plusDays(1), null,
                line(project, design, 8))))).containsExactly("weekStart");
        assertThat(member.get("/api/v1/timesheets/week?day=" + monday).json().get("sheet").get("id").isNull())
                .isTrue();

        Api.Response saved = member.put("/api/v1/timesheets/week", week(monday, null,
                line(project, design, 8, 8), line(project, build, 0, 0, 4)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode draft = saved.json();
        long id = draft.get("id").asLong();
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("total").decimalValue()).isEqualByComparingTo("20");
        assertThat(draft.get("dayTotals").get(2).decimalValue()).isEqualByComparingTo("4");
        assertThat(draft.get("lines").get(0).get("total").decimalValue()).isEqualByComparingTo("16");

        // a draft: its person writes and submits it; nobody approves or returns it yet
        assertThat(Api.as(port, "pm").post("/api/v1/timesheets/" + id + "/approve", act(draft, null)).status())
                .isEqualTo(409);
        assertThat(Api.as(port, "pm").post("/api/v1/timesheets/" + id + "/submit", act(draft, null)).status())
                .as("someone else's sheet").isEqualTo(403);
        JsonNode submitted = member.post("/api/v1/timesheets/" + id + "/submit", act(draft, null)).json();
        assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(member.put("/api/v1/timesheets/week", week(monday, submitted.get("version").asLong(),
                line(project, design, 1))).status()).isEqualTo(409);
        assertThat(member.post("/api/v1/timesheets/" + id + "/submit", act(submitted, null)).status()).isEqualTo(409);

        // who decides: the project's editors and resource managers, not the member (their own), exec or requester
        for (String outsider : List.of("member", "exec", "requester")) {
            assertThat(Api.as(port, outsider).post("/api/v1/timesheets/" + id + "/approve", act(submitted, null))
                    .status()).as(outsider).isEqualTo(403);
        }
        assertThat(Api.as(port, "exec").get("/api/v1/timesheets/" + id).status()).isEqualTo(403);
        assertThat(ids(Api.as(port, "pm").get("/api/v1/timesheets/approvals").json())).contains(id);
        assertThat(ids(Api.as(port, "resource").get("/api/v1/timesheets/approvals").json())).contains(id);
        assertThat(ids(Api.as(port, "exec").get("/api/v1/timesheets/approvals").json())).doesNotContain(id);
        assertThat(ids(Api.as(port, "member").get("/api/v1/timesheets/approvals").json())).doesNotContain(id);

        Api pm = Api.as(port, "pm");
        assertThat(fields(pm.post("/api/v1/timesheets/" + id + "/return", act(submitted, " "))))
                .containsExactly("reason");
        JsonNode returned = pm.post("/api/v1/timesheets/" + id + "/return", act(submitted, "Build was on Thursday"))
                .json();
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
        assertThat(pm.post("/api/v1/timesheets/" + id + "/approve", act(returned, null)).status()).isEqualTo(409);
        JsonNode corrected = member.put("/api/v1/timesheets/week", week(monday, returned.get("version").asLong(),
                line(project, design, 8, 8), line(project, build, 0, 0, 0, 4))).json();
        assertThat(corrected.get("state").asString()).isEqualTo("DRAFT");
        assertThat(corrected.get("returnReason").asString()).isEqualTo("Build was on Thursday");
        JsonNode again = member.post("/api/v1/timesheets/" + id + "/submit", act(corrected, null)).json();
        assertThat(again.get("state").asString()).isEqualTo("SUBMITTED");

        // a resource manager approves: hours lock, tasks get actual starts and progress (planned work: duration)
        assertThat(task(project, design).get("percentComplete").asInt()).isZero();
        Api.Response approved = Api.as(port, "resource").post("/api/v1/timesheets/" + id + "/approve",
                act(again, null));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
        JsonNode designed = task(project, design);
        assertThat(designed.get("percentComplete").asInt()).as("16 h of 5 days of 8 h").isEqualTo(40);
        assertThat(designed.get("actualStart").asString()).startsWith(monday.toString());
        JsonNode built = task(project, build);
        assertThat(built.get("percentComplete").asInt()).as("4 h of 10 days of 8 h").isEqualTo(5);
        assertThat(built.get("actualStart").asString()).startsWith(monday.plusDays(3).toString());

        JsonNode locked = approved.json();
        assertThat(member.put("/api/v1/timesheets/week", week(monday, locked.get("version").asLong(),
                line(project, design, 1))).status()).isEqualTo(409);
        assertThat(pm.post("/api/v1/timesheets/" + id + "/return", act(locked, "late")).status()).isEqualTo(409);
        assertThat(pm.post("/api/v1/timesheets/" + id + "/approve", act(locked, null)).status()).isEqualTo(409);
        // saved, submitted, returned, written, submitted, approved: each audited
        assertThat(audit.history("timesheet", id)).hasSize(6);

        // approved hours of the month, for the project's managers, as CSV too
        JsonNode hours = pm.get("/api/v1/timesheets/approved-hours?month=2030-09&projectId=" + project).json();
        assertThat(hours).hasSize(3);
        assertThat(hours.get(0).get("day").asString()).isEqualTo(monday.toString());
        Api.Response csv = pm.get("/api/v1/timesheets/approved-hours.csv?month=2030-09&projectId=" + project);
        assertThat(csv.body()).contains("day,project,task_id,task,person,hours,timesheet")
                .contains(monday.plusDays(3) + ",").contains(",Min-jun Park,4,");
        assertThat(Api.as(port, "exec").get("/api/v1/timesheets/approved-hours?month=2030-09&projectId=" + project)
                .json()).isEmpty();
        assertThat(Api.as(port, "requester").get("/api/v1/timesheets/week").status()).isEqualTo(403);
    }

    @Test
    void aClosedMonthRefusesEveryChangeToSheetsWithHoursInItAndOnlyThePmoClosesMonths() {
        long project = project("Timesheet close");
        long design = tasks(project).get("Design");
        Api member = Api.as(port, "member");
        // the week of Monday 26 January 2032 runs into February
        LocalDate monday = LocalDate.of(2032, 1, 26);
        JsonNode sheet = member.put("/api/v1/timesheets/week", week(monday, null, line(project, design, 8))).json();
        JsonNode submitted = member.post("/api/v1/timesheets/" + sheet.get("id").asLong() + "/submit",
                act(sheet, null)).json();

        assertThat(Api.as(port, "pm").post("/api/v1/timesheet-periods/2032-01/close", "{}").status()).isEqualTo(403);
        assertThat(member.post("/api/v1/timesheet-periods/2032-01/close", "{}").status()).isEqualTo(403);
        Api.Response closed = Api.as(port, "pmo").post("/api/v1/timesheet-periods/2032-01/close", "{}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        List<String> closedMonths = new ArrayList<>();
        closed.json().forEach(period -> closedMonths.add(period.get("month").asString()));
        assertThat(closedMonths).as("the closed months, other tests' among them").contains("2032-01");

        Api.Response refused = Api.as(port, "pm").post("/api/v1/timesheets/" + sheet.get("id").asLong() + "/approve",
                act(submitted, null));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("month").asString()).isEqualTo("2032-01");
        assertThat(Api.as(port, "pm").post("/api/v1/timesheets/" + sheet.get("id").asLong() + "/return",
                act(submitted, "why")).status()).isEqualTo(409);
        // a new sheet with hours in the closed month is refused; hours only in February are not
        LocalDate nextMonday = monday.minusWeeks(1);
        assertThat(member.put("/api/v1/timesheets/week", week(nextMonday, null, line(project, design, 8)))
                .status()).isEqualTo(409);
        Api.Response february = member.put("/api/v1/timesheets/week", week(monday.plusWeeks(1), null,
                line(project, design, 8)));
        assertThat(february.status()).as(february.body()).isEqualTo(200);
        assertThat(member.get("/api/v1/timesheets/week?day=" + monday).json().get("sheet").get("decidable")
                .asBoolean()).isFalse();
    }

    @Test
    void peopleWithoutASubmittedSheetForLastWeekAreRemindedOnce() {
        long project = project("Timesheet reminders");
        long design = tasks(project).get("Design");
        long memberId = ChangeFixtures.personId(people, "member");
        LocalDate submittedWeek = LocalDate.of(2031, 3, 3);
        Api member = Api.as(port, "member");
        JsonNode sheet = member.put("/api/v1/timesheets/week", week(submittedWeek, null, line(project, design, 8)))
                .json();
        member.post("/api/v1/timesheets/" + sheet.get("id").asLong() + "/submit", act(sheet, null));

        reminders.remind(submittedWeek.plusWeeks(1).plusDays(2));
        assertThat(inbox.sent("timesheet.MISSING:" + memberId + ":" + submittedWeek)).isFalse();
        LocalDate missedWeek = submittedWeek.plusWeeks(1);
        int sent = reminders.remind(missedWeek.plusWeeks(1));
        assertThat(sent).isPositive();
        assertThat(inbox.sent("timesheet.MISSING:" + memberId + ":" + missedWeek)).isTrue();
        assertThat(reminders.remind(missedWeek.plusWeeks(1))).as("once per person and week").isZero();
    }

    @Test
    void lastWeeksSheetIsItsPersonsToDoUntilSubmittedAndAReturnedSheetUntilSubmittedAgain() {
        long project = project("Timesheet to-dos");
        long design = tasks(project).get("Design");
        LocalDate week = LocalDate.of(2034, 6, 5);
        LocalDate wednesdayAfter = week.plusWeeks(1).plusDays(2);
        String link = "/timesheets?week=" + week;
        assertThat(toDosOf("member", wednesdayAfter)).as("nothing written for last week")
                .contains("todo.timesheet.submit " + link + " overdue");
        assertThat(toDosOf("member", week.plusDays(2))).as("a week not over yet is no to-do")
                .noneMatch(toDo -> toDo.contains(link));

        Api member = Api.as(port, "member");
        JsonNode sheet = member.put("/api/v1/timesheets/week", week(week, null, line(project, design, 8))).json();
        assertThat(toDosOf("member", wednesdayAfter)).as("a draft is not submitted")
                .contains("todo.timesheet.submit " + link + " overdue");
        sheet = member.post("/api/v1/timesheets/" + sheet.get("id").asLong() + "/submit", act(sheet, null)).json();
        assertThat(toDosOf("member", wednesdayAfter)).noneMatch(toDo -> toDo.contains(link));

        Api.Response returned = Api.as(port, "pm").post("/api/v1/timesheets/" + sheet.get("id").asLong() + "/return",
                act(sheet, "Design took two days, not one"));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(toDosOf("member", wednesdayAfter)).contains("todo.timesheet.returned " + link + " due")
                .noneMatch(toDo -> toDo.startsWith("todo.timesheet.submit " + link));
        assertThat(toDosOf("requester", wednesdayAfter)).isEmpty();
    }

    /** The person's timesheet to-dos as "key link overdue|due". */
    private List<String> toDosOf(String username, LocalDate today) {
        return runAs.call(username, () -> toDos.toDos(currentUser.actor(), today)).stream()
                .map(toDo -> toDo.messageKey() + " " + toDo.link() + (toDo.overdue() ? " overdue" : " due"))
                .toList();
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    @Test
    void approvedHoursAreCostedAtThePersonsRateInForceOnTheDayOncePerTaskAndDay() {
        long project = project("Costed hours");
        long design = tasks(project).get("Design");
        Api manager = Api.as(port, "resource");
        JsonNode registered = memberInThePool();
        long resource = registered.get("id").asLong();
        JsonNode rated = manager.post("/api/v1/resources/" + resource + "/rates", json(Map.of("version",
                registered.get("version").asLong(), "effectiveFrom", "2033-01-01", "amount", 80,
                "currency", "EUR"))).json();
        assertThat(manager.post("/api/v1/resources/" + resource + "/rates", json(Map.of("version",
                rated.get("version").asLong(), "effectiveFrom", "2033-03-02", "amount", 92.5, "currency", "EUR")))
                .status()).isEqualTo(200);

        // Monday 28 February and Wednesday 2 March 2033: the rate changes between them
        LocalDate monday = LocalDate.of(2033, 2, 28);
        Api person = Api.as(port, "member");
        JsonNode sheet = person.put("/api/v1/timesheets/week", week(monday, null,
                line(project, design, 6, 0, 4, 0, 0, 0, 0))).json();
        JsonNode submitted = person.post("/api/v1/timesheets/" + sheet.get("id").asLong() + "/submit",
                act(sheet, null)).json();
        Api.Response approved = Api.as(port, "pm").post("/api/v1/timesheets/" + sheet.get("id").asLong()
                + "/approve", act(submitted, null));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> costs(project).size() == 2);
        List<JsonNode> costs = costs(project);
        assertThat(costs).extracting(cost -> cost.get("postedOn").asString() + " "
                        + cost.get("amount").decimalValue().stripTrailingZeros().toPlainString() + " "
                        + cost.get("category").asString())
                .containsExactlyInAnyOrder("2033-02-28 480 labour-opex", "2033-03-02 370 labour-opex");
    }

    /** The member's person in the pool: the demo's (which links the account), else one registered here. */
    private JsonNode memberInThePool() {
        Api manager = Api.as(port, "resource");
        for (JsonNode kept : manager.get("/api/v1/resources").json()) {
            if ("member".equals(kept.path("username").asString(""))) return kept;
        }
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("kind", "PERSON");
        member.put("name", "Member of the pool");
        member.put("userId", ChangeFixtures.personId(people, "member"));
        member.put("roles", List.of("Developer"));
        Api.Response registering = manager.post("/api/v1/resources", json(member));
        assertThat(registering.status()).as(registering.body()).isEqualTo(201);
        return registering.json();
    }

    @Test
    void hoursWithoutAnExchangeRateAreListedUncostedAndCostedOnceTheRateIsKept() throws Exception {
        long project = project("Hours in francs", "CHF");
        long design = tasks(project).get("Design");
        JsonNode registered = memberInThePool();
        Api.Response rated = Api.as(port, "resource").post("/api/v1/resources/" + registered.get("id").asLong()
                + "/rates", json(Map.of("version", registered.get("version").asLong(), "effectiveFrom", "2035-01-01",
                "amount", 100, "currency", "EUR")));
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        LocalDate monday = LocalDate.of(2035, 3, 5);
        Api person = Api.as(port, "member");
        JsonNode sheet = person.put("/api/v1/timesheets/week", week(monday, null, line(project, design, 5, 3))).json();
        sheet = person.post("/api/v1/timesheets/" + sheet.get("id").asLong() + "/submit", act(sheet, null)).json();
        Api pm = Api.as(port, "pm");
        assertThat(pm.post("/api/v1/timesheets/" + sheet.get("id").asLong() + "/approve", act(sheet, null)).status())
                .isEqualTo(200);

        String uncosted = "/api/v1/finance/uncosted-hours?month=2035-03";
        await().atMost(Duration.ofSeconds(20)).until(() -> pm.get(uncosted).json().size() == 2);
        assertThat(pm.get(uncosted).json()).extracting(row -> row.get("day").asString() + " "
                        + row.get("hours").decimalValue().stripTrailingZeros().toPlainString() + " "
                        + row.get("reason").asString())
                .containsExactly("2035-03-05 5 NO_EXCHANGE_RATE", "2035-03-06 3 NO_EXCHANGE_RATE");
        assertThat(costs(project)).isEmpty();
        assertThat(page("/finance/uncosted-hours?month=2035-03", "pm", Locale.ENGLISH)).contains(
                "id=\"cost-uncosted\"", "No exchange rate from the rate", ">1 Design<");
        assertThat(page("/finance/uncosted-hours?month=2035-03", "pm", Locale.KOREAN)).contains("환율이 없음");
        assertThat(Api.as(port, "member").get(uncosted).json()).as("the member approves no sheet of this project")
                .isEmpty();
        assertThat(Api.as(port, "requester").get(uncosted).status()).isEqualTo(403);
        assertThat(pm.post("/api/v1/finance/uncosted-hours/cost?month=2035-03", "").json()).as("still no rate")
                .hasSize(2);
        assertThat(costs(project)).isEmpty();

        Api.Response kept = Api.as(port, "pmo").post("/api/v1/finance/exchange-rates", json(Map.of("from", "EUR",
                "to", "CHF", "validFrom", "2035-01-01", "rate", 0.95)));
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        assertThat(pm.get(uncosted).json()).extracting(row -> row.get("reason").asString())
                .containsExactly("READY", "READY");
        assertThat(pm.post("/api/v1/finance/uncosted-hours/cost?month=2035-03", "").json()).isEmpty();
        assertThat(costs(project)).extracting(cost -> cost.get("postedOn").asString() + " "
                        + cost.get("amount").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("2035-03-05 475", "2035-03-06 285");
        assertThat(pm.post("/api/v1/finance/uncosted-hours/cost?month=2035-03", "").json()).isEmpty();
        assertThat(costs(project)).as("booked once").hasSize(2);
    }

    private List<JsonNode> costs(long project) {
        Api.Response costs = Api.as(port, "pm").get("/api/v1/projects/" + project + "/actual-costs");
        assertThat(costs.status()).as(costs.body()).isEqualTo(200);
        List<JsonNode> lines = new ArrayList<>();
        costs.json().get("costs").forEach(lines::add);
        return lines;
    }
}
