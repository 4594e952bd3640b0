package org.lodestar.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.lodestar.intake.CriterionDefinition;
import org.lodestar.intake.CriterionDefinition.Direction;
import org.lodestar.intake.CriterionDefinition.Scale;
import org.lodestar.intake.FinancialsCommand;
import org.lodestar.intake.PortfolioScenarios;
import org.lodestar.intake.RequestCommand;
import org.lodestar.intake.RequestDesk;
import org.lodestar.intake.RequestRow;
import org.lodestar.intake.RequestState;
import org.lodestar.intake.RequestTypeCatalog;
import org.lodestar.intake.RequestView;
import org.lodestar.intake.ScenarioCommand;
import org.lodestar.intake.ScorecardCommand;
import org.lodestar.intake.Scoring;
import org.lodestar.intake.ScoringModelCommand;
import org.lodestar.intake.ScoringModelView;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.PortfolioRegistry;
import org.springframework.context.ApplicationContext;

/**
 * Gives a generated organisation its demand through the intake module's API: requests filed with financials and
 * role demand, submitted, screened and accepted for evaluation, each scored on one scoring model, and one scenario
 * that selects among them under budgets by category and capacity by role. What is there is kept: a second run files
 * only the requests missing and reuses the model and the scenario.
 */
final class GeneratedIntake {

    static final String TITLE = "Generated request ";
    static final String MODEL = "Generated value";
    static final String SCENARIO = "Generated portfolio";
    private static final String[] CATEGORIES = {"Digital", "Operations", "Compliance"};
    private static final String[] ROLES = {"Java developer", "Data engineer", "Business analyst", "UX designer"};
    private static final List<String> LEVELS = List.of("None", "Weak", "Fair", "Strong", "Decisive");
    private static final int QUARTERS = 8;

    private final ApplicationContext context;
    private final PrintStream out;

