package org.lodestar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.status.StatusFixtures;
import org.lodestar.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * The records the authorisation matrix calls endpoints on, built through the API as the PMO (and the requesters
 * for their requests), never taken from the demo organisation's ids. "Own" records belong to the demo roles: a
 * project in the portfolio {@code portfolio} manages, managed by {@code pm}, with {@code member} as an editing
 * member and {@code resource} as a reading one, and a draft request of {@code requester}. "Foreign" ones belong to
 * other people: a project in another portfolio with another manager and team, and a submitted request of another
 * requester.
 */
final class MatrixFixtures {

    /** A value for a path variable on the own and the foreign record; {@code foreign} is null for shared records. */
    record Value(String own, String foreign) {

        static Value shared(Object value) {
            return new Value(String.valueOf(value), null);
        }

        static Value of(Object own, Object foreign) {
            return new Value(String.valueOf(own), String.valueOf(foreign));
        }

        boolean distinguishes() {
            return foreign != null;
        }

        String in(AuthorisationMatrix.Context context) {
            return context == AuthorisationMatrix.Context.FOREIGN && foreign != null ? foreign : own;
        }
    }

    /** Path variables by their name, and {@code id} by the collection segment before it. */
    final Map<String, Value> byName = new LinkedHashMap<>();
    final Map<String, Value> byCollection = new LinkedHashMap<>();
    long scenario;
    /** A programme without projects, to filter the dashboard and steering pack down to nothing. */
    long emptyProgramme;
    long requestType;
    private long ownRequest;
    private long foreignRequest;
    private long ownProject;
    private long foreignProject;

    private final int port;
    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final Api pmo;
    private final Api requester;
    private final Set<String> spent = new HashSet<>();

    private MatrixFixtures(int port) {
        this.port = port;
        // a token is checked with one hash, where HTTP Basic checks a slow password hash on every call
        this.pmo = signedIn("pmo");
        this.requester = signedIn("requester");
    }

    private Api signedIn(String username) {
        String secret = created(Api.as(port, username).post("/api/v1/tokens",
                "{\"name\": \"Matrix fixtures " + tag + "\"}")).get("secret").asString();
        return Api.bearer(port, secret);
    }

    static MatrixFixtures build(int port) {
        MatrixFixtures fixtures = new MatrixFixtures(port);
        fixtures.create();
        return fixtures;
    }

