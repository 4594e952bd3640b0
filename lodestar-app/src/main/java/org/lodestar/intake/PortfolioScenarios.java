package org.lodestar.intake;

import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.lodestar.engine.select.Selection;
import org.lodestar.engine.select.SelectionExplainer;
import org.lodestar.intake.internal.IntakeRecords;
import org.lodestar.intake.internal.RequestDemand;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.lodestar.intake.internal.ScenarioResults;
import org.lodestar.intake.internal.StoredBudget;
import org.lodestar.intake.internal.StoredCapacity;
import org.lodestar.intake.internal.StoredRule;
import org.lodestar.intake.internal.StoredScenario;
import org.lodestar.intake.internal.StoredScenarios;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NodeName;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.CurrencyRates;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.solver.CpSatSelector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Portfolio scenarios: which requests (in evaluation or approved) to fund beside the ongoing projects (committed:
 * always funded), maximising total score or NPV within budgets and capacities, solved by CP-SAT. A solve is kept
 * (table {@code scenario_result}, shared by all nodes) with the fingerprint of the inputs it depended on, so that
 * reading a scenario again solves again only when an input changed; scenarios with a long time limit are solved in
 * the background while reads report the progress. Reviewers define, copy and delete scenarios; executives read
 * them too.
 */
@Service
public class PortfolioScenarios {

    static final String AUDIT_TYPE = "scenario";
    private static final List<RequestState> CANDIDATE_STATES = List.of(RequestState.EVALUATION, RequestState.APPROVED);

    private final StoredScenarios scenarios;
    /** The time of each solve this node runs (metrics: lodestar_solver_seconds). */
    private final Timer solverTime;
    private final IntakeRecords records;
    private final Scoring scoring;
    private final ProjectRegistry projects;
    private final InputValidation validation;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;
    private final String currency;
    private final ScenarioResults results;
    private final TransactionTemplate readOnly;
    private final int backgroundAboveSeconds;
    private final String node = NodeName.create(80);
    private final AtomicLong solves = new AtomicLong();
    private final CurrencyRates rates;
    private final List<CommittedRoleDemand> committedDemand;
    private final ExecutorService background = Executors.newFixedThreadPool(2, work -> {
        Thread thread = new Thread(work, "scenario-solver");
        thread.setDaemon(true);
        return thread;
    });

    /** How long after its time limit a solve still under way is taken for abandoned (its node stopped). */
    private static final Duration ABANDONED_AFTER = Duration.ofSeconds(60);

    PortfolioScenarios(StoredScenarios scenarios, IntakeRecords records, Scoring scoring,
                       ProjectRegistry projects, InputValidation validation, AuditTrail audit, CurrentUser currentUser,
                       MessageSource messages, Clock clock, @Value("${lodestar.intake.currency:EUR}") String currency,
                       ScenarioResults results, PlatformTransactionManager transactions,
                       @Value("${lodestar.intake.scenarios.background-above-seconds:5}") int backgroundAboveSeconds,
                       MeterRegistry meters, CurrencyRates rates, List<CommittedRoleDemand> committedDemand) {
        this.committedDemand = List.copyOf(committedDemand);
        this.solverTime = meters.timer("lodestar.solver", "problem", "portfolio-selection");
        this.rates = rates;
        this.results = results;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.backgroundAboveSeconds = backgroundAboveSeconds;
        this.scenarios = scenarios;
        this.records = records;
        this.scoring = scoring;
        this.projects = projects;
        this.validation = validation;
        this.audit = audit;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
        this.currency = currency;
    }

    /** The currency of every scenario's amounts: budgets, costs and NPV. */
    public String currency() {
        return currency;
    }

