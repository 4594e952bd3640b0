package org.lodestar.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.governance.Answer;
import org.lodestar.governance.CommunicationChannel;
import org.lodestar.governance.CommunicationCommand;
import org.lodestar.governance.CommunicationFrequency;
import org.lodestar.governance.CommunicationPlan;
import org.lodestar.governance.Engagement;
import org.lodestar.governance.Level;
import org.lodestar.governance.StakeholderCommand;
import org.lodestar.governance.StakeholderRegister;
import org.lodestar.governance.DeliverableAct;
import org.lodestar.governance.GateDecision;
import org.lodestar.governance.Governance;
import org.lodestar.governance.GovernanceCommand;
import org.lodestar.governance.GovernanceView;
import org.lodestar.methodology.Knowledge;
import org.lodestar.methodology.KnowledgeCommand;
import org.lodestar.methodology.Lifecycles;
import org.lodestar.methodology.Questionnaire;
import org.lodestar.platform.People;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the demo organisation, puts seven of its active projects on the three shipped lifecycles and gives them gate
 * reviews in several states: a review requested and half answered, one passed with Go, one with conditions (and
 * their actions), a Hold and a Recycle followed by a new request, and a large project whose business case the board
 * made optional; three of them get a stakeholder register, two a communication plan; the PMO writes three guidance pages. Runs
 * once, into a demo database where no project is on a lifecycle yet; everything goes through the modules' APIs as
 * the PMO and the project managers would.
 */