    private void create() {
        Map<String, Long> people = people();
        long ownPortfolio = portfolio(true);
        long foreignPortfolio = portfolio(false);
        Value portfolios = Value.of(ownPortfolio, foreignPortfolio);
        byCollection.put("portfolios", portfolios);
        emptyProgramme = programme(ownPortfolio, people.get("pm"));
        byCollection.put("programmes", Value.of(emptyProgramme, programme(foreignPortfolio, people.get("lbernard"))));

        long own = project("Matrix own " + tag, ownPortfolio, people.get("pm"),
                Map.of(people.get("member"), true, people.get("resource"), false));
        long foreign = project("Matrix foreign " + tag, foreignPortfolio, people.get("lbernard"),
                Map.of(people.get("olarsen"), true));
        ownProject = own;
        foreignProject = foreign;
        Value projects = Value.of(own, foreign);
        byCollection.put("projects", projects);
        byName.put("projectId", projects);
        byName.put("personId", Value.of(people.get("member"), people.get("olarsen")));
        // procurement (issue 17): a drafted contract on each project
        long supplier = pmo.post("/api/v1/finance/suppliers", "{\"name\":\"Matrix supplier " + tag + "\"}").json()
                .get("id").asLong();
        byName.put("contractId", Value.of(contract(own, supplier), contract(foreign, supplier)));
        // resources (issue 14): a generic role of the pool
        long role = pmo.post("/api/v1/resources", "{\"kind\":\"ROLE\",\"name\":\"Matrix role " + tag + "\"}").json()
                .get("id").asLong();
        byCollection.put("resources", Value.shared(role));
        String allocation = "{\"role\":\"Matrix role " + tag + "\",\"month\":\"2026-03\",\"fte\":1}";
        byCollection.put("allocations", Value.of(
                pmo.post("/api/v1/projects/" + own + "/allocations", allocation).json().get("id").asLong(),
                pmo.post("/api/v1/projects/" + foreign + "/allocations", allocation).json().get("id").asLong()));

        JsonNode ownPlan = plan(own);
        JsonNode foreignPlan = plan(foreign);
        byName.put("taskId", Value.of(lastTask(ownPlan), lastTask(foreignPlan)));
        byName.put("assignmentId", Value.of(assignment(own, lastTask(ownPlan), role),
                assignment(foreign, lastTask(foreignPlan), role)));
        byName.put("dependencyId", Value.of(firstLink(ownPlan), firstLink(foreignPlan)));
        byName.put("move", Value.shared("indent"));
        baseline(own);
        baseline(foreign);
        byName.put("number", Value.shared(1));
        // interchange (issue 13): a preview no one made, so that an allowed confirmation is 410, never a write
        byName.put("previewId", Value.shared("matrix-preview"));
        byCollection.put("calendars", Value.of(calendar(own), calendar(foreign)));

        Value reports = Value.of(report(own), report(foreign));
        byCollection.put("status-reports", reports);
        byCollection.put("reports", reports);
        byCollection.put("cycles", Value.shared(first(pmo.get("/api/v1/status/cycles"), "id")));
        byName.put("indicator", Value.shared(first(pmo.get("/api/v1/status/thresholds"), "indicator")));
        byCollection.put("notifications", Value.shared(pmoNotice(foreignPortfolio, people.get("lbernard"))));
        byName.put("act", Value.shared("activate"));

        requests(people);
        long model = scoringModel();
        byCollection.put("scoring-models", Value.shared(model));
        byCollection.put("scoring", Value.shared(model));
        scenario = scenario(model);
        byCollection.put("scenarios", Value.shared(scenario));
        requestType = Long.parseLong(first(pmo.get("/api/v1/request-types"), "id"));
        byCollection.put("request-types", Value.shared(requestType));

        // the page and the API each delete one of their own: a deleted field or revoked token stays gone
        byCollection.put("custom-fields", Value.shared(customField("api")));
        byCollection.put("page custom-fields", Value.shared(customField("page")));
        byCollection.put("users", Value.shared(people.get("olarsen")));
        byCollection.put("tokens", Value.shared(token()));
        byCollection.put("page tokens", Value.shared(token()));
        byName.put("index", Value.shared(0));
        long lifecycle = Long.parseLong(first(pmo.get("/api/v1/lifecycles"), "id"));
        byCollection.put("lifecycles", Value.shared(lifecycle));
        byCollection.put("methodology", Value.shared(lifecycle));
        byCollection.put("stakeholders", Value.of(stakeholder(ownProject), stakeholder(foreignProject)));
        byCollection.put("knowledge", Value.shared(created(pmo.post("/api/v1/knowledge", """
                {"title": "Matrix guidance %s", "body": "How gates work"}""".formatted(tag))).get("id").asLong()));
        byCollection.put("risks", Value.of(risk(ownProject), risk(foreignProject)));
        byCollection.put("issues", Value.of(issue(ownProject), issue(foreignProject)));
        byCollection.put("assumptions", Value.of(raidRecord(ownProject, "assumptions", "{\"title\": \"Matrix assumption\"}"),
                raidRecord(foreignProject, "assumptions", "{\"title\": \"Matrix assumption\"}")));
        String decision = "{\"title\": \"Matrix decision\", \"decidedOn\": \"2026-02-02\", \"chosen\": \"A\"}";
        byCollection.put("decisions", Value.of(raidRecord(ownProject, "decisions", decision),
                raidRecord(foreignProject, "decisions", decision)));
        steering(ownPortfolio, foreignPortfolio, people);
        byCollection.put("change-requests", Value.of(changeRequest(ownProject), changeRequest(foreignProject)));
        byCollection.put("quality-reviews", Value.of(qualityReview(ownProject), qualityReview(foreignProject)));
        // timesheets (issue 14): member's submitted sheet with hours on the own project; a far month to close
        byCollection.put("timesheets", Value.shared(timesheet(ownProject)));
        byName.put("month", Value.shared("2035-12"));
        // a saved column mapping of the PMO's: its own to delete, not found for everyone else
        byCollection.put("cost-file-mappings", Value.shared(created(pmo.post("/api/v1/finance/cost-file-mappings", """
                {"name": "Matrix %s", "date": "Posted", "amount": "Amount", "category": "Category",
                 "reference": "Voucher"}""".formatted(tag))).get("id").asLong()));
        // a draft maturity assessment of the PMO (issue 18): the API's and the pages' {id}
        long assessment = created(pmo.post("/api/v1/pmo/maturity/assessments", """
                {"subject": "PMO"}""")).get("id").asLong();
        byCollection.put("assessments", Value.shared(assessment));
        byCollection.put("maturity", Value.shared(assessment));
        // the resource manager mentoring the PMO's project manager `pm`: read by the pair and the PMO only
        long mentoring = created(pmo.post("/api/v1/pmo/mentorings", """
                {"mentorId": %d, "menteeId": %d}""".formatted(people.get("resource"), people.get("pm")))).get("id").asLong();
        byCollection.put("mentorings", Value.shared(mentoring));
        byCollection.put("coaching", Value.shared(mentoring));
        // pm's competency self-assessment (issue 18): read by pm, pm's mentor (resource, above) and the PMO
        StringBuilder ratings = new StringBuilder();
        for (org.lodestar.pmo.Competency c : org.lodestar.pmo.Competency.values()) {
            ratings.append(ratings.isEmpty() ? "" : ", ").append('"').append(c.name()).append("\": 2");
        }
        byCollection.put("competencies", Value.shared(created(signedIn("pm").post("/api/v1/pmo/competencies",
                "{\"ratings\": {" + ratings + "}}")).get("id").asLong()));
        // a scheduled KPI pack to pm's mentor, the PMO (issue 18); the matrix's "send" mails it (no mail server: none)
        byCollection.put("report-distributions", Value.shared(created(pmo.post("/api/v1/report-distributions", """
                {"name": "Matrix pack", "report": "KPI_PACK", "format": "PDF", "frequency": "MONTHLY", "runDay": 1,
                 "recipientIds": [%d]}""".formatted(people.get("pmo")))).get("id").asLong()));
        byCollection.put("distributions", byCollection.get("report-distributions"));
        // a planned benefit of each project (issue 18)
        String benefit = """
                {"title": "Matrix benefit", "type": "QUALITY", "measure": "Defects", "baselineValue": 10,
                 "baselineDate": "2026-01-01", "targetValue": 2, "targetDate": "2027-01-01"}""";
        byCollection.put("benefits", Value.of(raidRecord(ownProject, "benefits", benefit),
                raidRecord(foreignProject, "benefits", benefit)));
        // strategic alignment (issue 18): the demo's first objective, which both projects serve, and a key result of it
        byCollection.put("objectives", Value.shared(1L));
        byName.put("objectiveId", Value.shared(1L));
        byCollection.put("key-results", Value.shared(created(pmo.post("/api/v1/objectives/1/key-results", """
                {"title": "Matrix key result", "measure": "count", "baselineValue": 0, "targetValue": 10}"""))
                .get("id").asLong()));
        // a shipped KPI, in the month the demo computed last (issue 18)
        byCollection.put("kpis", Value.shared("cpi"));
        byCollection.put("months", Value.shared(java.time.YearMonth.now().toString()));
    }