    public boolean canManage() {
        return currentUser.find().map(OrganisationAct.MANAGE_SCENARIOS::allows).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<ScenarioView> all() {
        requireReader();
        return scenarios.findAll().stream().map(this::view).sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
    }

    @Transactional(readOnly = true)
    public ScenarioView get(long id) {
        requireReader();
        return view(load(id));
    }

    @Transactional
    public ScenarioView create(ScenarioCommand command) {
        requireManager();
        StoredScenario scenario = scenarios.save(StoredScenario.create(definition(command), Instant.now(clock)));
        audit.created(AUDIT_TYPE, scenario.id(), scenario.name(), snapshot(scenario));
        return view(scenario);
    }

    @Transactional
    public ScenarioView change(long id, ScenarioCommand command) {
        requireManager();
        StoredScenario scenario = load(id);
        StaleVersionException.check(command.version(), scenario.version(), "scenario " + scenario.name());
        Map<String, String> before = snapshot(scenario);
        scenario.change(definition(command), command.version(), Instant.now(clock));
        scenario = scenarios.save(scenario);
        audit.updated(AUDIT_TYPE, scenario.id(), scenario.name(), before, snapshot(scenario));
        return view(scenario);
    }

    /** A copy of the scenario, named "Copy of ...", to change without losing the original. */
    @Transactional
    public ScenarioView copy(long id) {
        ScenarioView original = get(id);
        ScenarioCommand command = original.toCommand();
        String name = messages.getMessage("scenario.copyOf", new Object[] {original.name()},
                LocaleContextHolder.getLocale());
        return create(new ScenarioCommand(name.length() > 120 ? name.substring(0, 120) : name, command.description(),
                command.objective(), command.scoringModelId(), command.firstQuarter(), command.quarters(),
                command.timeLimitSeconds(), command.budgets(), command.capacities(), command.rules(), null));
    }

    @Transactional
    public void delete(long id, long version) {
        requireManager();
        StoredScenario scenario = load(id);
        StaleVersionException.check(version, scenario.version(), "scenario " + scenario.name());
        audit.deleted(AUDIT_TYPE, scenario.id(), scenario.name(), snapshot(scenario));
        scenarios.delete(scenario);
    }

    /**
     * The scenario's result: the kept one when it was solved from the same inputs, otherwise solved now, or, for a
     * time limit above {@code lodestar.intake.scenarios.background-above-seconds}, in the background (the answer is
     * then the progress; read again). Concurrent reads of the same inputs, on any node, start one solve. A scenario
     * no selection can satisfy is refused with {@link InfeasibleScenarioException} naming the constraint (422).
     */
    public ScenarioSolution read(long id) {
        record Inputs(ScenarioView scenario, List<ScenarioModel.Candidate> candidates, Map<String, double[]> committed) {
        }
        Inputs inputs = readOnly.execute(status -> {
            ScenarioView scenario = get(id);
            return new Inputs(scenario, candidates(scenario), committedDemand(scenario));
        });
        ScenarioView scenario = inputs.scenario();
        ScenarioModel built = new ScenarioModel(scenario, inputs.candidates(), 1.0, inputs.committed());
        Optional<SelectionExplainer.Infeasibility> evident = SelectionExplainer.infeasibility(built.model);
        if (evident.isPresent()) throw infeasible(scenario, built, evident.get());
        String fingerprint = fingerprint(scenario, inputs.candidates(), inputs.committed());
        Duration limit = Duration.ofSeconds(scenario.timeLimitSeconds());
        boolean inBackground = scenario.timeLimitSeconds() > backgroundAboveSeconds;
        Instant waitUntil = Instant.now(clock).plus(limit).plus(ABANDONED_AFTER);
        while (true) {
            Optional<ScenarioResults.Solve> last = results.find(id).filter(s -> s.fingerprint().equals(fingerprint));
            Instant now = Instant.now(clock);
            if (last.isPresent() && !last.get().solving()) {
                return ScenarioSolution.ready(present(scenario, built, last.get().selection(), last.get().millis()));
            }
            boolean abandoned = last.isPresent() && last.get().startedAt().plus(limit).plus(ABANDONED_AFTER).isBefore(now);
            if (last.isPresent() && !abandoned) {
                // another read (here or on another node) is solving these inputs
                if (inBackground) return progress(scenario, last.get(), limit);
                if (now.isAfter(waitUntil)) throw new InfeasibleScenarioException("intake.infeasible.timeout");
                pause();
                continue;
            }
            if (!results.claim(id, fingerprint, node, now, (int) limit.toMillis(), now.minus(limit).minus(ABANDONED_AFTER))) {
                continue; // claimed meanwhile by another read: follow it
            }
            if (!inBackground) {
                Timed timed = solveClaimed(id, fingerprint, built, limit);
                return ScenarioSolution.ready(present(scenario, built, timed.selection(), timed.millis()));
            }
            background.execute(() -> solveClaimed(id, fingerprint, built, limit));
            return ScenarioSolution.solving(id, 0, limit.toSeconds(), null);
        }
    }

    /**
     * The scenario's result, waiting for a background solve to end (comparisons use it: they show kept results and
     * solve only scenarios whose inputs changed).
     */
    public ScenarioResult solve(long id) {
        while (true) {
            ScenarioSolution solution = read(id);
            if (solution.isReady()) return solution.result();
            pause();
        }
    }

    /** How many solves of scenarios' own results this node has run (kept results are not solves). */
    public long solves() {
        return solves.get();
    }

    @PreDestroy
    void stopSolving() {
        background.shutdownNow();
    }

    private record Timed(Selection selection, long millis) {
    }

    /** Runs the solve this node claimed and keeps its answer; a failed solve gives the claim up. */
    private Timed solveClaimed(long id, String fingerprint, ScenarioModel built, Duration limit) {
        try {
            AtomicLong reported = new AtomicLong();
            long started = System.nanoTime();
            solves.incrementAndGet();
            Selection selection = new CpSatSelector(limit, 2).select(built.model, best -> {
                long now = System.nanoTime();
                long last = reported.get();
                // at most one write a second
                if (now - last >= 1_000_000_000L && reported.compareAndSet(last, now)) {
                    results.progress(id, fingerprint, node, best);
                }
            });
            long millis = (System.nanoTime() - started) / 1_000_000;
            solverTime.record(Duration.ofNanos(System.nanoTime() - started));
            results.solved(id, fingerprint, node, selection, millis);
            return new Timed(selection, millis);
        } catch (RuntimeException | Error failed) {
            results.abandon(id, fingerprint, node);
            throw failed;
        }
    }

    private ScenarioSolution progress(ScenarioView scenario, ScenarioResults.Solve solve, Duration limit) {
        long elapsed = Duration.between(solve.startedAt(), Instant.now(clock)).toSeconds();
        Long best = solve.bestObjective();
        return ScenarioSolution.solving(scenario.id(), Math.max(0, elapsed), limit.toSeconds(),
                best == null ? null : scenario.objective().value(best));
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a scenario's solve", interrupted);
        }
    }

