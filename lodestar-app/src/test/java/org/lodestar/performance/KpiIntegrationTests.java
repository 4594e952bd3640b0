package org.lodestar.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.databind.JsonNode;

/**
 * Every shipped KPI against values computed by hand on a small fixture: records of each module dated in March 2001,
 * a month no other test or demo record falls in, each chosen to sit just inside or just outside what its measure
 * counts. Then custom KPIs, targets and the rights, through the API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiIntegrationTests extends IntegrationTestSupport {

    private static final YearMonth MARCH = YearMonth.of(2001, 3);
    private static final String KPIS = "/api/v1/kpis";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KpiComputation computation;
    @Autowired
    MessageSource messages;

    private final Map<String, Long> projects = new LinkedHashMap<>();
    private final Map<String, String> codes = new LinkedHashMap<>();

    @BeforeAll
    void marchOf2001() {
        long portfolio = jdbc.sql("select min(id) from portfolio").query(Long.class).single();
        long pmo = jdbc.sql("select id from app_user where username = 'pmo'").query(Long.class).single();
        long type = jdbc.sql("select min(id) from request_type").query(Long.class).single();

        // projects closed in March: 2 days early (on time), 14 and 28 days late; one closed in April; one active
        project("KPI1", portfolio, "CLOSED", "2001-03-10", "2001-03-08");
        project("KPI2", portfolio, "CLOSED", "2001-03-01", "2001-03-15");
        project("KPI3", portfolio, "CLOSED", "2001-02-20", "2001-03-20");
        project("KPI5", portfolio, "CLOSED", "2001-04-10", "2001-04-01");
        project("KPI4", portfolio, "ACTIVE", "2001-12-31", null);

        // earned value for March: CPI 0.8, 1.1, 0.8; SPI 0.8, 1.1, 1.0; variance at completion 25 %, -9.09 %, 25 %;
        // KPI4's row has no EV and no PV (nothing sampled); KPI5's is February's
        earnedValue("KPI1", "2001-03-01", "1000", "500", "400", "500", "1250");
        earnedValue("KPI2", "2001-03-01", "2000", "1000", "1100", "1000", "1818.18");
        earnedValue("KPI3", "2001-03-01", "400", "200", "200", "250", "500");
        earnedValue("KPI4", "2001-03-01", "100", "0", null, "0", null);
        earnedValue("KPI5", "2001-02-01", "100", "100", "10", "100", "1000");

        // requests decided in March after 30, 10 and 20 days, two of them approved (one since converted); one
        // decided in April, one still in evaluation
        request("KPI-R1", type, pmo, "APPROVED", "2001-02-01", "2001-03-03");
        request("KPI-R2", type, pmo, "REJECTED", "2001-03-01", "2001-03-11");
        request("KPI-R3", type, pmo, "CONVERTED", "2001-03-05", "2001-03-25");
        request("KPI-R4", type, pmo, "APPROVED", "2001-03-05", "2001-04-02");
        request("KPI-R5", type, pmo, "EVALUATION", "2001-03-05", null);

        // reports due in March: on time, late, on time, never submitted; a correction (revision 2) is not due again
        long kpi4 = projects.get("KPI4");
        report(kpi4, "2001-03-02", 1, false, "2001-03-01");
        report(kpi4, "2001-03-09", 1, true, "2001-03-11");
        report(kpi4, "2001-03-16", 1, false, "2001-03-15");
        report(kpi4, "2001-03-23", 1, false, null);
        report(kpi4, "2001-03-02", 2, false, "2001-03-20");
        report(kpi4, "2001-04-06", 1, false, "2001-04-05");

        // gate reviews: decided in March with every criterion met or not applicable; decided with one unmet;
        // requested only; decided in April
        gate(kpi4, "G1", "2001-03-05", List.of("YES", "NOT_APPLICABLE"));
        gate(kpi4, "G2", "2001-03-20", List.of("YES", "NO"));
        gate(kpi4, "G3", null, List.of());
        gate(kpi4, "G4", "2001-04-01", List.of("YES"));

        // threats open at March's end: 12 reassessed to 6 on the 10th, 9, and 4 (closed only in April);
        // not counted: one closed in March, an opportunity, one raised in April, a reassessment in April
        risk(kpi4, "THREAT", "OPEN", "2001-02-01", null, new int[][] {{3, 4}, {2, 3}}, "2001-02-01", "2001-03-10");
        risk(kpi4, "THREAT", "OPEN", "2001-03-05", null, new int[][] {{3, 3}, {5, 5}}, "2001-03-05", "2001-04-03");
        risk(kpi4, "THREAT", "CLOSED", "2001-03-01", "2001-04-10", new int[][] {{2, 2}}, "2001-03-01");
        risk(kpi4, "THREAT", "CLOSED", "2001-03-01", "2001-03-20", new int[][] {{5, 5}}, "2001-03-01");
        risk(kpi4, "OPPORTUNITY", "OPEN", "2001-03-01", null, new int[][] {{4, 4}}, "2001-03-01");
        risk(kpi4, "THREAT", "OPEN", "2001-04-02", null, new int[][] {{5, 5}}, "2001-04-02");

        // people in the pool by March: 1.0 FTE allocated 0.5 + 0.3, and 0.5 FTE allocated 0.5; not counted: a
        // retired person, one who joined in April, an allocation in April
        long ana = resource("KPI Ana", "1.0", false, "2001-01-01");
        long bo = resource("KPI Bo", "0.5", false, "2001-02-01");
        long cy = resource("KPI Cy", "1.0", true, "2001-01-01");
        long di = resource("KPI Di", "1.0", false, "2001-04-02");
        allocation(ana, projects.get("KPI4"), "0.5");
        allocation(ana, projects.get("KPI1"), "0.3");
        allocation(bo, projects.get("KPI4"), "0.5");
        allocation(cy, projects.get("KPI4"), "1.0");
        allocation(di, projects.get("KPI4"), "1.0");
        jdbc.sql("insert into allocation (project, role, resource, month_start, fte, booking, version, created_at, updated_at) "
                        + "values (:project, 'Developer', :resource, date '2001-04-01', 1.0, 'HARD', 0, :at, :at)")
                .param("project", projects.get("KPI4")).param("resource", ana).param("at", at("2001-01-01")).update();

        // benefits measured by March's end: 40 to 60, latest 50 (half way); 10 to 5, at 9 (a fifth); one measured
        // only in April and one never measured are not counted
        long rising = benefit(kpi4, "40", "2001-01-01", "60", "2002-01-01");
        measured(rising, 0, "2001-02-01", "44");
        measured(rising, 1, "2001-03-15", "50");
        measured(rising, 2, "2001-04-02", "60");
        measured(benefit(kpi4, "10", "2001-01-01", "5", "2002-01-01"), 0, "2001-03-01", "9");
        measured(benefit(kpi4, "1", "2001-01-01", "2", "2002-01-01"), 0, "2001-04-01", "2");
        benefit(kpi4, "1", "2001-01-01", "2", "2002-01-01");

        computation.compute(MARCH, MARCH.atEndOfMonth());
    }

    private long benefit(long project, String baseline, String baselineDate, String target, String targetDate) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into benefit (project, title, benefit_type, measure, baseline_value, baseline_date, "
                        + "target_value, target_date, state, version, created_at, updated_at) values (:project, 'fixture', "
                        + "'EFFICIENCY', 'units', :baseline, :baselineDate, :target, :targetDate, 'HANDED_OVER', 0, :at, :at)")
                .param("project", project).param("baseline", new BigDecimal(baseline))
                .param("baselineDate", LocalDate.parse(baselineDate)).param("target", new BigDecimal(target))
                .param("targetDate", LocalDate.parse(targetDate)).param("at", at(baselineDate)).update(key, "id");
        return key.getKey().longValue();
    }

    private void measured(long benefit, int position, String day, String value) {
        jdbc.sql("insert into benefit_measurement (benefit, position, measured_on, measured) values (:b, :p, :day, :v)")
                .param("b", benefit).param("p", position).param("day", LocalDate.parse(day))
                .param("v", new BigDecimal(value)).update();
    }

    private JsonNode march(Api api, String code) {
        Api.Response response = api.get(KPIS + "/" + code + "/months/2001-03");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> subjects(JsonNode drill, String measure) {
        List<String> labels = new ArrayList<>();
        drill.get("measures").forEach(m -> {
            if (m.get("name").asString().equals(measure)) {
                m.get("samples").forEach(s -> labels.add(s.get("label").asString().split(" ")[0] + "=" + s.get("value").asDouble()));
            }
        });
        return labels;
    }

    @Test
    void everyShippedKpiMatchesItsValueComputedByHand() {
        Api exec = Api.as(port, "exec");
        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("on-time-delivery", 100.0 / 3);           // KPI1 of KPI1, KPI2, KPI3
        expected.put("budget-variance", 25.0);                 // median of 25, -9.09, 25
        expected.put("cpi", 0.8);                              // median of 0.8, 1.1, 0.8
        expected.put("spi", 1.0);                              // median of 0.8, 1.1, 1.0
        expected.put("request-cycle-time", 20.0);              // mean of 30, 10, 20 days
        expected.put("approval-rate", 200.0 / 3);              // R1 and R3 of R1, R2, R3
        expected.put("report-punctuality", 50.0);              // 2 of 4
        expected.put("gate-compliance", 50.0);                 // G1 of G1, G2
        expected.put("risk-exposure", 19.0);                   // 6 + 9 + 4
        expected.put("resource-utilisation", 100 * 1.3 / 1.5); // (0.5 + 0.3 + 0.5) / (1.0 + 0.5)
        expected.put("benefits-realised", 35.0);               // mean of 50 and 20
        expected.forEach((code, value) -> assertThat(march(exec, code).get("value").asDouble())
                .as(code).isCloseTo(value, within(1e-3)));
        Api.Response all = exec.get(KPIS);
        List<String> shipped = new ArrayList<>();
        all.json().forEach(kpi -> {
            if (kpi.get("shipped").asBoolean()) shipped.add(kpi.get("code").asString());
        });
        assertThat(shipped).as("every shipped KPI is checked above").containsExactlyInAnyOrderElementsOf(expected.keySet());

        // the drill-down names what each value was computed from
        JsonNode onTime = march(exec, "on-time-delivery");
        assertThat(onTime.get("asOf").asString()).isEqualTo("2001-03-31");
        assertThat(subjects(onTime, "project_finished")).containsExactly(codes.get("KPI1") + "=-2.0",
                codes.get("KPI2") + "=14.0", codes.get("KPI3") + "=28.0");
        assertThat(subjects(onTime, "project_finished_on_time")).containsExactly(codes.get("KPI1") + "=1.0");
        assertThat(subjects(march(exec, "risk-exposure"), "risk_exposure")).hasSize(3);
        assertThat(subjects(march(exec, "request-cycle-time"), "request_decision_days"))
                .containsExactly("KPI-R1=30.0", "KPI-R2=10.0", "KPI-R3=20.0");
        assertThat(march(exec, "cpi").get("rating").asString()).as("0.8 is below the amber limit 0.85").isEqualTo("RED");
        assertThat(march(exec, "approval-rate").get("rating").isNull()).as("watched, not rated").isTrue();

        // computing the month again replaces it: nothing counted twice
        computation.compute(MARCH, MARCH.atEndOfMonth());
        assertThat(march(exec, "report-punctuality").get("value").asDouble()).isEqualTo(50.0);
        assertThat(subjects(march(exec, "report-punctuality"), "report_due")).hasSize(4);

        // computed as of the 10th, only what had happened by then counts
        computation.compute(MARCH, LocalDate.of(2001, 3, 10));
        assertThat(march(exec, "on-time-delivery").get("value").asDouble()).isEqualTo(100.0);
        assertThat(march(exec, "risk-exposure").get("value").asDouble())
                .as("T1 at 6 by the 10th, T2 at 9, and both threats closed later: 4 and 25").isEqualTo(6 + 9 + 4 + 25.0);
        computation.compute(MARCH, MARCH.atEndOfMonth());
    }

    @Test
    void thePmoDefinesACustomKpiComputedAtOnceForEveryMonthAlreadyComputed() {
        Api pmo = Api.as(port, "pmo");
        String code = "late-reports-" + System.nanoTime() % 100000;
        Map<String, Object> define = new LinkedHashMap<>();
        define.put("code", code);
        define.put("name", "Late reports");
        define.put("formula", "count(report_due) - count(report_on_time)");
        define.put("unit", "COUNT");
        define.put("direction", "LOWER");
        define.put("target", 0);
        define.put("amberLimit", 1);
        assertThat(Api.as(port, "exec").post(KPIS, json(define)).status()).as("executives read KPIs only").isEqualTo(403);
        Api.Response defined = pmo.post(KPIS, json(define));
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        JsonNode march = march(pmo, code);
        assertThat(march.get("value").asDouble()).as("4 due, 2 on time").isEqualTo(2.0);
        assertThat(march.get("rating").asString()).isEqualTo("RED");
        assertThat(pmo.post(KPIS, json(define)).status()).as("its code is taken now").isEqualTo(400);

        // the targets are the PMO's to set, from the version read; the limit lies beyond the target
        long version = defined.json().get("version").asLong();
        Api.Response wrongWay = pmo.put(KPIS + "/" + code + "/targets",
                json(Map.of("target", 2, "amberLimit", 1, "version", version)));
        assertThat(wrongWay.status()).as(wrongWay.body()).isEqualTo(400);
        assertThat(wrongWay.json().get("errors").get(0).get("field").asString()).isEqualTo("amberLimit");
        Api.Response set = pmo.put(KPIS + "/" + code + "/targets",
                json(Map.of("target", 2, "amberLimit", 3, "version", version)));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(march(pmo, code).get("rating").asString()).isEqualTo("GREEN");
        assertThat(pmo.put(KPIS + "/" + code + "/targets", json(Map.of("target", 2, "version", version))).status())
                .as("from a stale version").isEqualTo(409);
        assertThat(Api.as(port, "portfolio").put(KPIS + "/" + code + "/targets",
                json(Map.of("target", 1, "version", version + 1))).status()).isEqualTo(403);
    }

    @Test
    void aFormulaThatDoesNotParseIs400PointingAtThePositionAndNothingIsStored() {
        Api pmo = Api.as(port, "pmo");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("100 * count(reports_late) / count(report_due)", "character 13");   // an unknown measure
        cases.put("count(report_due) +", "character 20");                            // ends too early
        cases.put("avg(cpi)", "character 1");                                        // no such function
        cases.put("1 + median(cpi", "character 5");                                  // never closed
        cases.put("cpi * 2", "character 1");                                         // a measure not aggregated
        cases.forEach((formula, position) -> {
            String code = "broken-" + Math.abs(formula.hashCode());
            Api.Response refused = pmo.post(KPIS, json(Map.of("code", code, "name", "Broken", "formula", formula,
                    "unit", "COUNT", "direction", "NONE")));
            assertThat(refused.status()).as(formula).isEqualTo(400);
            JsonNode error = refused.json().get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo("formula");
            assertThat(error.get("message").asString()).as(formula).contains(position);
            assertThat(pmo.get(KPIS + "/" + code).status()).as("nothing stored").isEqualTo(404);
        });
        assertThat(messages.getMessage("performance.formula.end", new Object[] {20, ""}, Locale.FRENCH))
                .isEqualTo("La formule s'arrête trop tôt, au caractère 20 : il manque un nombre, l'agrégat d'une "
                        + "mesure ou une parenthèse.");
        assertThat(messages.getMessage("performance.formula.unknown", new Object[] {7, "nope"}, Locale.KOREAN))
                .isEqualTo("7번째 문자의 측정값 'nope'은(는) 없습니다.");
    }

    @Test
    void theKpisAreReadByThePmoPortfolioManagersAndExecutivesOnly() {
        for (String reader : List.of("admin", "pmo", "portfolio", "exec")) {
            assertThat(Api.as(port, reader).get(KPIS).status()).as(reader).isEqualTo(200);
        }
        for (String other : List.of("pm", "resource", "member", "requester")) {
            assertThat(Api.as(port, other).get(KPIS).status()).as(other).isEqualTo(403);
            assertThat(Api.as(port, other).get(KPIS + "/cpi").status()).as(other).isEqualTo(403);
        }
        assertThat(Api.as(port, "pmo").get(KPIS + "/no-such-kpi").status()).isEqualTo(404);
        assertThat(Api.as(port, "pmo").get(KPIS + "/cpi/months/1999-01").status()).as("a month never computed")
                .isEqualTo(404);
    }

    /**
     * A project made through the API like any other (so that it has its plan and custom fields for the tests that
     * read every project), then moved to 2001 where the API keeps no dates.
     */
    private void project(String code, long portfolio, String state, String plannedFinish, String actualFinish) {
        Api.Response created = Api.as(port, "pmo").post("/api/v1/projects",
                json(ProjectFixtures.newProject("KPI fixture " + code, portfolio)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        jdbc.sql("update project set state = :state, planned_start = date '2000-06-01', planned_finish = :planned, "
                        + "actual_finish = :actual where id = :id")
                .param("state", state).param("planned", LocalDate.parse(plannedFinish))
                .param("actual", actualFinish == null ? null : LocalDate.parse(actualFinish)).param("id", id).update();
        projects.put(code, id);
        codes.put(code, created.json().get("code").asString());
    }

    private void earnedValue(String project, String period, String bac, String pv, String ev, String ac, String eac) {
        LocalDate first = LocalDate.parse(period);
        jdbc.sql("insert into earned_value_period (project, period, status_date, currency, bac, pv, ev, ac, eac, version, "
                        + "recorded_at, recorded_by) values (:project, :period, :status, 'EUR', :bac, :pv, :ev, :ac, "
                        + ":eac, 0, :at, 'test')")
                .param("project", projects.get(project)).param("period", first)
                .param("status", first.withDayOfMonth(first.lengthOfMonth())).param("bac", new BigDecimal(bac))
                .param("pv", new BigDecimal(pv)).param("ev", ev == null ? null : new BigDecimal(ev))
                .param("ac", new BigDecimal(ac)).param("eac", eac == null ? null : new BigDecimal(eac))
                .param("at", Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"))).update();
    }

    private void request(String code, long type, long requester, String state, String submitted, String decided) {
        jdbc.sql("insert into project_request (code, request_type, title, requester, currency, discount_rate, state, "
                        + "state_since, submitted_at, decision_date, version, created_at, updated_at) values (:code, :type, "
                        + ":title, :requester, 'EUR', 0.08, :state, :at, :submitted, :decided, 0, :at, :at)")
                .param("code", code).param("type", type).param("title", "fixture").param("requester", requester)
                .param("state", state).param("submitted", at(submitted))
                .param("decided", decided == null ? null : LocalDate.parse(decided)).param("at", at(submitted)).update();
    }

    private void report(long project, String periodEnd, int revision, boolean late, String submitted) {
        jdbc.sql("insert into status_report (project, period_end, revision, state, superseded, late, submitted_at, "
                        + "version, created_at, updated_at) values (:project, :end, :revision, :state, false, :late, "
                        + ":submitted, 0, :at, :at)")
                .param("project", project).param("end", LocalDate.parse(periodEnd)).param("revision", revision)
                .param("state", submitted == null ? "DRAFT" : "PUBLISHED").param("late", late)
                .param("submitted", submitted == null ? null : at(submitted)).param("at", at("2001-02-01")).update();
    }

    private void gate(long project, String code, String decided, List<String> answers) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        long pmo = jdbc.sql("select id from app_user where username = 'pmo'").query(Long.class).single();
        jdbc.sql("insert into gate_review (project, phase_position, gate_code, state, requested_by, requested_at, "
                        + "decision, decided_by, decided_at, version, created_at, updated_at) values (:project, 1, :code, "
                        + ":state, :by, :at, :decision, :decidedBy, :decided, 0, :at, :at)")
                .param("project", project).param("code", code).param("state", decided == null ? "REQUESTED" : "DECIDED")
                .param("by", pmo).param("at", at("2001-03-01"))
                .param("decision", decided == null ? null : "GO").param("decidedBy", decided == null ? null : pmo)
                .param("decided", decided == null ? null : at(decided)).update(key, "id");
        for (int i = 0; i < answers.size(); i++) {
            jdbc.sql("insert into gate_review_answer (gate_review, item_key, answer) values (:gate, :item, :answer)")
                    .param("gate", key.getKey().longValue()).param("item", "item" + i).param("answer", answers.get(i))
                    .update();
        }
    }

    private void risk(long project, String kind, String state, String raised, String closed, int[][] scores,
                      String... assessed) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int[] last = scores[scores.length - 1];
        jdbc.sql("insert into risk (project, kind, title, category, probability, impact, score, state, version, "
                        + "created_at, updated_at) values (:project, :kind, :title, 'TECHNICAL', :p, :i, :score, :state, 0, "
                        + ":raised, :updated)")
                .param("project", project).param("kind", kind).param("title", "fixture risk raised " + raised)
                .param("p", last[0]).param("i", last[1]).param("score", last[0] * last[1]).param("state", state)
                .param("raised", at(raised)).param("updated", at(closed == null ? assessed[assessed.length - 1] : closed))
                .update(key, "id");
        for (int i = 0; i < scores.length; i++) {
            jdbc.sql("insert into risk_assessment (risk, position, probability, impact, score, assessed_at) "
                            + "values (:risk, :position, :p, :i, :score, :at)")
                    .param("risk", key.getKey().longValue()).param("position", i).param("p", scores[i][0])
                    .param("i", scores[i][1]).param("score", scores[i][0] * scores[i][1]).param("at", at(assessed[i]))
                    .update();
        }
    }

    private long resource(String name, String fte, boolean retired, String joined) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into resource (kind, name, hours_per_day, fte, retired, version, created_at, updated_at) "
                        + "values ('PERSON', :name, 8, :fte, :retired, 0, :at, :at)")
                .param("name", name).param("fte", new BigDecimal(fte)).param("retired", retired).param("at", at(joined))
                .update(key, "id");
        return key.getKey().longValue();
    }

    private void allocation(long resource, long project, String fte) {
        jdbc.sql("insert into allocation (project, role, resource, month_start, fte, booking, version, created_at, updated_at) "
                        + "values (:project, 'Developer', :resource, date '2001-03-01', :fte, 'SOFT', 0, :at, :at)")
                .param("project", project).param("resource", resource).param("fte", new BigDecimal(fte))
                .param("at", at("2001-01-01")).update();
    }

    /** Noon UTC of the day, so that the day is the same in any zone the server runs in. */
    private static Timestamp at(String day) {
        return Timestamp.from(Instant.parse(day + "T12:00:00Z"));
    }
}