    /** The member's submitted timesheet of a far week, with hours on a task of the project. */
    private long timesheet(long project) {
        Api member = signedIn("member");
        long task = -1;
        for (JsonNode offered : ok(member.get("/api/v1/timesheets/week?day=2035-01-01")).get("tasks")) {
            if (offered.get("projectId").asLong() == project) {
                task = offered.get("taskId").asLong();
                break;
            }
        }
        JsonNode sheet = ok(member.put("/api/v1/timesheets/week", "{\"weekStart\": \"2035-01-01\", \"lines\": "
                + "[{\"projectId\": " + project + ", \"taskId\": " + task + ", \"hours\": [8]}]}"));
        return ok(member.post("/api/v1/timesheets/" + sheet.get("id").asLong() + "/submit",
                "{\"version\": " + sheet.get("version").asLong() + "}")).get("id").asLong();
    }

    /** A held steering meeting in each portfolio, with an open action owned by a person of that side's project. */
    private void steering(long ownPortfolio, long foreignPortfolio, Map<String, Long> people) {
        long ownMeeting = heldMeeting(ownPortfolio, people);
        long foreignMeeting = heldMeeting(foreignPortfolio, people);
        byCollection.put("steering-meetings", Value.of(ownMeeting, foreignMeeting));
        byCollection.put("steering-actions", Value.of(steeringAction(ownMeeting, people.get("member")),
                steeringAction(foreignMeeting, people.get("olarsen"))));
    }

