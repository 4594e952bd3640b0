package org.lodestar.intake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.lodestar.engine.score.Ahp;
import org.lodestar.engine.score.ScoringModel;
import org.lodestar.intake.internal.IntakeRecords;
import org.lodestar.intake.internal.ScoringRecords;
import org.lodestar.intake.internal.StoredCriterion;
import org.lodestar.intake.internal.StoredScoringModel;
import org.lodestar.intake.internal.StoredScoringModels;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.StaleVersionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scoring models, their weights (typed, or derived by AHP pairwise comparison), the evaluators' scorecards and the
 * ranked list with its sensitivity. The PMO and administrators define models; reviewers and executives score
 * requests in evaluation (or deferred), each on their own scorecard.
 */
@Service
public class Scoring {

    static final String MODEL_AUDIT = "scoringModel";
    static final String CARD_AUDIT = "scorecard";
    /** The states whose requests are scored and ranked. */
    static final List<RequestState> SCORED = List.of(RequestState.EVALUATION, RequestState.DEFERRED, RequestState.APPROVED);

    private final StoredScoringModels models;
    private final ScoringRecords cards;
    private final IntakeRecords records;
    private final RequestDesk desk;
    private final InputValidation validation;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    Scoring(StoredScoringModels models, ScoringRecords cards, IntakeRecords records, RequestDesk desk,
            InputValidation validation, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.models = models;
        this.cards = cards;
        this.records = records;
        this.desk = desk;
        this.validation = validation;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Evaluators: reviewers and executives ({@link OrganisationAct#SCORE_REQUESTS}). */
    public static boolean isEvaluator(Actor actor) {
        return OrganisationAct.SCORE_REQUESTS.allows(actor);
    }

    @Transactional(readOnly = true)
    public List<ScoringModelView> all() {
        requireEvaluator();
        Map<Long, List<StoredCriterion>> criteria = cards.criteriaByModel();
        return models.findAll().stream().map(model -> view(model, criteria.getOrDefault(model.id(), List.of())))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    @Transactional(readOnly = true)
    public ScoringModelView get(long id) {
        requireEvaluator();
        StoredScoringModel model = load(id);
        return view(model, cards.criteria(model.id()));
    }

    @Transactional
    public ScoringModelView create(ScoringModelCommand command) {
        requireDefiner();
        validate(command, List.of());
        StoredScoringModel model = models.save(StoredScoringModel.create(command.name().strip(),
                blankToNull(command.description()), Instant.now(clock)));
        cards.replaceCriteria(model.id(), criteria(command));
        List<StoredCriterion> criteria = cards.criteria(model.id());
        audit.created(MODEL_AUDIT, model.id(), model.name(), snapshot(model, criteria));
        return view(model, criteria);
    }

    @Transactional
    public ScoringModelView change(long id, ScoringModelCommand command) {
        requireDefiner();
        StoredScoringModel model = load(id);
        StaleVersionException.check(command.version(), model.version(), "scoring model " + model.name());
        List<StoredCriterion> stored = cards.criteria(model.id());
        validate(command, stored);
        Map<String, String> before = snapshot(model, stored);
        model.change(command.name().strip(), blankToNull(command.description()), command.version(), Instant.now(clock));
        model = models.save(model);
        Map<String, Integer> removed = cards.replaceCriteria(model.id(), criteria(command));
        List<StoredCriterion> criteria = cards.criteria(model.id());
        Map<String, String> after = snapshot(model, criteria);
        if (removed.values().stream().anyMatch(n -> n > 0)) {
            after.put("scores", removed.entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> e.getKey() + ": " + e.getValue() + " removed").collect(Collectors.joining("; ")));
        }
        audit.updated(MODEL_AUDIT, model.id(), model.name(), before, after);
        return view(model, criteria);
    }

    /**
     * Weights from a pairwise comparison: {@code matrix[i][j]} says how much more criterion i matters than j (1 to
     * 9, or their inverses). Refused (400, with the ratio) when the consistency ratio is above 0.1.
     */
    public AhpResult derive(double[][] matrix) {
        requireEvaluator();
        Ahp.Result result;
        try {
            result = Ahp.weigh(matrix);
        } catch (IllegalArgumentException bad) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("matrix",
                    "intake.validation.ahp.matrix")));
        }
        List<Double> weights = roundedPercents(result.weights());
        return new AhpResult(weights, result.consistencyRatio(), result.isConsistent());
    }