    GeneratedIntake(ApplicationContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    /** Files requests up to {@code count} generated ones, scores them and saves the scenario; prints progress. */
    void generate(int count) {
        if (count <= 0) return;
        RunAs runAs = context.getBean(RunAs.class);
        RequestDesk desk = context.getBean(RequestDesk.class);
        Scoring scoring = context.getBean(Scoring.class);
        long started = System.nanoTime();
        ScoringModelView model = runAs.call("admin", () -> scoring.all().stream()
                .filter(found -> found.name().equals(MODEL)).findFirst().orElseGet(() -> scoring.create(model())));
        long have = runAs.call("admin", () -> desk.list(List.of(RequestState.values()), false).stream()
                .map(RequestRow::title).filter(title -> title.startsWith(TITLE)).count());
        long typeId = runAs.call("admin", () -> context.getBean(RequestTypeCatalog.class).all().stream()
                .filter(type -> type.code().equals("NEW_PROJECT")).findFirst().orElseThrow().id());
        Long portfolio = runAs.call("admin", () -> context.getBean(PortfolioRegistry.class).portfolios().stream()
                .findFirst().map(found -> found.id()).orElse(null));
        Random random = new Random(17);
        for (long n = have + 1; n <= count; n++) {
            long number = n;
            runAs.call("admin", () -> file(desk, scoring, model, typeId, portfolio, number, random));
            if (number % 250 == 0 || number == count) {
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf("  requests %,d of %,d, %.0f s, about %.0f s left%n", number, count, seconds,
                        seconds / (number - have) * (count - number));
            }
        }
        PortfolioScenarios scenarios = context.getBean(PortfolioScenarios.class);
        runAs.call("admin", () -> scenarios.all().stream().filter(found -> found.name().equals(SCENARIO)).findFirst()
                .orElseGet(() -> scenarios.create(scenario(model))));
        out.printf("Filed %,d requests in %.1f s (%,d were there).%n", Math.max(0, count - have),
                (System.nanoTime() - started) / 1e9, have);
    }

    /** One request taken to evaluation and scored: the path a requester, the PMO and an evaluator take. */
    private static Void file(RequestDesk desk, Scoring scoring, ScoringModelView model, long typeId, Long portfolio,
                             long number, Random random) {
        String category = CATEGORIES[(int) (number % CATEGORIES.length)];
        int size = 1 + random.nextInt(10); // in 50,000 EUR steps
        RequestView request = desk.create(new RequestCommand(typeId, TITLE + number,
                "Filed by the generator for an organisation at scale.", portfolio, null, null, category,
                BigDecimal.valueOf(50_000L * size), "EUR", List.of(), Map.of(
                        "problem", "Staff lose time with today's process.",
                        "outcome", "A faster, measurable process with fewer errors.",
                        "urgency", "intake.default.choice." + List.of("low", "medium", "high").get(random.nextInt(3)),
                        "areas", "intake.default.choice.customers,intake.default.choice.technology",
                        "reference", "https://wiki.lodestar.example/demand/" + number), null));
        List<FinancialsCommand.QuarterLine> flows = new ArrayList<>();
        int build = 1 + random.nextInt(3);
        for (int q = 0; q < build + 3; q++) {
            BigDecimal cost = q < build ? BigDecimal.valueOf(50_000L * size / build) : BigDecimal.ZERO;
            BigDecimal benefit = q < build ? BigDecimal.ZERO : BigDecimal.valueOf(10_000L * (1 + random.nextInt(4 * size)));
            flows.add(new FinancialsCommand.QuarterLine(cost, benefit));
        }
        List<FinancialsCommand.Demand> demand = List.of(
                new FinancialsCommand.Demand(ROLES[random.nextInt(ROLES.length)], 0,
                        BigDecimal.valueOf(5 + random.nextInt(20), 1)));
        request = desk.changeFinancials(request.id(), new FinancialsCommand(BigDecimal.valueOf(8), flows, demand,
                request.version()));
        request = desk.submit(request.id(), request.version());
        request = desk.startScreening(request.id(), request.version());
        desk.acceptForEvaluation(request.id(), request.version());
        List<BigDecimal> entries = new ArrayList<>();
        for (int criterion = 0; criterion < model.criteria().size(); criterion++) {
            entries.add(BigDecimal.valueOf(1 + random.nextInt(5)));
        }
        scoring.score(model.id(), request.id(), new ScorecardCommand(entries));
        return null;
    }

    private static ScoringModelCommand model() {
        return new ScoringModelCommand(MODEL, "Scores the generated requests: fit, impact and delivery risk.", List.of(
                rated("Strategic fit", 40, Direction.BENEFIT), rated("Customer impact", 35, Direction.BENEFIT),
                rated("Delivery risk", 25, Direction.COST)), null);
    }

    private static CriterionDefinition rated(String name, int weight, Direction direction) {
        return new CriterionDefinition(name, BigDecimal.valueOf(weight), direction, Scale.RATED, null, null, LEVELS);
    }

    /** By score over two years: each category's budget a quarter and each role's people a quarter. */
    private static ScenarioCommand scenario(ScoringModelView model) {
        List<ScenarioCommand.Budget> budgets = new ArrayList<>();
        List<ScenarioCommand.Capacity> capacities = new ArrayList<>();
        for (int q = 0; q < QUARTERS; q++) {
            for (String category : CATEGORIES) budgets.add(new ScenarioCommand.Budget(q, category, BigDecimal.valueOf(4_000_000)));
            for (String role : ROLES) capacities.add(new ScenarioCommand.Capacity(role, q, BigDecimal.valueOf(40)));
        }
        return new ScenarioCommand(SCENARIO, "The generated demand under budgets by category and people by role.",
                ScenarioCommand.Objective.SCORE, model.id(), LocalDate.now(), QUARTERS, 5, budgets, capacities,
                List.of(), null);
    }
}