    private long heldMeeting(long portfolio, Map<String, Long> people) {
        String committee = "/api/v1/portfolios/" + portfolio + "/steering-committee";
        if (pmo.get(committee).status() == 404) {
            ok(pmo.put(committee, """
                    {"name": "Matrix board", "chairId": %d, "cadence": "MONTHLY", "members": []}
                    """.formatted(people.get("pmo"))));
        }
        JsonNode meeting = created(pmo.post("/api/v1/portfolios/" + portfolio + "/steering-meetings",
                "{\"heldOn\": \"2026-03-02\", \"agenda\": \"Matrix\"}"));
        long id = meeting.get("id").asLong();
        ok(pmo.post("/api/v1/steering-meetings/" + id + "/record", """
                {"attendeeIds": [%d], "minutes": "Matrix minutes", "version": %d}
                """.formatted(people.get("pmo"), meeting.get("version").asLong())));
        return id;
    }

    private long steeringAction(long meeting, long owner) {
        JsonNode actions = ok(pmo.post("/api/v1/steering-meetings/" + meeting + "/actions",
                "{\"text\": \"Matrix action\", \"ownerId\": " + owner + "}")).get("actions");
        return actions.get(actions.size() - 1).get("id").asLong();
    }

    /** A quality review of the project with one finding (its action not done). */
    private long qualityReview(long project) {
        JsonNode held = created(pmo.post("/api/v1/projects/" + project + "/quality-reviews", """
                {"reviewDate": "2026-06-01", "criteria": [{"name": "Matrix", "weight": 1, "score": 3}]}
                """));
        return ok(pmo.post("/api/v1/quality-reviews/" + held.get("id").asLong() + "/findings", """
                {"description": "Matrix finding", "severity": "LOW", "action": "Matrix action", "version": %d}
                """.formatted(held.get("version").asLong()))).get("id").asLong();
    }

    /** A change request submitted above the thresholds: it awaits the steering committee. */
    private long changeRequest(long project) {
        JsonNode raised = created(pmo.post("/api/v1/projects/" + project + "/change-requests", """
                {"title": "Matrix change", "reason": "Matrix", "scheduleDays": 400, "costAmount": 90000000}
                """));
        return ok(pmo.post("/api/v1/change-requests/" + raised.get("id").asLong() + "/submit",
                "{\"version\": " + raised.get("version").asLong() + "}")).get("id").asLong();
    }

    private long raidRecord(long project, String log, String body) {
        return created(pmo.post("/api/v1/projects/" + project + "/" + log, body)).get("id").asLong();
    }

