package org.lodestar.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lodestar.intake.CommentCommand;
import org.lodestar.intake.ConvertCommand;
import org.lodestar.intake.CriterionDefinition;
import org.lodestar.intake.CriterionDefinition.Direction;
import org.lodestar.intake.CriterionDefinition.Scale;
import org.lodestar.intake.DecisionCommand;
import org.lodestar.intake.FinancialsCommand;
import org.lodestar.intake.PortfolioScenarios;
import org.lodestar.intake.RequestCommand;
import org.lodestar.intake.RequestDesk;
import org.lodestar.intake.RequestTypeCatalog;
import org.lodestar.intake.RequestTypeView;
import org.lodestar.intake.RequestView;
import org.lodestar.intake.ScenarioCommand;
import org.lodestar.intake.ScorecardCommand;
import org.lodestar.intake.Scoring;
import org.lodestar.intake.ScoringModelCommand;
import org.lodestar.intake.ScoringModelView;
import org.lodestar.platform.People;
import org.lodestar.platform.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the demo organisation, the demo intake: requests in every state of the review (filed by the requester,
 * reviewed by the PMO), two scoring models scored by three evaluators, and two saved scenarios. Created through the
 * intake module's API, once, into an empty intake.
 */
@Component
@Order(3)
class DemoIntake implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoIntake.class);
    private static final List<String> LEVELS = List.of("None", "Weak", "Fair", "Strong", "Decisive");

    private final RequestTypeCatalog types;
    private final RequestDesk desk;
    private final Scoring scoring;
    private final PortfolioScenarios scenarios;
    private final People people;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final boolean demo;

    DemoIntake(RequestTypeCatalog types, RequestDesk desk, Scoring scoring, PortfolioScenarios scenarios, People people,
               RunAs runAs, TransactionTemplate transaction, @Value("${lodestar.demo}") boolean demo) {
        this.types = types;
        this.desk = desk;
        this.scoring = scoring;
        this.scenarios = scenarios;
        this.people = people;
        this.runAs = runAs;
        this.transaction = transaction;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!demo || people.isEmpty()) return;
        boolean empty = runAs.call("admin", () -> !desk.hasRequests());
        if (!empty) return;
        transaction.executeWithoutResult(status -> create());
        log.info("Created the demo intake: requests, scoring models and scenarios.");
    }

    /** A request's content: what the requester writes, with its financials and resource estimate. */
    private record Demo(String title, String type, String category, int budget, Map<String, String> values,
                        int[][] flows, Object[][] demand) {
    }

    private void create() {
        LocalDate today = LocalDate.now();
        String deadline = today.plusMonths(9).toString();
        List<Demo> demos = List.of(
                demo("Self-service returns portal", "NEW_PROJECT", "Digital", 420_000, newProject("high"),
                        new int[][] {{180_000, 0}, {160_000, 40_000}, {80_000, 160_000}, {0, 220_000}, {0, 240_000}},
                        new Object[][] {{"Java developer", 0, 2.0}, {"Java developer", 1, 2.5}, {"UX designer", 0, 1.0}}),
                demo("Warehouse picking optimisation", "NEW_PROJECT", "Operations", 350_000, newProject("medium"),
                        new int[][] {{150_000, 0}, {150_000, 60_000}, {50_000, 150_000}, {0, 180_000}},
                        new Object[][] {{"Data engineer", 0, 1.5}, {"Java developer", 1, 1.5}}),
                demo("GDPR records of processing", "REGULATORY", "Compliance", 120_000, regulatory(deadline),
                        new int[][] {{70_000, 0}, {50_000, 0}}, new Object[][] {{"Business analyst", 0, 1.0}}),
                demo("Customer 360 data platform", "NEW_PROJECT", "Digital", 900_000, newProject("high"),
                        new int[][] {{300_000, 0}, {300_000, 0}, {200_000, 250_000}, {100_000, 400_000}, {0, 450_000}},
                        new Object[][] {{"Data engineer", 0, 3.0}, {"Data engineer", 1, 3.0}, {"Java developer", 2, 2.0}}),
                demo("Invoice OCR in accounts payable", "ENHANCEMENT", "Operations", 90_000, enhancement("ERP"),
                        new int[][] {{60_000, 10_000}, {30_000, 45_000}, {0, 45_000}, {0, 45_000}},
                        new Object[][] {{"Java developer", 0, 1.0}}),
                demo("Mobile app dark mode", "ENHANCEMENT", "Digital", 40_000, enhancement("Mobile app"),
                        new int[][] {{40_000, 0}, {0, 15_000}}, new Object[][] {{"UX designer", 0, 0.5}}),
                demo("Field service scheduling", "NEW_PROJECT", "Operations", 500_000, newProject("medium"),
                        new int[][] {{200_000, 0}, {200_000, 50_000}, {100_000, 180_000}, {0, 200_000}},
                        new Object[][] {{"Java developer", 0, 2.0}, {"Java developer", 1, 2.0}, {"Data engineer", 1, 1.0}}),
                demo("Accessibility fixes on the web shop", "REGULATORY", "Compliance", 60_000, regulatory(deadline),
                        new int[][] {{60_000, 0}}, new Object[][] {{"UX designer", 0, 1.0}}),
                demo("Partner API gateway", "NEW_PROJECT", "Digital", 260_000, newProject("low"),
                        new int[][] {{130_000, 0}, {130_000, 30_000}, {0, 90_000}, {0, 90_000}},
                        new Object[][] {{"Java developer", 0, 1.5}}),
                demo("Chatbot for the help desk", "NEW_PROJECT", "Digital", 150_000, newProject("low"),
                        new int[][] {{100_000, 0}, {50_000, 30_000}}, new Object[][] {{"Java developer", 0, 1.0}}),
                demo("Office move planning tool", "ENHANCEMENT", "Operations", 30_000, enhancement("Intranet"),
                        new int[][] {{30_000, 0}}, new Object[][] {}),
                demo("Supplier risk dashboard", "NEW_PROJECT", "Operations", 180_000, newProject("medium"),
                        new int[][] {{90_000, 0}, {90_000, 40_000}, {0, 80_000}}, new Object[][] {{"Data engineer", 0, 1.0}}));
        List<RequestView> filed = new ArrayList<>();
        runAs.call("requester", () -> {
            for (Demo d : demos) filed.add(file(d));
            return null;
        });
        // the review: each request is taken as far as its place in the demo
        String[] fates = {"EVALUATION", "EVALUATION", "EVALUATION", "APPROVED", "EVALUATION", "APPROVED", "CONVERTED",
                "REJECTED", "DEFERRED", "RETURNED", "SCREENING", "SUBMITTED"};
        List<RequestView> reviewed = new ArrayList<>();
        for (int i = 0; i < filed.size(); i++) reviewed.add(review(filed.get(i), fates[i]));
        runAs.call("requester", () -> file(demo("Loyalty programme revamp", "NEW_PROJECT", "Digital", 0,
                Map.of("problem", "Members do not use their points."), new int[0][], new Object[0][])));
        List<ScoringModelView> models = runAs.call("pmo", this::models);
        score(models, reviewed);
        runAs.call("pmo", () -> scenarios(models.get(0), reviewed, today));
    }

    private static Demo demo(String title, String type, String category, int budget, Map<String, String> values,
                             int[][] flows, Object[][] demand) {
        return new Demo(title, type, category, budget, values, flows, demand);
    }

    private static Map<String, String> newProject(String urgency) {
        return Map.of("problem", "Customers and staff lose time with today's process.",
                "outcome", "A faster, measurable process with fewer errors.",
                "urgency", "intake.default.choice." + urgency,
                "areas", "intake.default.choice.customers,intake.default.choice.technology",
                "reference", "https://wiki.lodestar.example/demand");
    }

    private static Map<String, String> regulatory(String deadline) {
        return Map.of("regulation", "EU regulation, internal audit finding 2025-14", "deadline", deadline,
                "problem", "The audit found gaps we must close before the deadline.", "penalty", "250000");
    }

    private static Map<String, String> enhancement(String system) {
        return Map.of("system", system, "problem", "Users ask for this improvement every month.",
                "urgency", "intake.default.choice.medium");
    }

    private RequestView file(Demo d) {
        RequestTypeView type = types.all().stream().filter(t -> t.code().equals(d.type())).findFirst().orElseThrow();
        RequestView request = desk.create(new RequestCommand(type.id(), d.title(),
                "Requested by Marketing after the yearly planning workshop.", 1L, null, null, d.category(),
                d.budget() == 0 ? null : BigDecimal.valueOf(d.budget()), "EUR", List.of(1L), d.values(), null));
        if (d.flows().length > 0) {
            List<FinancialsCommand.QuarterLine> quarters = Arrays.stream(d.flows())
                    .map(f -> new FinancialsCommand.QuarterLine(BigDecimal.valueOf(f[0]), BigDecimal.valueOf(f[1])))
                    .toList();
            List<FinancialsCommand.Demand> demand = Arrays.stream(d.demand())
                    .map(x -> new FinancialsCommand.Demand((String) x[0], (Integer) x[1], BigDecimal.valueOf((Double) x[2])))
                    .toList();
            request = desk.changeFinancials(request.id(), new FinancialsCommand(BigDecimal.valueOf(8), quarters, demand,
                    request.version()));
        }
        return request;
    }

    private RequestView review(RequestView request, String fate) {
        long id = request.id();
        RequestView r = runAs.call("requester", () -> desk.submit(id, request.version()));
        if (fate.equals("SUBMITTED")) return r;
        r = runAs.call("pmo", step(desk::startScreening, id, r));
        if (fate.equals("SCREENING")) return r;
        if (fate.equals("RETURNED")) {
            long version = r.version();
            return runAs.call("pmo", () -> desk.returnForInformation(id, new CommentCommand(
                    "Please add the expected number of users and a first cost estimate.", version)));
        }
        r = runAs.call("pmo", step(desk::acceptForEvaluation, id, r));
        if (fate.equals("EVALUATION")) return r;
        LocalDate decided = LocalDate.now();
        long version = r.version();
        return runAs.call("pmo", () -> switch (fate) {
            case "REJECTED" -> desk.reject(id, new DecisionCommand("Duplicates the help desk roadmap.", decided, version));
            case "DEFERRED" -> desk.defer(id, new DecisionCommand("Revisit after the platform upgrade next year.", decided, version));
            default -> {
                RequestView approved = desk.approve(id, new DecisionCommand("Strong case, fits the digital strategy.", decided, version));
                yield fate.equals("CONVERTED") ? desk.convert(id, new ConvertCommand(1L, null, null,
                        Map.of("risk_level", "Medium"), approved.version())) : approved;
            }
        });
    }

    private interface Act {
        RequestView apply(long id, long version);
    }

    private static java.util.function.Supplier<RequestView> step(Act act, long id, RequestView request) {
        return () -> act.apply(id, request.version());
    }

    private List<ScoringModelView> models() {
        ScoringModelView strategic = scoring.create(new ScoringModelCommand("Strategic value",
                "Agreed by the portfolio board: fit with the strategy, customer impact and delivery risk.", List.of(
                rated("Strategic fit", 40, Direction.BENEFIT), rated("Customer impact", 35, Direction.BENEFIT),
                rated("Delivery risk", 25, Direction.COST)), null));
        ScoringModelView financial = scoring.create(new ScoringModelCommand("Financial return",
                "For the finance committee: yearly benefit, time to benefit and dependency on other work.", List.of(
                new CriterionDefinition("Yearly benefit (EUR)", BigDecimal.valueOf(50), Direction.BENEFIT, Scale.MEASURED,
                        BigDecimal.ZERO, BigDecimal.valueOf(500_000), List.of()),
                rated("Time to benefit", 30, Direction.COST), rated("Dependency on other work", 20, Direction.COST)), null));
        return List.of(strategic, financial);
    }

    private static CriterionDefinition rated(String name, int weight, Direction direction) {
        return new CriterionDefinition(name, BigDecimal.valueOf(weight), direction, Scale.RATED, null, null, LEVELS);
    }

    /** Three evaluators score the requests in evaluation, deferred or approved; the executive leaves one incomplete. */
    private void score(List<ScoringModelView> models, List<RequestView> requests) {
        String[] evaluators = {"pmo", "portfolio", "exec"};
        for (int r = 0; r < requests.size(); r++) {
            RequestView request = requests.get(r);
            if (!List.of("EVALUATION", "APPROVED", "DEFERRED").contains(request.state().name())) continue;
            for (int e = 0; e < evaluators.length; e++) {
                int seed = r * 7 + e * 3;
                Function<Integer, BigDecimal> rating = offset -> BigDecimal.valueOf(1 + Math.floorMod(seed + offset, 5));
                boolean incomplete = e == 2 && r == 0;
                runAs.call(evaluators[e], () -> {
                    scoring.score(models.get(0).id(), request.id(), new ScorecardCommand(Arrays.asList(
                            rating.apply(2), rating.apply(4), incomplete ? null : rating.apply(1))));
                    scoring.score(models.get(1).id(), request.id(), new ScorecardCommand(List.of(
                            BigDecimal.valueOf(40_000L * (1 + Math.floorMod(seed, 10))), rating.apply(3), rating.apply(0))));
                    return null;
                });
            }
        }
    }

    /** Two scenarios over the next four quarters: by score with budgets per category, by NPV with tight capacity. */
    private Void scenarios(ScoringModelView model, List<RequestView> requests, LocalDate today) {
        List<ScenarioCommand.Budget> budgets = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            budgets.add(new ScenarioCommand.Budget(q, "Digital", BigDecimal.valueOf(300_000)));
            budgets.add(new ScenarioCommand.Budget(q, "Operations", BigDecimal.valueOf(200_000)));
            budgets.add(new ScenarioCommand.Budget(q, "Compliance", BigDecimal.valueOf(150_000)));
        }
        List<ScenarioCommand.Capacity> capacity = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            capacity.add(new ScenarioCommand.Capacity("Java developer", q, BigDecimal.valueOf(3)));
            capacity.add(new ScenarioCommand.Capacity("Data engineer", q, BigDecimal.valueOf(2.5)));
            capacity.add(new ScenarioCommand.Capacity("UX designer", q, BigDecimal.valueOf(1.5)));
        }
        long first = requests.get(0).id();
        long platform = requests.get(3).id();
        long invoices = requests.get(4).id();
        scenarios.create(new ScenarioCommand("Plan by strategic value",
                "Funds the best-scored requests within each category's budget and the teams' capacity.",
                ScenarioCommand.Objective.SCORE, model.id(), today, 4, 5, budgets, capacity, List.of(
                new ScenarioCommand.Rule(ScenarioCommand.RuleKind.WINDOW, platform, null, 0, 2),
                new ScenarioCommand.Rule(ScenarioCommand.RuleKind.REQUIRES, first, platform, null, null)), null));
        List<ScenarioCommand.Capacity> tight = capacity.stream()
                .map(c -> new ScenarioCommand.Capacity(c.role(), c.quarter(), c.fte().multiply(BigDecimal.valueOf(0.6))))
                .toList();
        scenarios.create(new ScenarioCommand("Plan by NPV, tight teams",
                "The same budgets with 40% fewer people: which requests still pay off?",
                ScenarioCommand.Objective.NPV, model.id(), today, 4, 5, budgets, tight, List.of(
                new ScenarioCommand.Rule(ScenarioCommand.RuleKind.WINDOW, platform, null, 0, 3),
                new ScenarioCommand.Rule(ScenarioCommand.RuleKind.EXCLUSIVE, first, invoices, null, null)), null));
        return null;
    }
}
