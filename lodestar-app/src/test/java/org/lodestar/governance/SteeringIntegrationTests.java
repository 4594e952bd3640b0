package org.lodestar.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * Steering committees: kept by the PMO, decided in by the gate board of the portfolio's projects (PMO, portfolio's
 * manager), read by readers of project detail; every act from each state that allows or refuses it; audited.
 */
class SteeringIntegrationTests extends PageTestSupport {

    private static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private List<String> audited(String type, long id) {
        List<String> actions = new ArrayList<>();
        Api.as(port, "pmo").get("/api/v1/audit?entityType=" + type + "&entityId=" + id).json().get("items")
                .forEach(entry -> actions.add(entry.get("action").asString()));
        return actions;
    }

    @Test
    void thePmoFormsAndKeepsTheCommitteeNamingEachBadFieldAndRefusingStaleVersions() {
        long portfolio = SteeringFixtures.portfolio(port, "portfolio");
        Map<String, Long> people = SteeringFixtures.people(port);
        String path = "/api/v1/portfolios/" + portfolio + "/steering-committee";
        String body = """
                {"name": "Digital board", "chairId": %d, "cadence": "MONTHLY",
                 "members": [{"personId": %d, "role": "Sponsor"}]}""".formatted(people.get("portfolio"),
                people.get("exec"));

        assertThat(Api.as(port, "portfolio").put(path, body).status()).isEqualTo(403);
        assertThat(Api.as(port, "exec").put(path, body).status()).isEqualTo(403);
        Api.Response bad = Api.as(port, "pmo").put(path, """
                {"name": " ", "chairId": 987654321, "members": [{"personId": 987654321, "role": "x"},
                 {"personId": %d, "role": "Sponsor"}, {"personId": %d, "role": ""}]}""".formatted(people.get("exec"),
                people.get("exec")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("name", "chairId", "cadence", "members[0].personId",
                "members[2].personId", "members[2].role");
        assertThat(Api.as(port, "pmo").get(path).status()).isEqualTo(404);

        Api.Response formed = Api.as(port, "pmo").put(path, body);
        assertThat(formed.status()).as(formed.body()).isEqualTo(200);
        JsonNode committee = formed.json();
        assertThat(committee.get("chair").get("code").asString()).isEqualTo("portfolio");
        assertThat(committee.get("members").get(0).get("role").asString()).isEqualTo("Sponsor");

        JsonNode read = Api.as(port, "exec").get(path).json();
        assertThat(read.get("name").asString()).isEqualTo("Digital board");
        assertThat(read.get("decisionMaker").asBoolean()).isFalse();
        assertThat(read.get("acts")).isEmpty();
        JsonNode managerView = Api.as(port, "portfolio").get(path).json();
        assertThat(managerView.get("decisionMaker").asBoolean()).isTrue();
        assertThat(managerView.get("acts").toString()).contains("schedule").doesNotContain("keep");
        assertThat(Api.as(port, "requester").get(path).status()).isEqualTo(403);

        long version = committee.get("version").asLong();
        String changed = """
                {"name": "Digital steering", "chairId": %d, "cadence": "QUARTERLY", "members": [], "version": %d}""";
        assertThat(Api.as(port, "pmo").put(path, changed.formatted(people.get("pmo"), version + 1)).status())
                .isEqualTo(409);
        assertThat(Api.as(port, "pmo").put(path, changed.formatted(people.get("pmo"), version)).json()
                .get("cadence").asString()).isEqualTo("QUARTERLY");
        assertThat(audited(SteeringCommittees.AUDIT_COMMITTEE, committee.get("id").asLong()))
                .containsExactly("UPDATE", "CREATE");
    }

    @Test
    void aMeetingIsScheduledThenRecordedOnceByTheDecisionMakersOnly() {
        long portfolio = SteeringFixtures.portfolio(port, "portfolio");
        long elsewhere = SteeringFixtures.portfolio(port, "lbernard");
        Map<String, Long> people = SteeringFixtures.people(port);
        String schedule = "/api/v1/portfolios/" + portfolio + "/steering-meetings";
        String meeting = "{\"heldOn\": \"2026-11-05\", \"agenda\": \"G2 of the CRM\\n\\nBudget\"}";

        assertThat(Api.as(port, "pmo").post(schedule, meeting).status()).isEqualTo(409);
        SteeringFixtures.committee(port, portfolio);
        SteeringFixtures.committee(port, elsewhere);
        assertThat(Api.as(port, "exec").post(schedule, meeting).status()).isEqualTo(403);
        assertThat(Api.as(port, "pm").post(schedule, meeting).status()).isEqualTo(403);
        assertThat(Api.as(port, "portfolio").post("/api/v1/portfolios/" + elsewhere + "/steering-meetings", meeting)
                .status()).isEqualTo(403);
        Api.Response undated = Api.as(port, "portfolio").post(schedule, "{\"agenda\": \"x\"}");
        assertThat(undated.status()).isEqualTo(400);
        assertThat(fields(undated)).containsExactly("heldOn");

        Api.Response scheduled = Api.as(port, "portfolio").post(schedule, meeting);
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        JsonNode view = scheduled.json();
        long id = view.get("id").asLong();
        assertThat(view.get("state").asString()).isEqualTo("SCHEDULED");
        assertThat(view.get("agenda").toString()).isEqualTo("[\"G2 of the CRM\",\"Budget\"]");
        assertThat(view.get("acts").toString()).isEqualTo("[\"record\"]");

        String base = "/api/v1/steering-meetings/" + id;
        assertThat(Api.as(port, "pmo").post(base + "/decisions", "{\"text\": \"Go\"}").status()).isEqualTo(409);
        assertThat(Api.as(port, "pmo").post(base + "/actions", "{\"text\": \"Do\", \"ownerId\": %d}"
                .formatted(people.get("exec"))).status()).isEqualTo(409);

        String record = """
                {"attendeeIds": [%d, %d], "minutes": "The board reviewed G2.", "version": %d}""";
        assertThat(Api.as(port, "exec").post(base + "/record", record.formatted(people.get("exec"),
                people.get("portfolio"), 0)).status()).isEqualTo(403);
        Api.Response badRecord = Api.as(port, "portfolio").post(base + "/record",
                "{\"attendeeIds\": [987654321], \"minutes\": \" \", \"version\": 0}");
        assertThat(badRecord.status()).isEqualTo(400);
        assertThat(fields(badRecord)).containsExactlyInAnyOrder("attendeeIds[0]", "minutes");
        assertThat(Api.as(port, "portfolio").post(base + "/record", record.formatted(people.get("exec"),
                people.get("portfolio"), view.get("version").asLong() + 1)).status()).isEqualTo(409);
        assertThat(Api.as(port, "exec").get(base).json().get("state").asString()).isEqualTo("SCHEDULED");

        Api.Response recorded = Api.as(port, "portfolio").post(base + "/record", record.formatted(people.get("exec"),
                people.get("portfolio"), view.get("version").asLong()));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        JsonNode held = recorded.json();
        assertThat(held.get("state").asString()).isEqualTo("HELD");
        assertThat(held.get("attendees")).hasSize(2);
        assertThat(held.get("acts").toString()).isEqualTo("[\"decide\",\"assign\"]");
        Api.Response again = Api.as(port, "portfolio").post(base + "/record", record.formatted(people.get("exec"),
                people.get("portfolio"), held.get("version").asLong()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("is recorded already", "\"state\":\"HELD\"");

        JsonNode read = Api.as(port, "exec").get(base).json();
        assertThat(read.get("minutes").asString()).isEqualTo("The board reviewed G2.");
        assertThat(read.get("acts")).isEmpty();
        assertThat(Api.as(port, "requester").get(base).status()).isEqualTo(403);
        assertThat(audited(SteeringCommittees.AUDIT_MEETING, id)).containsExactly("UPDATE", "CREATE");
        JsonNode listed = Api.as(port, "exec").get("/api/v1/steering-meetings?portfolioId=" + portfolio).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(listed.get(0).get("state").asString()).isEqualTo("HELD");
        assertThat(Api.as(port, "exec").get("/api/v1/steering-meetings").body()).contains("\"id\":" + id);
        assertThat(Api.as(port, "requester").get("/api/v1/steering-meetings").status()).isEqualTo(403);
        assertThat(Api.as(port, "portfolio").get("/api/v1/portfolios/" + portfolio + "/steering-committee").json()
                .get("meetings").get(0).get("state").asString()).isEqualTo("HELD");
    }

    @Test
    void decisionsGoIntoTheSearchableLogOfThePortfolio() {
        long portfolio = SteeringFixtures.portfolio(port, "portfolio");
        long elsewhere = SteeringFixtures.portfolio(port, "lbernard");
        long project = SteeringFixtures.project(port, portfolio, "Steered CRM");
        long outside = SteeringFixtures.project(port, elsewhere, "Unsteered ERP");
        SteeringFixtures.committee(port, portfolio);
        JsonNode meeting = SteeringFixtures.held(port, SteeringFixtures.meeting(port, portfolio, "2026-10-01"));
        String decisions = "/api/v1/steering-meetings/" + meeting.get("id").asLong() + "/decisions";

        assertThat(Api.as(port, "exec").post(decisions, "{\"text\": \"Go\"}").status()).isEqualTo(403);
        Api.Response bad = Api.as(port, "portfolio").post(decisions,
                "{\"text\": \"\", \"projectId\": " + outside + "}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("text", "projectId");
        Api.Response unknown = Api.as(port, "portfolio").post(decisions,
                "{\"text\": \"Go\", \"projectId\": 987654321}");
        assertThat(fields(unknown)).containsExactly("projectId");

        Api.Response decided = Api.as(port, "portfolio").post(decisions, """
                {"text": "Fund the CRM's second release", "projectId": %d}""".formatted(project));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        JsonNode decision = decided.json().get("decisions").get(0);
        assertThat(decision.get("decidedOn").asString()).isEqualTo("2026-10-01");
        assertThat(decision.get("project").get("name").asString()).isEqualTo("Steered CRM");
        assertThat(Api.as(port, "pmo").post(decisions, "{\"text\": \"Freeze hiring\", \"decidedOn\": \"2026-10-02\"}")
                .status()).isEqualTo(200);

        String log = "/api/v1/portfolios/" + portfolio + "/steering-decisions";
        JsonNode all = Api.as(port, "exec").get(log).json();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("text").asString()).isEqualTo("Freeze hiring");
        assertThat(Api.as(port, "exec").get(log + "?text=second%20RELEASE").json()).hasSize(1);
        assertThat(Api.as(port, "exec").get(log + "?projectId=" + project).json().get(0).get("text").asString())
                .isEqualTo("Fund the CRM's second release");
        assertThat(Api.as(port, "exec").get(log + "?text=nothing").json()).isEmpty();
        assertThat(Api.as(port, "requester").get(log).status()).isEqualTo(403);
        assertThat(audited(SteeringCommittees.AUDIT_DECISION, decision.get("id").asLong())).containsExactly("CREATE");
    }

    @Test
    void anActionIsClosedOnceByItsOwnerOrADecisionMaker() {
        long portfolio = SteeringFixtures.portfolio(port, "portfolio");
        Map<String, Long> people = SteeringFixtures.people(port);
        SteeringFixtures.committee(port, portfolio);
        JsonNode meeting = SteeringFixtures.held(port, SteeringFixtures.meeting(port, portfolio, "2026-09-01"));
        String assign = "/api/v1/steering-meetings/" + meeting.get("id").asLong() + "/actions";

        assertThat(Api.as(port, "exec").post(assign, "{\"text\": \"x\", \"ownerId\": 1}").status()).isEqualTo(403);
        Api.Response bad = Api.as(port, "portfolio").post(assign, "{\"text\": \" \", \"ownerId\": 987654321}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("text", "ownerId");
        JsonNode actions = Api.as(port, "portfolio").post(assign, """
                {"text": "Confirm the vendor's plan", "ownerId": %d, "due": "2026-09-15"}""".formatted(
                people.get("exec"))).json().get("actions");
        JsonNode action = actions.get(0);
        assertThat(action.get("done").asBoolean()).isFalse();
        assertThat(action.get("owner").get("code").asString()).isEqualTo("exec");
        Api.as(port, "portfolio").post(assign, "{\"text\": \"Second\", \"ownerId\": %d}".formatted(people.get("pm")));

        String close = "/api/v1/steering-actions/" + action.get("id").asLong() + "/close";
        String closing = "{\"note\": \"Confirmed by mail\", \"version\": %d}";
        long version = action.get("version").asLong();
        assertThat(Api.as(port, "pm").post(close, closing.formatted(version)).status()).isEqualTo(403);
        assertThat(Api.as(port, "exec").post(close, closing.formatted(version + 1)).status()).isEqualTo(409);
        Api.Response closed = Api.as(port, "exec").post(close, closing.formatted(version));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("done").asBoolean()).isTrue();
        assertThat(closed.json().get("closedBy").get("code").asString()).isEqualTo("exec");
        Api.Response twice = Api.as(port, "portfolio").post(close,
                closing.formatted(closed.json().get("version").asLong()));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("is closed already");

        String list = "/api/v1/portfolios/" + portfolio + "/steering-actions";
        assertThat(Api.as(port, "exec").get(list).json()).hasSize(2);
        JsonNode open = Api.as(port, "exec").get(list + "?open=true").json();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("text").asString()).isEqualTo("Second");
        assertThat(open.get(0).get("closable").asBoolean()).isFalse();
        JsonNode managerOpen = Api.as(port, "portfolio").get(list + "?open=true").json().get(0);
        assertThat(managerOpen.get("closable").asBoolean()).isTrue();
        Api.Response byDecider = Api.as(port, "portfolio").post("/api/v1/steering-actions/"
                + managerOpen.get("id").asLong() + "/close", "{\"version\": " + managerOpen.get("version").asLong() + "}");
        assertThat(byDecider.status()).as(byDecider.body()).isEqualTo(200);
        assertThat(byDecider.json().get("closedBy").get("code").asString()).isEqualTo("portfolio");
        assertThat(Api.as(port, "exec").get(list + "?open=true").json()).isEmpty();
        assertThat(audited(SteeringCommittees.AUDIT_ACTION, action.get("id").asLong()))
                .containsExactly("UPDATE", "CREATE");
    }

    @Test
    void theMeetingsPackGathersGatesRisksIssuesHealthAndEarlierActionsInTheReadersLanguage() throws Exception {
        long portfolio = SteeringFixtures.portfolio(port, "portfolio");
        Map<String, Long> people = SteeringFixtures.people(port);
        long project = SteeringFixtures.project(port, portfolio, "Packed CRM");
        String gate = GovernanceFixtures.adopt(port, project, "WATERFALL", 1, 1, 1, 1).get("phase").get("gateCode")
                .asString();
        assertThat(Api.as(port, "pm").post("/api/v1/projects/" + project + "/governance/gate-reviews", "{}")
                .status()).isEqualTo(200);
        assertThat(Api.as(port, "pm").post("/api/v1/projects/" + project + "/risks", """
                {"kind": "THREAT", "title": "Vendor insolvency", "category": "Supply", "probability": 5, "impact": 4}
                """).status()).isEqualTo(201);
        assertThat(Api.as(port, "pm").post("/api/v1/projects/" + project + "/issues",
                "{\"title\": \"Data migration blocked\", \"priority\": \"CRITICAL\"}").status()).isEqualTo(201);
        assertThat(Api.as(port, "pm").post("/api/v1/projects/" + project + "/issues",
                "{\"title\": \"Minor typo\", \"priority\": \"LOW\"}").status()).isEqualTo(201);
        submittedChange(project, "Move go-live by a quarter", 60);
        submittedChange(project, "Rename a report", 0);
        SteeringFixtures.committee(port, portfolio);
        JsonNode first = SteeringFixtures.held(port, SteeringFixtures.meeting(port, portfolio, "2026-06-01"));
        Api.as(port, "pmo").post("/api/v1/steering-meetings/" + first.get("id").asLong() + "/actions",
                "{\"text\": \"Find a second vendor\", \"ownerId\": %d}".formatted(people.get("pm")));
        Api.as(port, "pmo").post("/api/v1/steering-meetings/" + first.get("id").asLong() + "/decisions",
                "{\"text\": \"Keep the CRM running\", \"projectId\": %d}".formatted(project));
        long next = SteeringFixtures.meeting(port, portfolio, "2026-07-01").get("id").asLong();

        String pack = page("/steering-meetings/" + next, "exec", Locale.FRENCH);
        assertThat(pack).contains("Jalons en attente de décision", gate, "Packed CRM", "Vendor insolvency",
                "Data migration blocked", "Critique", "Find a second vendor", "Santé des projets",
                "Demandes de changement en attente du comité", "Move go-live by a quarter")
                .doesNotContain("Minor typo", "Rename a report");
        assertThat(page("/steering-meetings/" + next, "pm", Locale.JAPANESE)).contains("決定待ちのゲート", "議題");
        assertThat(mvc.perform(get("/steering-meetings/" + next).with(as("requester"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);

        String committee = page("/portfolios/" + portfolio + "/steering", "exec", Locale.KOREAN);
        assertThat(committee).contains("운영위원회", "Keep the CRM running", "Find a second vendor");
        assertThat(page("/portfolios/" + portfolio + "/steering?text=nothing", "exec", Locale.ENGLISH))
                .doesNotContain("Keep the CRM running").contains("No decision yet.");
        assertThat(page("/portfolios/" + SteeringFixtures.portfolio(port, "portfolio") + "/steering", "exec",
                Locale.ENGLISH)).contains("This portfolio has no steering committee yet.");
    }

    /** A change request raised and submitted by the project's manager: past the thresholds it awaits the committee. */
    private void submittedChange(long project, String title, int scheduleDays) {
        JsonNode raised = Api.as(port, "pm").post("/api/v1/projects/" + project + "/change-requests",
                "{\"title\": \"%s\", \"reason\": \"Pack\", \"scheduleDays\": %d, \"costAmount\": 0}"
                        .formatted(title, scheduleDays)).json();
        assertThat(Api.as(port, "pm").post("/api/v1/change-requests/" + raised.get("id").asLong() + "/submit",
                "{\"version\": " + raised.get("version").asLong() + "}").status()).isEqualTo(200);
    }

    @Test
    void theDecisionMakersRecordDecideAndAssignOnTheMeetingsPageAndTheOwnerClosesTheAction() throws Exception {
        long portfolio = SteeringFixtures.portfolio(port, "portfolio");
        Map<String, Long> people = SteeringFixtures.people(port);
        long project = SteeringFixtures.project(port, portfolio, "Paged CRM");
        SteeringFixtures.committee(port, portfolio);
        JsonNode meeting = SteeringFixtures.meeting(port, portfolio, "2026-08-03");
        String base = "/steering-meetings/" + meeting.get("id").asLong();

        assertThat(page(base, "exec", Locale.ENGLISH)).doesNotContain("id=\"record-form\"");
        assertThat(page(base, "portfolio", Locale.ENGLISH)).contains("id=\"record-form\"")
                .doesNotContain("id=\"decide-form\"");
        assertThat(mvc.perform(post(base + "/record").with(as("exec")).with(csrf())
                .param("minutes", "x")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(base + "/record").with(as("portfolio")).with(csrf())
                        .param("version", meeting.get("version").asString()).locale(Locale.FRENCH))
                .andReturn().getResponse().getContentAsString()).contains("id=\"problems\"");
        assertThat(mvc.perform(post(base + "/record").with(as("portfolio")).with(csrf())
                        .param("attendeeIds", String.valueOf(people.get("exec")))
                        .param("minutes", "Reviewed on the page.").param("version", meeting.get("version").asString()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo(base);
        assertThat(mvc.perform(post(base + "/decisions").with(as("portfolio")).with(csrf())
                        .param("text", "Approve the paged release").param("projectId", String.valueOf(project)))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo(base);
        assertThat(mvc.perform(post(base + "/actions").with(as("portfolio")).with(csrf())
                        .param("text", "Brief the service desk").param("ownerId", String.valueOf(people.get("exec")))
                        .param("due", "2026-08-31"))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo(base);

        JsonNode held = Api.as(port, "exec").get("/api/v1" + base).json();
        assertThat(held.get("state").asString()).isEqualTo("HELD");
        assertThat(held.get("decisions").get(0).get("project").get("id").asLong()).isEqualTo(project);
        JsonNode action = held.get("actions").get(0);
        assertThat(action.get("due").asString()).isEqualTo("2026-08-31");
        String asOwner = page(base, "exec", Locale.KOREAN);
        assertThat(asOwner).contains("Approve the paged release", "Brief the service desk",
                "id=\"close-" + action.get("id").asLong() + "\"");
        assertThat(mvc.perform(post("/steering-actions/" + action.get("id").asLong() + "/close").with(as("pm"))
                .with(csrf()).param("version", action.get("version").asString())).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/steering-actions/" + action.get("id").asLong() + "/close").with(as("exec"))
                        .with(csrf()).param("version", action.get("version").asString()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo(base);
        assertThat(Api.as(port, "exec").get("/api/v1" + base).json().get("actions").get(0).get("done").asBoolean())
                .isTrue();
    }

    @Test
    void thePmoFormsTheCommitteeOnItsPageAndTheDecisionMakersScheduleMeetingsThere() throws Exception {
        long portfolio = SteeringFixtures.portfolio(port, "portfolio");
        Map<String, Long> people = SteeringFixtures.people(port);
        String page = "/portfolios/" + portfolio + "/steering";
        assertThat(page(page, "portfolio", Locale.ENGLISH)).doesNotContain("id=\"keep-form\"", "id=\"schedule-form\"");
        assertThat(page(page, "pmo", Locale.FRENCH)).contains("id=\"keep-form\"", "Constituer le comité");
        assertThat(mvc.perform(post(page).with(as("portfolio")).with(csrf()).param("name", "Board"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(page).with(as("pmo")).with(csrf()).param("cadence", "MONTHLY"))
                .andReturn().getResponse().getContentAsString()).contains("id=\"problems\"");
        assertThat(Api.as(port, "pmo").get("/api/v1" + page + "-committee").status()).isEqualTo(404);

        assertThat(mvc.perform(post(page).with(as("pmo")).with(csrf()).param("name", "Paged board")
                        .param("chairId", String.valueOf(people.get("portfolio"))).param("cadence", "QUARTERLY")
                        .param("role." + people.get("exec"), "Sponsor").param("role." + people.get("pm"), " "))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo(page);
        JsonNode committee = Api.as(port, "exec").get("/api/v1" + page + "-committee").json();
        assertThat(committee.get("cadence").asString()).isEqualTo("QUARTERLY");
        assertThat(committee.get("members")).hasSize(1);
        assertThat(committee.get("members").get(0).get("role").asString()).isEqualTo("Sponsor");

        assertThat(page(page, "portfolio", Locale.ENGLISH)).contains("id=\"schedule-form\"", "Paged board");
        assertThat(mvc.perform(post(page + "/meetings").with(as("exec")).with(csrf()).param("heldOn", "2026-12-01"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        String scheduled = mvc.perform(post(page + "/meetings").with(as("portfolio")).with(csrf())
                        .param("heldOn", "2026-12-01").param("agenda", "Budget"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(scheduled).startsWith("/steering-meetings/");
        assertThat(Api.as(port, "exec").get("/api/v1" + scheduled).json().get("agenda").toString())
                .isEqualTo("[\"Budget\"]");
    }
}