    /** Derives the weights by AHP and gives them to the model's criteria; inconsistent comparisons are refused. */
    @Transactional
    public ScoringModelView applyAhp(long id, double[][] matrix, long version) {
        requireDefiner();
        ScoringModelView model = get(id);
        if (matrix.length != model.criteria().size()) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("matrix",
                    "intake.validation.ahp.matrix")));
        }
        AhpResult result = derive(matrix);
        if (!result.consistent()) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("matrix",
                    "intake.validation.ahp.inconsistent", String.format(java.util.Locale.ROOT, "%.3f", result.consistencyRatio()))));
        }
        List<CriterionDefinition> criteria = new ArrayList<>();
        for (int i = 0; i < model.criteria().size(); i++) {
            CriterionDefinition c = model.criteria().get(i);
            criteria.add(new CriterionDefinition(c.id(), c.name(), BigDecimal.valueOf(result.weights().get(i)), c.direction(),
                    c.scale(), c.low(), c.high(), c.anchors()));
        }
        return change(id, new ScoringModelCommand(model.name(), model.description(), criteria, version));
    }

    /** Percentages to one decimal that sum to exactly 100 (the largest absorbs the rounding). */
    static List<Double> roundedPercents(double[] weights) {
        double sum = Arrays.stream(weights).sum();
        BigDecimal[] rounded = Arrays.stream(weights)
                .mapToObj(w -> BigDecimal.valueOf(100 * w / sum).setScale(1, RoundingMode.HALF_UP))
                .toArray(BigDecimal[]::new);
        BigDecimal total = Arrays.stream(rounded).reduce(BigDecimal.ZERO, BigDecimal::add);
        int largest = IntStream.range(0, rounded.length).boxed().max((a, b) -> rounded[a].compareTo(rounded[b])).orElse(0);
        rounded[largest] = rounded[largest].add(BigDecimal.valueOf(100).subtract(total));
        return Arrays.stream(rounded).map(BigDecimal::doubleValue).toList();
    }

    /** The current evaluator's scorecard for a request; entries are null where not scored. */
    @Transactional(readOnly = true)
    public List<BigDecimal> myScorecard(long modelId, long requestId) {
        Actor actor = requireEvaluator();
        desk.get(requestId); // a scorecard on a request is read by those who may read the request
        ScoringModelView model = get(modelId);
        return cards.cards(model.id(), requestId, ids(model)).stream()
                .filter(card -> card.evaluator() == actor.id().value()).findFirst()
                .map(ScoringRecords::entries).orElseGet(() -> Arrays.asList(new BigDecimal[model.criteria().size()]));
    }

    /** Stores the current evaluator's scorecard; an entry outside its criterion's scale is refused (400). */
    @Transactional
    public void score(long modelId, long requestId, ScorecardCommand command) {
        Actor actor = requireEvaluator();
        ScoringModelView model = get(modelId);
        RequestView request = desk.get(requestId);
        if (!SCORED.contains(request.state())) throw new IllegalTransitionException(request.state(), "scored");
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (command.entries().size() > model.criteria().size()) problems.add("entries", "intake.validation.entries");
        List<BigDecimal> entries = new ArrayList<>();
        for (int i = 0; i < model.criteria().size(); i++) {
            BigDecimal entry = i < command.entries().size() ? command.entries().get(i) : null;
            CriterionDefinition criterion = model.criteria().get(i);
            if (entry != null && (entry.compareTo(criterion.minimum()) < 0 || entry.compareTo(criterion.maximum()) > 0
                    || entry.abs().compareTo(new BigDecimal("1000000000000000")) >= 0 || entry.scale() > 2)) {
                problems.add("entries[" + i + "]", "intake.validation.scale", criterion.name(),
                        criterion.minimum().toPlainString(), criterion.maximum().toPlainString());
            }
            entries.add(entry);
        }
        problems.throwIfAny();
        Optional<Long> existing = cards.cardId(model.id(), requestId, actor.id().value());
        Map<String, String> before = existing.isPresent() ? cardSnapshot(model, request, actor.displayName(),
                myScorecard(modelId, requestId)) : Map.of();
        long id = cards.save(model.id(), requestId, actor.id().value(), ids(model), entries, Instant.now(clock));
        Map<String, String> after = cardSnapshot(model, request, actor.displayName(), entries);
        String summary = model.name() + ": " + request.code() + " by " + actor.displayName();
        if (existing.isPresent()) audit.updated(CARD_AUDIT, id, summary, before, after);
        else audit.created(CARD_AUDIT, id, summary, after);
    }

    /** The model's candidates (requests in evaluation, deferred or approved) ranked, with sensitivity. */
    @Transactional(readOnly = true)
    public Ranking rank(long modelId) {
        ScoringModelView view = get(modelId);
        ScoringModel model = engineModel(view);
        List<IntakeRecords.Row> candidates = records.rows(SCORED, null);
        Map<Long, List<double[]>> byRequest = new LinkedHashMap<>();
        for (ScoringRecords.Card card : cards.cards(view.id(), ids(view))) {
            byRequest.computeIfAbsent(card.request(), r -> new ArrayList<>()).add(points(view, card.entries()));
        }
        List<ScoringModel.Evaluation> evaluations = candidates.stream()
                .map(row -> model.evaluate(byRequest.getOrDefault(row.id(), List.of()))).toList();
        List<double[]> means = evaluations.stream().map(ScoringModel.Evaluation::criterionMeans).toList();
        int[] ranks = model.ranks(means, -1, 0);
        int[][][] sensitivity = model.sensitivity(means);
        Map<Long, Boolean> mandatory = mandatoryByRequest(candidates);
        List<Ranking.Entry> entries = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            IntakeRecords.Row row = candidates.get(c);
            ScoringModel.Evaluation evaluation = evaluations.get(c);
            List<int[]> moves = new ArrayList<>();
            for (int[][] criterion : sensitivity) moves.add(new int[] {criterion[0][c], criterion[1][c]});
            entries.add(new Ranking.Entry(row.id(), row.code(), row.title(), row.state(), mandatory.get(row.id()),
                    evaluation.isScored() ? evaluation.mean() : null, evaluation.isScored() ? evaluation.min() : null,
                    evaluation.isScored() ? evaluation.max() : null, evaluation.complete(), evaluation.incomplete(),
                    Arrays.stream(evaluation.criterionMeans()).mapToObj(m -> Double.isNaN(m) ? null : m).toList(),
                    ranks[c], moves));
        }
        entries.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
        return new Ranking(view, entries);
    }

    /** Each scored request's mean score under the model (requests without a complete scorecard are left out). */
    @Transactional(readOnly = true)
    public Map<Long, Double> scores(long modelId) {
        return rank(modelId).entries().stream().filter(Ranking.Entry::isScored)
                .collect(Collectors.toMap(Ranking.Entry::requestId, Ranking.Entry::score));
    }

    private static Map<Long, Boolean> mandatoryByRequest(List<IntakeRecords.Row> rows) {
        Map<Long, Boolean> mandatory = new LinkedHashMap<>();
        rows.forEach(row -> mandatory.put(row.id(), row.mandatory()));
        return mandatory;
    }

    /** Points per criterion for the engine: measured values mapped onto the scale; NaN where not scored. */
    private static double[] points(ScoringModelView view, BigDecimal[] entries) {
        double[] points = new double[view.criteria().size()];
        for (int i = 0; i < points.length; i++) {
            CriterionDefinition c = view.criteria().get(i);
            if (entries[i] == null) {
                points[i] = Double.NaN;
            } else if (c.scale() == CriterionDefinition.Scale.MEASURED) {
                points[i] = criterion(c).points(entries[i].doubleValue());
            } else {
                points[i] = entries[i].doubleValue();
            }
        }
        return points;
    }

    static ScoringModel engineModel(ScoringModelView view) {
        return new ScoringModel(view.criteria().stream().map(Scoring::criterion).toList());
    }

    private static ScoringModel.Criterion criterion(CriterionDefinition c) {
        ScoringModel.Direction direction = ScoringModel.Direction.valueOf(c.direction().name());
        return c.scale() == CriterionDefinition.Scale.MEASURED
                ? ScoringModel.Criterion.measured(c.name(), c.weight().doubleValue(), c.low().doubleValue(),
                        c.high().doubleValue(), 1, 5, direction)
                : ScoringModel.Criterion.rated(c.name(), c.weight().doubleValue(), 1, 5, direction);
    }

    /** The ids of the model's criteria in their current order: scorecards are read and written over them. */
    private static List<Long> ids(ScoringModelView model) {
        return model.criteria().stream().map(CriterionDefinition::id).toList();
    }

    /** {@code stored}: the model's criteria now; a criterion's id must be one of theirs, and appear once. */
    private void validate(ScoringModelCommand command, List<StoredCriterion> stored) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        if (command.criteria().isEmpty()) problems.add("criteria", "intake.validation.criteria.required");
        BigDecimal sum = BigDecimal.ZERO;
        Set<Long> known = stored.stream().map(StoredCriterion::id).collect(Collectors.toSet());
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < command.criteria().size(); i++) {
            CriterionDefinition c = command.criteria().get(i);
            if (c.id() != null && (!known.contains(c.id()) || !seen.add(c.id()))) {
                problems.add("criteria[" + i + "].id", "intake.validation.criterion.id");
            }
            if (c.weight() != null) sum = sum.add(c.weight());
            if (c.scale() == CriterionDefinition.Scale.MEASURED
                    && (c.low() == null || c.high() == null || c.low().compareTo(c.high()) == 0)) {
                problems.add("criteria[" + i + "].high", "intake.validation.range.ends");
            }
            if (c.scale() == CriterionDefinition.Scale.RATED
                    && (c.anchors().size() != 5 || c.anchors().stream().anyMatch(String::isEmpty))) {
                problems.add("criteria[" + i + "].anchors", "intake.validation.anchors");
            }
        }
        if (!command.criteria().isEmpty() && sum.compareTo(BigDecimal.valueOf(100)) != 0) {
            problems.add("criteria", "intake.validation.weights", sum.stripTrailingZeros().toPlainString());
        }
        problems.throwIfAny();
    }

    private static List<StoredCriterion> criteria(ScoringModelCommand command) {
        List<StoredCriterion> criteria = new ArrayList<>();
        for (int i = 0; i < command.criteria().size(); i++) {
            CriterionDefinition c = command.criteria().get(i);
            boolean measured = c.scale() == CriterionDefinition.Scale.MEASURED;
            List<String> a = measured ? List.of() : c.anchors();
            criteria.add(new StoredCriterion(c.id(), i, c.name().strip(), c.weight(), c.direction().name(), c.scale().name(),
                    measured ? c.low() : null, measured ? c.high() : null, anchor(a, 0), anchor(a, 1), anchor(a, 2),
                    anchor(a, 3), anchor(a, 4)));
        }
        return criteria;
    }

    private static String anchor(List<String> anchors, int i) {
        return i < anchors.size() ? anchors.get(i) : null;
    }

    private static ScoringModelView view(StoredScoringModel model, List<StoredCriterion> criteria) {
        return new ScoringModelView(model.id(), model.name(), model.description(), criteria.stream()
                .map(c -> new CriterionDefinition(c.id(), c.name(), RequestDesk.plain(c.weight()),
                        CriterionDefinition.Direction.valueOf(c.direction()), CriterionDefinition.Scale.valueOf(c.scale()),
                        c.low(), c.high(), c.anchor1() == null ? List.of()
                        : List.of(c.anchor1(), c.anchor2(), c.anchor3(), c.anchor4(), c.anchor5())))
                .toList(), model.version());
    }

    private StoredScoringModel load(long id) {
        return models.findById(id).orElseThrow(() -> new NotFoundException("scoring model " + id));
    }

    private Actor requireEvaluator() {
        return OrganisationRights.require(currentUser.actor(), OrganisationAct.SCORE_REQUESTS);
    }

    private void requireDefiner() {
        OrganisationRights.require(currentUser.actor(), OrganisationAct.DEFINE_SCORING_MODELS);
    }

    public boolean canDefine() {
        return currentUser.find().map(OrganisationAct.DEFINE_SCORING_MODELS::allows).orElse(false);
    }

    public boolean canScore() {
        return currentUser.find().map(Scoring::isEvaluator).orElse(false);
    }

    private static Map<String, String> snapshot(StoredScoringModel model, List<StoredCriterion> criteria) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("name", model.name());
        snapshot.put("description", model.description());
        snapshot.put("criteria", criteria.stream()
                .map(c -> c.name() + " " + c.weight().stripTrailingZeros().toPlainString() + "% " + c.direction()
                        + " " + c.scale())
                .collect(Collectors.joining("; ")));
        return snapshot;
    }

    private static Map<String, String> cardSnapshot(ScoringModelView model, RequestView request, String evaluator,
                                                    List<BigDecimal> entries) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("model", model.name());
        snapshot.put("request", request.code());
        snapshot.put("evaluator", evaluator);
        snapshot.put("scores", IntStream.range(0, model.criteria().size())
                .mapToObj(i -> model.criteria().get(i).name() + ": "
                        + (i < entries.size() && entries.get(i) != null ? entries.get(i).toPlainString() : "-"))
                .collect(Collectors.joining("; ")));
        return snapshot;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