    /**
     * The SHA-256 of a canonical form of everything the solve depends on: the scenario's settings (objective,
     * scoring model, horizon, time limit, budgets, capacities, rules; not its name or description) and each
     * candidate as the model reads it (value from the scores or NPV, mandatory, category, costs, demand, start
     * window), in the model's order. Candidates' names are not in it: a result is presented with today's names.
     */
    static String fingerprint(ScenarioView scenario, List<ScenarioModel.Candidate> candidates) {
        return fingerprint(scenario, candidates, Map.of());
    }

    /** As above, with the role demand ongoing projects committed (each role's FTE per quarter), when there is any. */
    static String fingerprint(ScenarioView scenario, List<ScenarioModel.Candidate> candidates,
                              Map<String, double[]> committed) {
        StringBuilder text = new StringBuilder("scenario-inputs/1\n");
        field(text, scenario.id(), scenario.objective(), scenario.scoringModelId(), scenario.firstQuarter(),
                scenario.quarters(), scenario.timeLimitSeconds());
        for (ScenarioCommand.Budget b : scenario.budgets()) {
            field(text, "budget", b.quarter(), b.category(), b.amount().stripTrailingZeros().toPlainString());
        }
        for (ScenarioCommand.Capacity c : scenario.capacities()) {
            field(text, "capacity", c.role(), c.quarter(), c.fte().stripTrailingZeros().toPlainString());
        }
        for (ScenarioCommand.Rule r : scenario.rules()) {
            field(text, "rule", r.kind(), r.requestId(), r.otherRequestId(), r.fromQuarter(), r.toQuarter());
        }
        for (ScenarioModel.Candidate c : candidates) {
            field(text, "candidate", c.kind(), c.id(), c.code(), c.mandatory(), c.value(), c.category(),
                    java.util.Arrays.toString(c.costs()), c.firstStart(), c.lastStart());
            new TreeMap<>(c.demand()).forEach((role, fte) -> field(text, "demand", role, java.util.Arrays.toString(fte)));
        }
        new TreeMap<>(committed).forEach((role, fte) -> field(text, "committed", role, java.util.Arrays.toString(fte)));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Each value length-prefixed, so that no text can pass for another split. */
    private static void field(StringBuilder text, Object... values) {
        for (Object value : values) {
            String v = String.valueOf(value);
            text.append(value == null ? -1 : v.length()).append(':').append(value == null ? "" : v).append(';');
        }
        text.append('\n');
    }

    /**
     * Several scenarios solved, side by side, from their kept results (solving those whose inputs changed, and
     * waiting for those solved in the background); an infeasible one is left out with its reason.
     */
    public List<Comparison> compare(List<Long> ids) {
        List<Comparison> comparisons = new ArrayList<>();
        for (Long id : ids.stream().distinct().toList()) {
            ScenarioView scenario = get(id);
            try {
                comparisons.add(new Comparison(scenario, solve(id), null));
            } catch (InfeasibleScenarioException infeasible) {
                comparisons.add(new Comparison(scenario, null, messages.getMessage(infeasible.messageKey(),
                        infeasible.arguments(), LocaleContextHolder.getLocale())));
            }
        }
        return comparisons;
    }

    /** A scenario in a comparison: its result, or why it has none. */
    public record Comparison(ScenarioView scenario, ScenarioResult result, String infeasible) {
    }

    /**
     * The efficient frontier: the best objective with every budget (totals and categories alike) scaled from 25% to
     * 150% of the scenario's, each solved with a short time limit. A point reports its level and every scaled budget
     * dimension. Empty when the scenario sets no budget.
     */
    @Transactional(readOnly = true)
    public List<FrontierPoint> frontier(long id) {
        ScenarioView scenario = get(id);
        if (scenario.budgets().stream().allMatch(b -> b.amount().signum() == 0)) return List.of();
        List<ScenarioModel.Candidate> candidates = candidates(scenario);
        Map<String, double[]> committed = committedDemand(scenario);
        List<FrontierPoint> points = new ArrayList<>();
        for (int percent = 25; percent <= 150; percent += 25) {
            double scale = percent / 100.0;
            long total = 0;
            Map<String, Long> categories = new java.util.TreeMap<>();
            for (ScenarioCommand.Budget budget : scenario.budgets()) {
                long scaled = (long) Math.floor(budget.amount().doubleValue() * scale); // as ScenarioModel scales it
                if (budget.isTotal()) total += scaled;
                else categories.merge(budget.category().strip(), scaled, Long::sum);
            }
            long headline = total > 0 ? total : categories.values().stream().mapToLong(Long::longValue).sum();
            try {
                ScenarioResult result = solve(scenario, candidates, committed, scale, Duration.ofSeconds(1));
                points.add(new FrontierPoint(percent, headline, total, categories, result.objective(),
                        result.selected().size()));
            } catch (InfeasibleScenarioException infeasible) {
                points.add(new FrontierPoint(percent, headline, total, categories, null, 0));
            }
        }
        return points;
    }

    /** A solve that is not kept: the frontier's points, each with a short time limit. */
    private ScenarioResult solve(ScenarioView scenario, List<ScenarioModel.Candidate> candidates,
                                 Map<String, double[]> committed, double budgetScale, Duration timeLimit) {
        ScenarioModel built = new ScenarioModel(scenario, candidates, budgetScale, committed);
        Optional<SelectionExplainer.Infeasibility> evident = SelectionExplainer.infeasibility(built.model);
        if (evident.isPresent()) throw infeasible(scenario, built, evident.get());
        long started = System.nanoTime();
        Selection selection = new CpSatSelector(timeLimit, 2).select(built.model);
        return present(scenario, built, selection, (System.nanoTime() - started) / 1_000_000);
    }

    /** The result of a selection in words: in the reader's language, with the candidates' current names. */
    private ScenarioResult present(ScenarioView scenario, ScenarioModel built, Selection selection, long millis) {
        List<ScenarioModel.Candidate> candidates = built.candidates;
        if (selection.status() == Selection.Status.INFEASIBLE) {
            throw new InfeasibleScenarioException("intake.infeasible.other");
        }
        if (selection.status() == Selection.Status.UNKNOWN) {
            throw new InfeasibleScenarioException("intake.infeasible.timeout");
        }
        SelectionExplainer.Reason[] reasons = SelectionExplainer.whyNot(built.model, selection);
        List<ScenarioResult.Candidate> rows = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            ScenarioModel.Candidate candidate = candidates.get(c);
            boolean chosen = selection.isChosen(c);
            Integer start = chosen ? built.model.optionPeriod(built.model.firstOption(c) + selection.option(c)) : null;
            rows.add(new ScenarioResult.Candidate(candidate.kind(), candidate.id(), candidate.code(), candidate.name(),
                    built.model.isMandatory(c), scenario.objective().value(candidate.value()), chosen, start,
                    start == null ? null : scenario.quarterLabels().get(start),
                    chosen ? null : reason(scenario, built, reasons[c])));
        }
        return usage(scenario, built, selection, rows, millis);
    }