@Component
@Order(6)
class GovernanceDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GovernanceDemo.class);

    private final Governance governance;
    private final StakeholderRegister stakeholders;
    private final CommunicationPlan communications;
    private final Lifecycles lifecycles;
    private final Knowledge knowledge;
    private final ProjectRegistry projects;
    private final People people;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    GovernanceDemo(Governance governance, StakeholderRegister stakeholders, CommunicationPlan communications,
                   Lifecycles lifecycles, Knowledge knowledge, ProjectRegistry projects, People people,
                   RunAs runAs, TransactionTemplate transaction, Clock clock,
                   @Value("${lodestar.demo}") boolean demo) {
        this.clock = clock;
        this.governance = governance;
        this.stakeholders = stakeholders;
        this.communications = communications;
        this.knowledge = knowledge;
        this.lifecycles = lifecycles;
        this.projects = projects;
        this.people = people;
        this.runAs = runAs;
        this.transaction = transaction;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!demo || people.isEmpty()) return;
        boolean created = Boolean.TRUE.equals(transaction.execute(status -> runAs.call("pmo", () -> {
            if (governance.governsAny()) return false;
            create();
            return true;
        })));
        if (created) log.info("Put demo projects on the lifecycles, with gate reviews.");
    }

    private void create() {
        List<ProjectRow> active = projects.search(new ProjectQuery(null, null, null, ProjectState.ACTIVE, null, null,
                null, null, null, false, "code", false, 0, ProjectQuery.MAX_SIZE)).items();
        if (active.size() < 7) return;
        Map<String, Long> ids = new HashMap<>();
        lifecycles.all().forEach(lifecycle -> ids.put(lifecycle.code(), lifecycle.id()));
        // a waterfall review requested, its checklist half answered
        ProjectId requested = adopt(active.get(0), ids.get("WATERFALL"), new Questionnaire(2, 2, 1, 2));
        GovernanceView view = governance.requestGate(requested);
        String first = view.openReview().checklist().get(0).key();
        governance.answer(requested, new GovernanceCommand.Checklist(Map.of(first, Answer.YES), Map.of(),
                view.openReview().version()));
        // a waterfall gate held, asked again and passed
        ProjectId passed = adopt(active.get(1), ids.get("WATERFALL"), new Questionnaire(1, 2, 1, 1));
        decide(passed, GateDecision.HOLD, "The sponsor has not confirmed the scope yet.", null, false);
        decide(passed, GateDecision.GO, "Charter approved by the board.", null, true);
        // an agile discovery passed with conditions
        ProjectId conditional = adopt(active.get(2), ids.get("AGILE"), new Questionnaire(3, 3, 2, 3));
        decide(conditional, GateDecision.GO_WITH_CONDITIONS, "Backlog good enough to start the first release.",
                "Name a second product owner for the data stream.\nAgree the release calendar with operations.", true);
        // an agile project whose first gate is requested, nothing answered yet
        governance.requestGate(adopt(active.get(3), ids.get("AGILE"), new Questionnaire(2, 1, 1, 2)));
        // a small project recycled, then asked again
        ProjectId recycled = adopt(active.get(4), ids.get("SMALL"), new Questionnaire(1, 1, 1, 1));
        decide(recycled, GateDecision.RECYCLE, "The brief does not say what is out of scope.", null, false);
        governance.requestGate(recycled);
        // a small project through its first gate
        decide(adopt(active.get(5), ids.get("SMALL"), new Questionnaire(1, 1, 2, 1)), GateDecision.GO,
                "Small and clear: go ahead.", null, true);
        registers(active);
        guidance(ids);
        plans(active);
        // a large waterfall project whose business case the board made optional
        ProjectId large = adopt(active.get(6), ids.get("WATERFALL"), new Questionnaire(3, 3, 3, 3));
        governance.override(large, new GovernanceCommand.OverrideRule("businessCase", false,
                "Mandated by regulation: the regulator's order stands for the business case.",
                governance.get(large).version()));
    }

    /** Guidance pages of the PMO's. */
    private void guidance(Map<String, Long> ids) {
        knowledge.create(new KnowledgeCommand("Preparing a gate review",
                "Request the gate two weeks before the board meets. Answer every checklist item, with a note where "
                        + "the answer is no, and have the mandatory deliverables approved or waived first: the board "
                        + "cannot say Go otherwise.", null, null, null));
        knowledge.create(new KnowledgeCommand("Writing a project charter",
                "One page: why the project exists, what it must achieve, what is out of scope, the sponsor, the "
                        + "budget envelope and the first milestones.", ids.get("WATERFALL"), "initiation", null));
        knowledge.create(new KnowledgeCommand("A definition of done that holds",
                "Tested, documented, accepted by the product owner, deployable with one command.", ids.get("AGILE"),
                "releases", null));
    }

    /** A few stakeholder registers. */
    private void registers(List<ProjectRow> active) {
        Object[][] people = {
            {"Claire Martin", "Finance director", Level.HIGH, Level.HIGH, Engagement.SUPPORTIVE},
            {"Works council", "Employee representatives", Level.HIGH, Level.MEDIUM, Engagement.RESISTANT},
            {"Customer service team", "Front office", Level.MEDIUM, Level.LOW, Engagement.NEUTRAL},
            {"Kenji Sato", "Head of IT operations", Level.MEDIUM, Level.HIGH, Engagement.UNAWARE},
            {"Min-jun Park", "Chief digital officer", Level.HIGH, Level.HIGH, Engagement.LEADING}};
        for (int p = 0; p < 3; p++) {
            ProjectId project = new ProjectId(active.get(p).id());
            for (int s = 0; s < 3; s++) {
                Object[] person = people[(p + s) % people.length];
                stakeholders.add(project, new StakeholderCommand((String) person[0], (String) person[1],
                        (Level) person[2], (Level) person[3], (Engagement) person[4], null));
            }
        }
    }

    /** Communication plans of two projects, one item due today. */
    private void plans(List<ProjectRow> active) {
        LocalDate today = LocalDate.now(clock);
        for (int p = 0; p < 2; p++) {
            ProjectId project = new ProjectId(active.get(p).id());
            Long manager = active.get(p).manager() == null ? null : active.get(p).manager().id();
            communications.add(project, new CommunicationCommand("Steering committee",
                    "Status, risks and the decisions needed", CommunicationChannel.MEETING,
                    CommunicationFrequency.MONTHLY, manager, today.plusDays(p == 0 ? 0 : 9)));
            communications.add(project, new CommunicationCommand("Key users", "What changes for them, and when",
                    CommunicationChannel.EMAIL, CommunicationFrequency.FORTNIGHTLY, manager, today.plusDays(4)));
        }
    }

    private ProjectId adopt(ProjectRow project, long lifecycle, Questionnaire answers) {
        ProjectId id = new ProjectId(project.id());
        governance.adopt(id, new GovernanceCommand.Adopt(lifecycle, answers));
        return id;
    }

    /**
     * Requests the gate of the project's phase, answers its checklist (and, when {@code complete}, has its mandatory
     * deliverables written, submitted and approved) and decides; a Go at a last gate is held instead, so that demo
     * projects stay open.
     */
    private void decide(ProjectId project, GateDecision decision, String rationale, String conditions,
                        boolean complete) {
        GovernanceView view = governance.requestGate(project);
        Map<String, Answer> answers = new HashMap<>();
        view.openReview().checklist().forEach(line -> answers.put(line.key(), Answer.YES));
        view = governance.answer(project, new GovernanceCommand.Checklist(answers, Map.of(),
                view.openReview().version()));
        if (complete) {
            String phase = view.phase().key();
            for (GovernanceView.Deliverable deliverable : view.deliverables()) {
                if (!deliverable.phaseKey().equals(phase) || !deliverable.mandatory()) continue;
                String link = "https://intranet.example.com/projects/" + view.projectCode() + "/" + deliverable.key();
                view = governance.deliverable(project, new GovernanceCommand.Deliverable(deliverable.key(),
                        DeliverableAct.WORK, link, null, view.version()));
                view = governance.deliverable(project, new GovernanceCommand.Deliverable(deliverable.key(),
                        DeliverableAct.SUBMIT, null, null, view.version()));
                view = governance.deliverable(project, new GovernanceCommand.Deliverable(deliverable.key(),
                        DeliverableAct.APPROVE, null, null, view.version()));
            }
        }
        GateDecision made = decision.passes() && view.phase().last() ? GateDecision.HOLD : decision;
        governance.decide(project, new GovernanceCommand.Decide(made, rationale, conditions,
                conditions == null ? null : LocalDate.now(clock).plusWeeks(3), view.openReview().version()));
    }
}
