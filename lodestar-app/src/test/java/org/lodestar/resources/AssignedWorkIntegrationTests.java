package org.lodestar.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lodestar.change.ChangeFixtures;
import org.lodestar.planning.AssignedWork;
import org.lodestar.platform.People;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Task assignments in the person × week view (issue 14): planning's {@link AssignedWork} (the task calendar's
 * working days × units, period edges, complete tasks, remaining work of a task in progress), and the view's rule that
 * a project's assignments replace its allocation for the week, with the basis that made a cell over.
 */
class AssignedWorkIntegrationTests extends PageTestSupport {

    /** Weeks far enough ahead that "today" never falls in them; June 2029 has no common holiday. */
    private static final LocalDate WEEK_1 = LocalDate.parse("2029-06-04");
    private static final LocalDate WEEK_2 = WEEK_1.plusWeeks(1);
    private static final LocalDate WEEK_3 = WEEK_1.plusWeeks(2);

    @Autowired
    People people;

    @Autowired
    AssignedWork assignedWork;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response.json();
    }

    private long person(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "PERSON");
        body.put("name", name + " " + tag);
        body.put("roles", List.of("Planner " + tag));
        body.put("fte", 1);
        return ok(Api.as(port, "resource").post("/api/v1/resources", json(body))).get("id").asLong();
    }

    private static Map<String, Object> task(String name, String duration, String percentComplete) {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("key", name);
        task.put("name", name);
        task.put("duration", duration);
        if (percentComplete != null) task.put("percentComplete", percentComplete);
        return task;
    }

    /** A plan starting on {@code start} with these tasks, in parallel; answers the plan. */
    private JsonNode plan(long project, LocalDate start, List<Map<String, Object>> tasks) {
        return ok(Api.as(port, "pmo").put("/api/v1/projects/" + project + "/plan",
                json(Map.of("start", start.toString(), "tasks", tasks))));
    }

    private long taskId(JsonNode plan, String name) {
        for (JsonNode task : plan.get("tasks")) if (task.get("name").asString().equals(name)) return task.get("id").asLong();
        throw new AssertionError("no task " + name);
    }

    private void assign(long project, long task, long resource, int units) {
        ok(Api.as(port, "pmo").post("/api/v1/projects/" + project + "/plan/tasks/" + task + "/assignments",
                json(Map.of("resource", resource, "units", units))));
    }

    private void allocate(long project, long person, String month, String fte) {
        ok(Api.as(port, "resource").post("/api/v1/projects/" + project + "/allocations",
                json(Map.of("role", "Planner " + tag, "resourceId", person, "month", month, "fte", fte))));
    }

    private static double hours(List<AssignedWork.Load> loads, long task) {
        return loads.stream().filter(l -> l.task() == task).mapToDouble(AssignedWork.Load::hours).sum();
    }

    private JsonNode cells(long person, LocalDate from, LocalDate to) {
        JsonNode weeks = ok(Api.as(port, "pm").get("/api/v1/capacity/people?from=" + from + "&to=" + to));
        for (JsonNode row : weeks.get("rows")) if (row.get("resourceId").asLong() == person) return row.get("cells");
        throw new AssertionError("no row for " + person);
    }

    @Test
    void assignmentsLoadTheirRemainingWorkOnTheTaskCalendarAndReplaceTheProjectsAllocationForTheWeek() throws Exception {
        long ivy = person("Ivy");
        long jon = person("Jon");
        long main = ChangeFixtures.project(port, people, "Assigned main " + tag, false);
        long parallel = ChangeFixtures.project(port, people, "Assigned parallel " + tag, false);
        long ongoing = ChangeFixtures.project(port, people, "Assigned ongoing " + tag, false);

        // main: Analyse, two weeks at 50 % (20 h a week, 40 h in all), and a complete task that loads nothing
        JsonNode mainPlan = plan(main, WEEK_1, List.of(task("Analyse", "10d", null), task("Closed", "5d", "100")));
        long analyse = taskId(mainPlan, "Analyse");
        long closed = taskId(mainPlan, "Closed");
        assign(main, analyse, ivy, 50);
        assign(main, closed, ivy, 100);
        allocate(main, ivy, "2029-06", "0.5");   // 20 h a week, all month
        // parallel: a week at 100 % in the third week, where main has only its allocation
        JsonNode parallelPlan = plan(parallel, WEEK_3, List.of(task("Parallel", "5d", null)));
        long parallelTask = taskId(parallelPlan, "Parallel");
        assign(parallel, parallelTask, ivy, 100);
        // ongoing: three weeks from last week, half done: 120 h of work, 60 h remain, none of it before today
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonNode ongoingPlan = plan(ongoing, today.with(DayOfWeek.MONDAY).minusWeeks(1),
                List.of(task("Ongoing", "15d", "50")));
        long ongoingTask = taskId(ongoingPlan, "Ongoing");
        assign(ongoing, ongoingTask, jon, 100);

        // the calendar: 4 h on each working day of Analyse, nothing at the weekend; period edges cut the days
        List<AssignedWork.Load> loads = assignedWork.loads(WEEK_1, WEEK_3.plusDays(6), null, null);
        assertThat(hours(loads, analyse)).isCloseTo(40.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(loads).filteredOn(l -> l.task() == analyse).allSatisfy(l -> {
            assertThat(l.day().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(l.hours()).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.01));
            assertThat(l.resource()).isEqualTo(ivy);
            assertThat(l.project()).isEqualTo(main);
        });
        assertThat(hours(loads, closed)).as("a complete task loads nothing").isZero();
        List<AssignedWork.Load> twoDays = assignedWork.loads(WEEK_1.plusDays(2), WEEK_1.plusDays(3), null, null);
        assertThat(hours(twoDays, analyse)).isCloseTo(8.0, org.assertj.core.data.Offset.offset(0.01));
        // remaining work: half of 15 days at 8 h, from today on
        List<AssignedWork.Load> ahead = assignedWork.loads(today.minusWeeks(3), today.plusWeeks(8), null, null);
        assertThat(hours(ahead, ongoingTask)).isCloseTo(60.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ahead).filteredOn(l -> l.task() == ongoingTask).allSatisfy(l -> assertThat(l.day()).isAfterOrEqualTo(today));
        // a portfolio filter leaves out other portfolios' plans
        long mainPortfolio = ok(Api.as(port, "pmo").get("/api/v1/projects/" + main)).get("portfolio").get("id").asLong();
        assertThat(assignedWork.loads(WEEK_1, WEEK_3.plusDays(6), mainPortfolio, null))
                .extracting(AssignedWork.Load::project).containsOnly(main);

        // person × week: assignments replace main's allocation where they exist, else the allocation counts
        JsonNode cells = cells(ivy, WEEK_1, WEEK_3);
        JsonNode first = cells.get(0);
        assertThat(first.get("capacityHours").decimalValue()).isEqualByComparingTo("40");
        assertThat(first.get("allocatedHours").decimalValue()).isEqualByComparingTo("20");
        assertThat(first.get("assignedHours").decimalValue()).isEqualByComparingTo("20");
        assertThat(first.get("demandHours").decimalValue()).as("not 40: the plan replaces the allocation")
                .isEqualByComparingTo("20");
        assertThat(first.get("basis").asString()).isEqualTo("ASSIGNED");
        assertThat(first.get("overAllocated").asBoolean()).isFalse();
        JsonNode third = cells.get(2);
        assertThat(third.get("allocatedHours").decimalValue()).isEqualByComparingTo("20");
        assertThat(third.get("assignedHours").decimalValue()).isEqualByComparingTo("40");
        assertThat(third.get("demandHours").decimalValue()).isEqualByComparingTo("60");
        assertThat(third.get("basis").asString()).isEqualTo("BOTH");
        assertThat(third.get("overAllocated").asBoolean()).isTrue();
        assertThat(third.get("utilisation").asInt()).isEqualTo(150);
        // a week of allocation alone, as before assignments counted
        JsonNode fourth = cells(ivy, WEEK_3.plusWeeks(1), WEEK_3.plusWeeks(1)).get(0);
        assertThat(fourth.get("demandHours").decimalValue()).isEqualByComparingTo("20");
        assertThat(fourth.get("basis").asString()).isEqualTo("ALLOCATED");

        // the page names the basis that made the cell over, in the reader's language
        String page = page("/resources/people?from=" + WEEK_3 + "&to=" + WEEK_3, "pm", Locale.ENGLISH);
        assertThat(page).contains("Over: allocated and assigned 60 h / 40 h").contains("Allocated 20 h, assigned to tasks 40 h");
        assertThat(page("/resources/people?from=" + WEEK_3 + "&to=" + WEEK_3, "pm", Locale.FRENCH))
                .contains("Surcharge : alloué et tâches affectées 60 h / 40 h");
    }
}