    private ScenarioResult usage(ScenarioView scenario, ScenarioModel built, Selection selection,
                                 List<ScenarioResult.Candidate> rows, long millis) {
        int quarters = scenario.quarters();
        List<BigDecimal> cost = zeros(quarters);
        List<BigDecimal> budget = zeros(quarters);
        Map<String, List<BigDecimal>> perCategory = new LinkedHashMap<>();
        Map<String, List<BigDecimal>> perRole = new LinkedHashMap<>();
        Map<String, List<BigDecimal>> capacity = new LinkedHashMap<>();
        scenario.budgets().forEach(b -> {
            if (b.isTotal()) budget.set(b.quarter(), budget.get(b.quarter()).add(b.amount()));
            else perCategory.computeIfAbsent(b.category().strip(), k -> zeros(quarters));
        });
        scenario.capacities().forEach(c -> capacity.computeIfAbsent(c.role().strip(), k -> zeros(quarters))
                .set(c.quarter(), c.fte()));
        built.candidates.forEach(c -> c.demand().keySet().forEach(role -> perRole.computeIfAbsent(role, k -> zeros(quarters))));
        capacity.keySet().forEach(role -> perRole.computeIfAbsent(role, k -> zeros(quarters)));
        // what ongoing projects committed is used too, so that the used FTE reads against the whole capacity
        built.committed.forEach((role, fte) -> {
            List<BigDecimal> used = perRole.get(role);
            if (used == null) return;
            for (int q = 0; q < Math.min(quarters, fte.length); q++) {
                used.set(q, used.get(q).add(BigDecimal.valueOf(fte[q]).setScale(2, java.math.RoundingMode.HALF_UP)));
            }
        });
        for (int c = 0; c < built.candidates.size(); c++) {
            if (!selection.isChosen(c)) continue;
            ScenarioModel.Candidate candidate = built.candidates.get(c);
            int start = built.model.optionPeriod(built.model.firstOption(c) + selection.option(c));
            for (int q = 0; q < quarters; q++) {
                BigDecimal spent = ScenarioModel.costIn(candidate, start, q);
                cost.set(q, cost.get(q).add(spent));
                List<BigDecimal> category = candidate.category() == null ? null
                        : perCategory.get(perCategory.keySet().stream()
                        .filter(k -> k.equalsIgnoreCase(candidate.category())).findFirst().orElse(""));
                if (category != null) category.set(q, category.get(q).add(spent));
                for (String role : candidate.demand().keySet()) {
                    List<BigDecimal> fte = perRole.get(role);
                    fte.set(q, fte.get(q).add(ScenarioModel.fteIn(candidate, role, start, q)));
                }
            }
        }
        return new ScenarioResult(scenario, selection.status().name(), scenario.objective().value(selection.value()),
                scenario.objective().value(Math.round(selection.bound())).doubleValue(),
                selection.gap() * 100, rows, cost, budget, perCategory, perRole, capacity, millis, currency);
    }

