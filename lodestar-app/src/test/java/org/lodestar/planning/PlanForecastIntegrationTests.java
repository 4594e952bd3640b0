package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lodestar.cli.ImportCommand;
import org.lodestar.engine.schedule.TimeAxis;
import org.lodestar.engine.schedule.WorkCalendar;
import org.lodestar.planning.internal.BaselineStore;
import org.lodestar.planning.internal.PlanForecastStore;
import org.lodestar.planning.internal.PlanStore;
import org.lodestar.platform.RunAs;
import org.lodestar.status.HealthIndicatorSource.Input;
import org.lodestar.status.HealthIndicatorSource.Measurement;
import org.lodestar.status.MilestoneLine;
import org.lodestar.status.ProjectMilestones.ProjectMilestone;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The forecast planning stores for computed health and the dashboard (issue 10) follows every writer of a plan:
 * after each, the stored row equals the forecast of the plan scheduled afresh, and the indicators and the
 * dashboard's milestones read from it give what the former code, which scheduled each plan at every read, gave.
 */
class PlanForecastIntegrationTests extends PageTestSupport {

    @Autowired
    PlanForecastStore stored;
    @Autowired
    PlanForecasts forecasts;
    @Autowired
    PlanStore plans;
    @Autowired
    BaselineStore baselines;
    @Autowired
    ProjectPlans projectPlans;
    @Autowired
    FinishSlippageIndicator slippage;
    @Autowired
    OverdueMilestonesIndicator overdue;
    @Autowired
    PlanMilestones milestones;
    @Autowired
    ActualWork actualWork;
    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    RunAs runAs;

    Api pmo;
    long project;
    String plan;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void aProjectWithAPlanBegunThreeMonthsAgo() {
        pmo = Api.as(port, "pmo");
        project = pmo.post("/api/v1/projects", json(newProject("Forecast kept", 1))).json().get("id").asLong();
        plan = "/api/v1/projects/" + project + "/plan";
        Map<String, Object> body = new java.util.LinkedHashMap<>(PlanFixtures.smallPlan());
        body.put("start", today.minusDays(90).toString());
        assertThat(pmo.put(plan, json(body)).status()).isEqualTo(200);
    }

    @Test
    void aNewProjectsEmptyPlanHasAForecastWithoutDates() {
        long empty = pmo.post("/api/v1/projects", json(newProject("Forecast empty", 1))).json().get("id").asLong();
        await().atMost(Duration.ofSeconds(60)).until(() -> stored.find(empty).isPresent());

        PlanForecastStore.Forecast forecast = stored.find(empty).orElseThrow();
        assertThat(forecast.finish()).isNull();
        assertThat(forecast.milestones()).isEmpty();
        assertThat(stored.stale()).doesNotContain(empty, project);
    }

    @Test
    void theStoredForecastFollowsEditsBaselinesActualWorkAndCalendarChanges() {
        assertFollows("the replaced plan");
        assertThat(stored.find(project).orElseThrow().milestones()).extracting(PlanForecastStore.Milestone::name)
                .containsExactly("Go-live");

        assertThat(pmo.put("/api/v1/projects/" + project + "/baselines/0", "{\"name\":\"Approved\"}").status())
                .isEqualTo(200);
        assertFollows("a baseline saved");
        assertThat(stored.find(project).orElseThrow().slippageDays()).isNotNull().isZero();

        long design = task("Design");
        assertThat(pmo.send("PATCH", plan + "/tasks/" + design, "{\"duration\":\"12d\"}").status()).isEqualTo(200);
        assertFollows("a task edited");
        assertThat(stored.find(project).orElseThrow().slippageDays().doubleValue()).isEqualTo(7.0);

        long code = task("Code");
        runAs.call("pmo", () -> new TransactionTemplate(transactions).execute(status -> {
            actualWork.record(project, List.of(new ActualWork.TaskActuals(code, today.minusDays(80), 60L * 60)));
            return null;
        }));
        assertFollows("actual work from an approved timesheet");

        long calendar = pmo.post("/api/v1/calendars", ("{\"name\":\"Four days\",\"projectId\":%d,\"week\":%s}")
                .formatted(project, week("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")))
                .json().get("id").asLong();
        assertThat(pmo.send("PATCH", plan, "{\"calendarId\":" + calendar + "}").status()).isEqualTo(200);
        assertFollows("the plan's calendar chosen");
        var before = stored.find(project).orElseThrow().finish();
        assertThat(pmo.put("/api/v1/calendars/" + calendar, ("{\"version\":0,\"name\":\"Four days\",\"week\":%s}")
                .formatted(week("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"))).status()).isEqualTo(200);
        assertFollows("its calendar changed");
        assertThat(stored.find(project).orElseThrow().finish()).as("fewer working days finish later").isAfter(before);

        assertThat(pmo.delete("/api/v1/projects/" + project + "/baselines/0").status()).isEqualTo(204);
        assertFollows("the baseline deleted");
        assertThat(stored.find(project).orElseThrow().slippageDays()).isNull();
    }