    private long issue(long project) {
        return created(pmo.post("/api/v1/projects/" + project + "/issues", """
                {"title": "Matrix issue", "priority": "HIGH"}
                """)).get("id").asLong();
    }

    private long stakeholder(long project) {
        return created(pmo.post("/api/v1/projects/" + project + "/stakeholders", """
                {"name": "Matrix stakeholder %s", "interest": "HIGH", "influence": "LOW", "engagement": "NEUTRAL"}
                """.formatted(tag))).get("id").asLong();
    }

    private long risk(long project) {
        return created(pmo.post("/api/v1/projects/" + project + "/risks", """
                {"kind": "THREAT", "title": "Matrix risk", "category": "Technical", "probability": 2, "impact": 3}
                """)).get("id").asLong();
    }

    /**
     * Before a call that deletes a baseline or an attachment without a version to make it stale: stores the record
     * again, so that every role that may delete it finds one (the baseline as the PMO; the attachment as the own
     * draft's requester, or as the PMO reviewing the foreign submitted request).
     */
    void renew(AuthorisationMatrix.Endpoint endpoint, AuthorisationMatrix.Context context) {
        String kind = deletedKind(endpoint);
        if (kind == null || !spent.remove(kind + " " + context)) return;
        boolean foreign = context == AuthorisationMatrix.Context.FOREIGN;
        if (kind.equals("baseline")) {
            baseline(foreign ? foreignProject : ownProject);
        } else {
            Api attacher = foreign ? pmo : requester;
            JsonNode attachments = attach(attacher, foreign ? foreignRequest : ownRequest).get("attachments");
            long added = attachments.get(attachments.size() - 1).get("id").asLong();
            Value current = byName.get("attachment");
            byName.put("attachment", foreign ? Value.of(current.own(), added) : Value.of(added, current.foreign()));
        }
    }