    private static List<BigDecimal> zeros(int size) {
        List<BigDecimal> list = new ArrayList<>();
        for (int i = 0; i < size; i++) list.add(BigDecimal.ZERO);
        return list;
    }

    /**
     * The role demand that ongoing projects committed in the scenario's quarters, for the roles whose capacity the
     * scenario limits (the others constrain nothing): from {@link CommittedRoleDemand} where a module provides it.
     */
    private Map<String, double[]> committedDemand(ScenarioView scenario) {
        Set<String> roles = scenario.capacities().stream().map(c -> c.role().strip())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        Map<String, double[]> committed = new TreeMap<>();
        if (roles.isEmpty()) return committed;
        for (CommittedRoleDemand source : committedDemand) {
            source.fteByQuarter(scenario.firstQuarter(), scenario.quarters(), roles).forEach((role, fte) -> {
                double[] sum = committed.computeIfAbsent(role, r -> new double[scenario.quarters()]);
                for (int q = 0; q < Math.min(sum.length, fte.length); q++) sum[q] += fte[q];
            });
        }
        return committed;
    }

    /** The candidates: requests in evaluation or approved, and ongoing projects as committed. */
    List<ScenarioModel.Candidate> candidates(ScenarioView scenario) {
        Map<Long, Double> scores = scenario.objective() == ScenarioCommand.Objective.SCORE && scenario.scoringModelId() != null
                ? scoring.scores(scenario.scoringModelId()) : Map.of();
        Map<Long, int[]> windows = new HashMap<>();
        for (ScenarioCommand.Rule rule : scenario.rules()) {
            if (rule.kind() == ScenarioCommand.RuleKind.WINDOW) {
                windows.put(rule.requestId(), new int[] {rule.fromQuarter(), rule.toQuarter()});
            }
        }
        List<ScenarioModel.Candidate> candidates = new ArrayList<>();
        // every amount in the scenario's currency, at the rate in force in the scenario's first month
        CurrencyRates.Converter converter = rates.now();
        YearMonth month = YearMonth.from(scenario.firstQuarter());
        for (IntakeRecords.Candidate request : records.candidates(CANDIDATE_STATES)) {
            long value = scenario.objective() == ScenarioCommand.Objective.SCORE
                    ? scenario.objective().solverValue(scores.getOrDefault(request.id(), 0.0))
                    : Math.max(0, scenario.objective().solverValue(converted(converter, request.code(),
                            BigDecimal.valueOf(Optional.ofNullable(RequestDesk.npv(request.quarters(),
                                    request.discountRate())).orElse(0.0)),
                            request.currency(), month).doubleValue()));
            int[] window = windows.getOrDefault(request.id(), new int[] {0, 0});
            candidates.add(new ScenarioModel.Candidate("request", request.id(), request.code(), request.title(),
                    request.mandatory(), value, request.category(), costs(converter, request, month), demand(request),
                    window[0], window[1]));
        }
        candidates.addAll(committedProjects(scenario, converter, month));
        return candidates;
    }