    @Test
    void anImportedPlanHasItsForecastStored() {
        String code = pmo.get("/api/v1/projects/" + project).json().get("code").asString();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        int imported = ImportCommand.run(context, dataset("legacy__sample.xml"), code, "pmo", null, true, false,
                quiet, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(imported).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(pmo.get(plan).json().get("tasks").size()).isGreaterThan(5);
        assertFollows("an imported file");
    }

    @Test
    void theIndicatorsAndDueMilestonesReadFromTheStoreAgreeWithAFreshSchedule() {
        pmo.put("/api/v1/projects/" + project + "/baselines/0", "{\"name\":\"Approved\"}");
        assertThat(pmo.send("PATCH", plan + "/tasks/" + task("Test"), "{\"duration\":\"9d\"}").status())
                .isEqualTo(200);
        ScheduledPlan fresh = projectPlans.schedule(plans.load(project).orElseThrow());

        List<Measurement> slipped = slippage.measure(Set.of(project), today);
        List<Measurement> late = overdue.measure(Set.of(project), today);

        assertThat(slipped).containsExactlyElementsOf(formerSlippage(fresh));
        assertThat(slipped.get(0).value()).isEqualTo(5.0);
        assertThat(late).containsExactlyElementsOf(formerOverdue(fresh));
        assertThat(late.get(0).value()).as("Go-live, scheduled weeks ago, is overdue").isEqualTo(1.0);
        LocalDate from = today.minusDays(100);
        assertThat(milestones.due(Set.of(project), from, today)).containsExactlyElementsOf(formerDue(fresh, from, today))
                .hasSize(1);
        assertThat(milestones.due(Set.of(project), today, today.plusDays(30))).isEmpty();
    }

    @Test
    void theUpcomingMilestonesReadFromTheStoreAgreeWithAFreshSchedule() {
        // Go-live, scheduled weeks ago, is overdue; a deadline before its date makes it late too
        assertThat(pmo.send("PATCH", plan + "/tasks/" + task("Go-live"),
                "{\"deadline\":\"" + today.minusDays(85) + "\"}").status()).isEqualTo(200);
        ScheduledPlan fresh = projectPlans.schedule(plans.load(project).orElseThrow());
        var registered = pmo.get("/api/v1/projects/" + project).json();
        int days = 400;
        LocalDateTime horizon = today.plusDays(days + 1L).atStartOfDay();

        List<MilestoneView> upcoming = runAs.call("pmo", () -> projectPlans.upcomingMilestones(null, days)).stream()
                .filter(milestone -> milestone.projectId() == project).toList();

        List<MilestoneView> former = projectPlans.milestones(project, registered.get("code").asString(),
                registered.get("name").asString(), fresh).stream()
                .filter(milestone -> !milestone.complete() && (milestone.overdue() || milestone.date().isBefore(horizon)))
                .toList();
        assertThat(upcoming).containsExactlyElementsOf(former).hasSize(1);
        MilestoneView goLive = upcoming.get(0);
        assertThat(goLive.overdue()).isTrue();
        assertThat(goLive.late()).isTrue();
        assertThat(goLive.critical()).isTrue();
        // and it is the store that is read: a stored milestone renamed behind the plan's back is listed so
        jdbc().sql("update plan_milestone_forecast set name = 'Renamed in the store' where project = :project")
                .param("project", project).update();
        assertThat(runAs.call("pmo", () -> projectPlans.upcomingMilestones(null, days)))
                .anyMatch(milestone -> milestone.name().equals("Renamed in the store"));
    }

    private org.springframework.jdbc.core.simple.JdbcClient jdbc() {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
    }

    /** The stored forecast is the plan's forecast scheduled afresh, of the plan's current version. */
    private void assertFollows(String writer) {
        PlanForecastStore.Forecast expected = runAs.call("pmo",
                () -> forecasts.of(projectPlans.schedule(plans.load(project).orElseThrow())));
        assertThat(stored.find(project)).as(writer).contains(expected);
        assertThat(stored.stale()).as(writer).doesNotContain(project);
    }

    private long task(String name) {
        for (var task : pmo.get(plan).json().get("tasks")) {
            if (task.get("name").asString().equals(name)) return task.get("id").asLong();
        }
        throw new AssertionError("no task " + name);
    }

    private static String week(String... days) {
        List<String> week = new ArrayList<>();
        for (String day : days) {
            week.add("{\"day\":\"" + day + "\",\"hours\":[{\"from\":\"08:00\",\"to\":\"12:00\"},"
                    + "{\"from\":\"13:00\",\"to\":\"17:00\"}]}");
        }
        return "[" + String.join(",", week) + "]";
    }

    private static Path dataset(String name) {
        String configured = System.getenv("LODESTAR_INTERCHANGE_DATASETS");
        return Path.of(configured != null ? configured : "/work/shared/datasets/msproject_primavera").resolve(name);
    }

    // The former readers, which scheduled every plan at each read: the oracle the stored forecast must agree with.

    private List<Measurement> formerSlippage(ScheduledPlan scheduled) {
        Optional<BaselineStore.Header> baseline = baselines.list(project).stream()
                .min(Comparator.comparingInt(BaselineStore.Header::number));
        int baselineFinish = baselines.values(project, baseline.orElseThrow().number()).values().stream()
                .mapToInt(value -> TimeAxis.minute(value.finish())).max().orElse(TimeAxis.NONE);
        int finish = scheduled.schedule.projectFinish();
        WorkCalendar calendar = scheduled.plan.projectCalendar();
        double days = calendar.workingMinutesBetween(baselineFinish, finish) / (double) calendar.minutesPerDay();
        return List.of(new Measurement(project, FinishSlippageIndicator.KEY, Math.max(0, Math.round(days * 10) / 10.0),
                List.of(new Input("baseline", baseline.get().number() + " " + baseline.get().name()),
                        new Input("baselineFinish", TimeAxis.dateTime(baselineFinish).toLocalDate().toString()),
                        new Input("forecastFinish", TimeAxis.dateTime(finish).toLocalDate().toString()))));
    }

    private List<Measurement> formerOverdue(ScheduledPlan scheduled) {
        List<MilestoneView> all = projectPlans.milestones(project, "", "", scheduled);
        List<MilestoneView> late = all.stream().filter(MilestoneView::overdue).toList();
        return List.of(new Measurement(project, OverdueMilestonesIndicator.KEY, late.size(), List.of(
                new Input("milestones", Integer.toString(all.size())),
                new Input("overdue", late.isEmpty() ? "-" : String.join(", ", late.stream().limit(3)
                        .map(milestone -> milestone.name() + " " + milestone.date().toLocalDate()).toList())))));
    }

    private List<ProjectMilestone> formerDue(ScheduledPlan scheduled, LocalDate from, LocalDate to) {
        List<ProjectMilestone> due = new ArrayList<>();
        // promised: the milestone's date in the baseline saved last, else its deadline (the status report's rule)
        Map<Long, BaselineStore.Values> current = baselines.list(project).stream()
                .max(Comparator.comparing(BaselineStore.Header::savedAt).thenComparing(BaselineStore.Header::number))
                .map(header -> baselines.values(project, header.number())).orElse(Map.of());
        for (MilestoneView milestone : projectPlans.milestones(project, "", "", scheduled)) {
            LocalDate date = milestone.date().toLocalDate();
            if (!milestone.complete() && !date.isBefore(from) && !date.isAfter(to)) {
                BaselineStore.Values promised = current.get(milestone.taskId());
                due.add(new ProjectMilestone(project, new MilestoneLine(milestone.name(),
                        promised != null ? promised.finish().toLocalDate() : milestone.deadline(), date,
                        milestone.complete())));
            }
        }
        return due;
    }
}