    private Map<String, Long> people() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (JsonNode person : ok(pmo.get("/api/v1/users"))) {
            ids.put(person.get("username").asString(), person.get("id").asLong());
        }
        return ids;
    }

    /** The portfolio {@code portfolio} manages, or one it does not. */
    private long portfolio(boolean managedByPortfolioAccount) {
        for (JsonNode portfolio : ok(pmo.get("/api/v1/portfolios"))) {
            boolean mine = portfolio.path("manager").path("code").asString("").equals("portfolio");
            if (mine == managedByPortfolioAccount) return portfolio.get("id").asLong();
        }
        throw new AssertionError("no portfolio " + (managedByPortfolioAccount ? "managed" : "not managed")
                + " by the portfolio account");
    }

    private long programme(long portfolio, long manager) {
        Api.Response created = pmo.post("/api/v1/programmes", """
                {"code": "MX-%s-%d", "name": "Matrix programme %s %d", "managerId": %d, "portfolioId": %d}
                """.formatted(tag.toUpperCase(java.util.Locale.ROOT), portfolio, tag, portfolio, manager, portfolio));
        return created(created).get("id").asLong();
    }

    private long project(String name, long portfolio, long manager, Map<Long, Boolean> members) {
        Map<String, Object> project = ProjectFixtures.newProject(name, portfolio);
        project.put("state", "ACTIVE");
        project.put("phase", "EXECUTION");
        project.put("managerId", manager);
        project.put("plannedStart", "2026-01-05");
        project.put("plannedFinish", "2027-12-31");
        project.put("objectiveIds", java.util.List.of(1));
        JsonNode created = created(pmo.post("/api/v1/projects", ProjectFixtures.json(project)));
        long id = created.get("id").asLong();
        long version = created.get("version").asLong();
        for (Map.Entry<Long, Boolean> member : members.entrySet()) {
            version = ok(pmo.post("/api/v1/projects/" + id + "/members", """
                    {"personId": %d, "canEdit": %b, "version": %d}
                    """.formatted(member.getKey(), member.getValue(), version))).get("version").asLong();
        }
        return id;
    }

    private JsonNode plan(long project) {
        return ok(pmo.put("/api/v1/projects/" + project + "/plan", """
                {"start": "2027-01-04", "tasks": [
                  {"key": "build", "name": "Build"},
                  {"key": "design", "parentKey": "build", "name": "Design", "duration": "5d"},
                  {"key": "code", "parentKey": "build", "name": "Code", "duration": "1w"},
                  {"key": "go", "name": "Go-live", "duration": "0"}],
                 "dependencies": [{"predecessor": "design", "successor": "code"},
                                  {"predecessor": "code", "successor": "go"}]}
                """));
    }

    /** The one assignment of the role to the task (the answer is the whole plan). */
    private long assignment(long project, long task, long resource) {
        JsonNode plan = created(pmo.post("/api/v1/projects/" + project + "/plan/tasks/" + task + "/assignments",
                "{\"resource\": " + resource + "}"));
        for (JsonNode each : plan.get("tasks")) {
            if (each.get("id").asLong() == task) return each.get("assignments").get(0).get("id").asLong();
        }
        throw new AssertionError("task " + task + " not in the plan");
    }

    private static long lastTask(JsonNode plan) {
        JsonNode tasks = plan.get("tasks");
        return tasks.get(tasks.size() - 1).get("id").asLong();
    }

    private static long firstLink(JsonNode plan) {
        return plan.get("links").get(0).get("id").asLong();
    }

    private void baseline(long project) {
        ok(pmo.put("/api/v1/projects/" + project + "/baselines/1", "{\"name\": \"Matrix\"}"));
    }

    private long calendar(long project) {
        return created(pmo.post("/api/v1/calendars", """
                {"name": "Matrix %d", "projectId": %d,
                 "week": [{"day": "MONDAY", "hours": [{"from": "08:00", "to": "17:00"}]}]}
                """.formatted(project, project))).get("id").asLong();
    }

    /** A notice of the PMO's: a report submitted for review on a project of its own, so the fixtures stay drafts. */
    private long pmoNotice(long portfolio, long manager) {
        long project = project("Matrix notice " + tag, portfolio, manager, Map.of());
        JsonNode draft = created(pmo.post("/api/v1/projects/" + project + "/status-reports", "{}"));
        long id = draft.get("id").asLong();
        JsonNode saved = ok(pmo.put("/api/v1/status-reports/" + id,
                ProjectFixtures.json(StatusFixtures.completeReport("GREEN", draft.get("version").asLong()))));
        ok(pmo.post("/api/v1/status-reports/" + id + "/submit", StatusFixtures.act(saved.get("version").asLong(), null)));
        return Long.parseLong(first(pmo.get("/api/v1/notifications"), "id"));
    }

    private long report(long project) {
        return created(pmo.post("/api/v1/projects/" + project + "/status-reports", "{}")).get("id").asLong();
    }

    /** A draft of {@code requester} and a submitted request of another requester, each with an attachment. */
    private void requests(Map<String, Long> people) {
        String foreignRequester = "matrix-" + tag;
        created(Api.as(port, "admin").post("/api/v1/users", """
                {"username": "%s", "displayName": "Matrix requester %s", "roles": ["REQUESTER"],
                 "password": "matrix-password-%s"}
                """.formatted(foreignRequester, tag, tag)));
        JsonNode own = request(requester, false);
        JsonNode foreign = request(Api.basic(port, foreignRequester, "matrix-password-" + tag), true);
        ownRequest = own.get("id").asLong();
        foreignRequest = foreign.get("id").asLong();
        Value requests = Value.of(ownRequest, foreignRequest);
        byCollection.put("requests", requests);
        byName.put("requestId", requests);
        byName.put("attachment", Value.of(own.get("attachments").get(0).get("id").asLong(),
                foreign.get("attachments").get(0).get("id").asLong()));
    }

    private JsonNode request(Api requester, boolean submit) {
        long type = 0;
        for (JsonNode candidate : ok(requester.get("/api/v1/request-types"))) {
            if (candidate.get("code").asString().equals("NEW_PROJECT")) type = candidate.get("id").asLong();
        }
        long portfolio = portfolio(true);
        JsonNode request = created(requester.post("/api/v1/requests", """
                {"typeId": %d, "title": "Matrix request %s", "portfolioId": %d, "category": "Digital",
                 "values": {"problem": "A problem", "outcome": "An outcome", "urgency": "intake.default.choice.medium"}}
                """.formatted(type, tag, portfolio)));
        long id = request.get("id").asLong();
        request = attach(requester, id);
        if (submit) {
            request = ok(requester.post("/api/v1/requests/" + id + "/submit",
                    "{\"version\": " + request.get("version").asLong() + "}"));
        }
        return request;
    }

    /** After a call: a delete that succeeded spent its record, which {@link #renew} stores again before the next. */
    void called(AuthorisationMatrix.Endpoint endpoint, AuthorisationMatrix.Context context, int status) {
        String kind = deletedKind(endpoint);
        if (kind != null && status < 400) spent.add(kind + " " + context);
    }

    /** The kind of record the endpoint deletes for good (pages' forms and the API alike), or null. */
    private static String deletedKind(AuthorisationMatrix.Endpoint endpoint) {
        if (!endpoint.method().equals("DELETE") && !endpoint.path().endsWith("/delete")) return null;
        if (endpoint.path().contains("/baselines/{number}")) return "baseline";
        if (endpoint.path().contains("/attachments/{attachment}")) return "attachment";
        return null;
    }

    private static JsonNode attach(Api attacher, long request) {
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4 a small business case".getBytes());
        return ok(attacher.post("/api/v1/requests/" + request + "/attachments", """
                {"field": "businessCase", "fileName": "case.pdf", "contentType": "application/pdf", "base64": "%s"}
                """.formatted(pdf)));
    }

    private long scoringModel() {
        String anchors = "[\"none\", \"weak\", \"fair\", \"strong\", \"decisive\"]";
        return created(pmo.post("/api/v1/scoring-models", """
                {"name": "Matrix %s", "criteria": [
                  {"name": "Strategic fit", "weight": 60, "direction": "BENEFIT", "scale": "RATED", "anchors": %s},
                  {"name": "Delivery risk", "weight": 40, "direction": "COST", "scale": "RATED", "anchors": %s}]}
                """.formatted(tag, anchors, anchors))).get("id").asLong();
    }

    private long scenario(long model) {
        return created(pmo.post("/api/v1/scenarios", """
                {"name": "Matrix %s", "objective": "SCORE", "scoringModelId": %d, "firstQuarter": "%s",
                 "quarters": 2, "timeLimitSeconds": 1, "budgets": [{"quarter": 0, "amount": 1000}]}
                """.formatted(tag, model, LocalDate.now()))).get("id").asLong();
    }

    private long customField(String use) {
        return created(Api.as(port, "admin").post("/api/v1/custom-fields", """
                {"key": "matrix_%s_%s", "label": "Matrix %s %s", "type": "TEXT", "required": false, "position": 900}
                """.formatted(use, tag, use, tag))).get("id").asLong();
    }

    private long token() {
        return created(pmo.post("/api/v1/tokens", "{\"name\": \"Matrix " + tag + "\"}")).get("token").get("id")
                .asLong();
    }

    private static String first(Api.Response response, String field) {
        List<JsonNode> items = ok(response).valueStream().toList();
        assertThat(items).as("a " + field + " to call endpoints on").isNotEmpty();
        return items.get(0).get(field).asString();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    /** A drafted contract of the project with the supplier; its id. */
    private long contract(long project, long supplier) {
        return pmo.post("/api/v1/projects/" + project + "/contracts", "{\"supplierId\":" + supplier
                + ",\"reference\":\"MATRIX-1\",\"value\":1000,\"startsOn\":\"2026-01-01\"}").json()
                .get("id").asLong();
    }
}