    private double[] costs(CurrencyRates.Converter converter, IntakeRecords.Candidate request, YearMonth month) {
        return request.quarters().stream().mapToDouble(q -> converted(converter, request.code(), q.cost(),
                request.currency(), month).doubleValue()).toArray();
    }

    /**
     * An amount in the scenario's currency; a candidate whose currency has no rate in force makes the scenario
     * unsolvable with a message naming it (adding its amounts unconverted would compare unlike things).
     */
    private BigDecimal converted(CurrencyRates.Converter converter, String code, BigDecimal amount, String from,
                                 YearMonth month) {
        if (amount == null || from == null || from.equalsIgnoreCase(currency)) return amount;
        BigDecimal converted = converter.convert(amount, from, currency, month);
        if (converted == null) throw new InfeasibleScenarioException("intake.infeasible.rate", code, from, currency, month);
        return converted;
    }

    private static Map<String, double[]> demand(IntakeRecords.Candidate request) {
        Map<String, double[]> demand = new LinkedHashMap<>();
        int length = request.demands().stream().mapToInt(RequestDemand::quarter).max().orElse(-1) + 1;
        for (RequestDemand d : request.demands()) {
            demand.computeIfAbsent(d.role(), r -> new double[length])[d.quarter()] += d.fte().doubleValue();
        }
        return demand;
    }

    /** Ongoing projects with a budget and planned dates, their budget spread evenly over their planned quarters. */
    private List<ScenarioModel.Candidate> committedProjects(ScenarioView scenario, CurrencyRates.Converter converter,
                                                            YearMonth month) {
        List<ScenarioModel.Candidate> committed = new ArrayList<>();
        ProjectQuery active = new ProjectQuery(null, null, null, ProjectState.ACTIVE, null, null, null, null, null,
                false, "code", false, 0, ProjectQuery.MAX_EXPORT_SIZE);
        for (ProjectRow project : projects.export(active).rows()) {
            if (project.budget() == null || project.plannedStart() == null || project.plannedFinish() == null) continue;
            int first = quarterIndex(scenario.firstQuarter(), project.plannedStart());
            int last = quarterIndex(scenario.firstQuarter(), project.plannedFinish());
            if (last < 0 || first >= scenario.quarters() || last < first) continue;
            double perQuarter = converted(converter, project.code(), project.budget(), project.currency(), month)
                    .doubleValue() / (last - first + 1);
            double[] costs = new double[scenario.quarters()];
            for (int q = Math.max(0, first); q <= Math.min(last, scenario.quarters() - 1); q++) costs[q] = perQuarter;
            committed.add(new ScenarioModel.Candidate("project", project.id(), project.code(), project.name(), true, 0,
                    null, costs, Map.of(), 0, 0));
        }
        return committed;
    }

    static int quarterIndex(LocalDate firstQuarter, LocalDate date) {
        LocalDate quarterOfDate = quarterStart(date);
        return (int) (ChronoUnit.MONTHS.between(firstQuarter, quarterOfDate) / 3);
    }

    static LocalDate quarterStart(LocalDate date) {
        return LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    // ---- words

    private String reason(ScenarioView scenario, ScenarioModel built, SelectionExplainer.Reason reason) {
        return switch (reason.kind()) {
            case EXCLUDED -> text("intake.reason.excluded");
            case REQUIRES -> text("intake.reason.requires", built.candidates.get(reason.otherCandidate()).code());
            case EXCLUDES -> text("intake.reason.excludes", built.candidates.get(reason.otherCandidate()).code());
            case LOWER_VALUE -> text("intake.reason.lowerValue");
            case CAPACITY -> overflow("intake.reason.", scenario, built.dimensions.get(reason.dimension()), reason.excess());
        };
    }

    private InfeasibleScenarioException infeasible(ScenarioView scenario, ScenarioModel built,
                                                   SelectionExplainer.Infeasibility why) {
        return switch (why.kind()) {
            case MANDATORY_OVER_CAPACITY -> {
                ScenarioModel.Dimension d = built.dimensions.get(why.dimension());
                String quarter = scenario.quarterLabels().get(d.quarter());
                yield switch (d.kind()) {
                    case BUDGET -> new InfeasibleScenarioException("intake.infeasible.budget", quarter, money(why.excess()));
                    case CATEGORY -> new InfeasibleScenarioException("intake.infeasible.categoryBudget", quarter,
                            d.label(), money(why.excess()));
                    case CAPACITY -> new InfeasibleScenarioException("intake.infeasible.capacity", quarter, d.label(),
                            fte(why.excess()));
                };
            }
            case MANDATORY_EXCLUDED -> new InfeasibleScenarioException("intake.infeasible.mandatoryExcluded",
                    built.candidates.get(why.candidate()).code());
            case MANDATORY_CONFLICT -> new InfeasibleScenarioException("intake.infeasible.conflict",
                    built.candidates.get(why.candidate()).code(), built.candidates.get(why.otherCandidate()).code());
            case MANDATORY_REQUIRES_EXCLUDED -> new InfeasibleScenarioException("intake.infeasible.requiresExcluded",
                    built.candidates.get(why.candidate()).code(), built.candidates.get(why.otherCandidate()).code());
        };
    }

    private String overflow(String prefix, ScenarioView scenario, ScenarioModel.Dimension d, long excess) {
        String quarter = scenario.quarterLabels().get(d.quarter());
        return switch (d.kind()) {
            case BUDGET -> text(prefix + "budget", quarter, money(excess));
            case CATEGORY -> text(prefix + "categoryBudget", quarter, d.label(), money(excess));
            case CAPACITY -> text(prefix + "capacity", quarter, d.label(), fte(excess));
        };
    }

    private String money(long amount) {
        return NumberFormat.getNumberInstance(LocaleContextHolder.getLocale()).format(amount) + " " + currency;
    }

    private static String fte(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2).setScale(1, java.math.RoundingMode.UP).toPlainString();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    // ---- definition

    private StoredScenario.Definition definition(ScenarioCommand command) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        if (command.objective() == ScenarioCommand.Objective.SCORE && command.scoringModelId() == null) {
            problems.add("scoringModelId", "intake.validation.scenario.model");
        }
        if (command.scoringModelId() != null) {
            try {
                scoring.get(command.scoringModelId());
            } catch (NotFoundException unknown) {
                problems.add("scoringModelId", "intake.validation.scenario.model");
            }
        }
        int quarters = command.quarters();
        Set<String> budgetKeys = new HashSet<>();
        for (int i = 0; i < command.budgets().size(); i++) {
            ScenarioCommand.Budget b = command.budgets().get(i);
            if (b.quarter() >= quarters) problems.add("budgets[" + i + "].quarter", "intake.validation.scenario.quarter", quarters);
            if (!budgetKeys.add(b.quarter() + "/" + (b.isTotal() ? "" : b.category().strip().toLowerCase()))) {
                problems.add("budgets[" + i + "]", "intake.validation.scenario.duplicate");
            }
        }
        Set<String> capacityKeys = new HashSet<>();
        for (int i = 0; i < command.capacities().size(); i++) {
            ScenarioCommand.Capacity c = command.capacities().get(i);
            if (c.quarter() >= quarters) problems.add("capacities[" + i + "].quarter", "intake.validation.scenario.quarter", quarters);
            if (c.role() != null && !capacityKeys.add(c.quarter() + "/" + c.role().strip())) {
                problems.add("capacities[" + i + "]", "intake.validation.scenario.duplicate");
            }
        }
        Set<Long> candidateIds = records.rows(CANDIDATE_STATES, null).stream().map(IntakeRecords.Row::id)
                .collect(Collectors.toSet());
        for (int i = 0; i < command.rules().size(); i++) {
            ScenarioCommand.Rule r = command.rules().get(i);
            String path = "rules[" + i + "]";
            if (r.requestId() != null && !candidateIds.contains(r.requestId())) {
                problems.add(path + ".requestId", "intake.validation.scenario.candidate");
            }
            boolean pair = r.kind() == ScenarioCommand.RuleKind.REQUIRES || r.kind() == ScenarioCommand.RuleKind.EXCLUSIVE;
            if (pair && (r.otherRequestId() == null || !candidateIds.contains(r.otherRequestId())
                    || r.otherRequestId().equals(r.requestId()))) {
                problems.add(path + ".otherRequestId", "intake.validation.scenario.candidate");
            }
            if (r.kind() == ScenarioCommand.RuleKind.WINDOW && (r.fromQuarter() == null || r.toQuarter() == null
                    || r.fromQuarter() < 0 || r.toQuarter() < r.fromQuarter() || r.toQuarter() >= quarters)) {
                problems.add(path + ".toQuarter", "intake.validation.scenario.window", quarters);
            }
        }
        problems.throwIfAny();
        List<StoredBudget> budgets = command.budgets().stream()
                .map(b -> new StoredBudget(b.quarter(), b.isTotal() ? "" : b.category().strip(), b.amount())).toList();
        List<StoredCapacity> capacities = command.capacities().stream()
                .map(c -> new StoredCapacity(c.role().strip(), c.quarter(), c.fte())).toList();
        List<StoredRule> rules = new ArrayList<>();
        for (int i = 0; i < command.rules().size(); i++) {
            ScenarioCommand.Rule r = command.rules().get(i);
            boolean window = r.kind() == ScenarioCommand.RuleKind.WINDOW;
            boolean pair = r.kind() == ScenarioCommand.RuleKind.REQUIRES || r.kind() == ScenarioCommand.RuleKind.EXCLUSIVE;
            rules.add(new StoredRule(i, r.kind().name(), r.requestId(), pair ? r.otherRequestId() : null,
                    window ? r.fromQuarter() : null, window ? r.toQuarter() : null));
        }
        return new StoredScenario.Definition(command.name().strip(), blankToNull(command.description()),
                command.objective().name(), command.scoringModelId(), quarterStart(command.firstQuarter()), quarters,
                command.timeLimitSeconds() * 1000, budgets, capacities, rules);
    }

    private ScenarioView view(StoredScenario s) {
        String modelName = null;
        if (s.scoringModel() != null) {
            try {
                modelName = scoring.get(s.scoringModel()).name();
            } catch (NotFoundException gone) {
                modelName = null;
            }
        }
        List<String> labels = new ArrayList<>();
        for (int q = 0; q < s.quarters(); q++) {
            LocalDate start = s.firstQuarter().plusMonths(3L * q);
            labels.add(start.getYear() + " Q" + ((start.getMonthValue() - 1) / 3 + 1));
        }
        return new ScenarioView(s.id(), s.name(), s.description(), ScenarioCommand.Objective.valueOf(s.objective()),
                s.scoringModel(), modelName, s.firstQuarter(), s.quarters(), s.timeLimitMs() / 1000,
                s.budgets().stream().map(b -> new ScenarioCommand.Budget(b.quarter(),
                        b.category().isEmpty() ? null : b.category(), b.amount())).toList(),
                s.capacities().stream().map(c -> new ScenarioCommand.Capacity(c.role(), c.quarter(), c.fte())).toList(),
                s.rules().stream().map(r -> new ScenarioCommand.Rule(ScenarioCommand.RuleKind.valueOf(r.kind()),
                        r.firstRequest(), r.otherRequest(), r.fromQuarter(), r.toQuarter())).toList(),
                labels, s.version());
    }

    private StoredScenario load(long id) {
        return scenarios.findById(id).orElseThrow(() -> new NotFoundException("scenario " + id));
    }

    private void requireReader() {
        OrganisationRights.require(currentUser.actor(), OrganisationAct.READ_SCENARIOS);
    }

    private void requireManager() {
        OrganisationRights.require(currentUser.actor(), OrganisationAct.MANAGE_SCENARIOS);
    }

    private static Map<String, String> snapshot(StoredScenario s) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("name", s.name());
        snapshot.put("description", s.description());
        snapshot.put("objective", s.objective());
        snapshot.put("scoringModel", s.scoringModel() == null ? null : String.valueOf(s.scoringModel()));
        snapshot.put("firstQuarter", s.firstQuarter().toString());
        snapshot.put("quarters", String.valueOf(s.quarters()));
        snapshot.put("constraints", s.budgets().size() + " budgets, " + s.capacities().size() + " capacities, "
                + s.rules().size() + " rules");
        snapshot.put("budgets", s.budgets().stream().map(b -> "Q" + (b.quarter() + 1) + (b.category().isEmpty() ? "" : " "
                + b.category()) + " " + b.amount().toPlainString()).collect(Collectors.joining("; ")));
        snapshot.put("capacities", s.capacities().stream().map(c -> c.role() + " Q" + (c.quarter() + 1) + " "
                + c.fte().toPlainString()).collect(Collectors.joining("; ")));
        snapshot.put("rules", s.rules().stream().map(r -> r.kind() + " " + r.firstRequest()
                + (r.otherRequest() == null ? "" : " " + r.otherRequest())
                + (r.fromQuarter() == null ? "" : " Q" + (r.fromQuarter() + 1) + "-Q" + (r.toQuarter() + 1)))
                .collect(Collectors.joining("; ")));
        return snapshot;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
