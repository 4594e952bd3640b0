package org.lodestar.intake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.lodestar.engine.score.CashFlows;
import org.lodestar.intake.internal.IntakeRecords;
import org.lodestar.intake.internal.ProjectRequest;
import org.lodestar.intake.internal.ProjectRequests;
import org.lodestar.intake.internal.RequestContent;
import org.lodestar.intake.internal.RequestDemand;
import org.lodestar.intake.internal.RequestQuarter;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditEvent;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.FieldValues;
import org.lodestar.platform.Inbox;
import org.lodestar.platform.InboxItem;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.Rights;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.LifecyclePhase;
import org.lodestar.portfolio.ObjectiveView;
import org.lodestar.portfolio.PortfolioAct;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.PortfolioRights;
import org.lodestar.portfolio.PortfolioView;
import org.lodestar.portfolio.Priority;
import org.lodestar.portfolio.ProjectCommand;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.portfolio.ProjectView;
import org.lodestar.portfolio.Reference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Project requests and their review: requesters write and submit their own; the PMO, portfolio managers and
 * administrators (the reviewers) screen, return for information, evaluate, decide and convert them into projects.
 * Executives read submitted requests. Every act is checked against the reader's rights and the request's state
 * here, and written to the audit trail in the same transaction.
 */
@Service
public class RequestDesk {

    static final String AUDIT_TYPE = "projectRequest";

    private final ProjectRequests requests;
    private final IntakeRecords records;
    private final RequestNotices notices;
    private final Inbox inbox;
    private final RequestTypeCatalog types;
    private final PortfolioRegistry portfolios;
    private final ProjectRegistry projects;
    private final People people;
    private final InputValidation validation;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final BigDecimal defaultDiscountRate;
    private final AttachmentPolicy attachmentPolicy;
    private final OrganisationRights organisationRights;
    private final PortfolioRights portfolioRights;

    RequestDesk(ProjectRequests requests, IntakeRecords records, RequestNotices notices, Inbox inbox,
                RequestTypeCatalog types, PortfolioRegistry portfolios,
                ProjectRegistry projects, People people, InputValidation validation, AuditTrail audit,
                CurrentUser currentUser, Clock clock,
                @Value("${lodestar.intake.discount-rate-percent:8}") BigDecimal defaultDiscountRatePercent,
                @Value("${lodestar.intake.max-attachment-bytes:524288}") int maxAttachmentBytes,
                OrganisationRights organisationRights, PortfolioRights portfolioRights) {
        this.organisationRights = organisationRights;
        this.portfolioRights = portfolioRights;
        this.requests = requests;
        this.records = records;
        this.notices = notices;
        this.inbox = inbox;
        this.types = types;
        this.portfolios = portfolios;
        this.projects = projects;
        this.people = people;
        this.validation = validation;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.defaultDiscountRate = defaultDiscountRatePercent.movePointLeft(2);
        this.attachmentPolicy = new AttachmentPolicy(maxAttachmentBytes);
    }

    /**
     * Whether the reader reviews requests at all (the PMO and administrators every request, a portfolio manager
     * those of the portfolios they manage): the review pages are theirs.
     */
    public boolean isReviewer() {
        return organisationRights.may(OrganisationAct.REVIEW_REQUESTS);
    }

    // ---- reading

    @Transactional(readOnly = true)
    public RequestView get(long id) {
        Actor actor = currentUser.actor();
        ProjectRequest request = load(id);
        requireReadable(actor, request);
        return view(request, actor);
    }

    /**
     * The request, for its edit form: 403 when the reader may not edit it at all, 409 when they may but not in its
     * state.
     */
    @Transactional(readOnly = true)
    public RequestView editable(long id) {
        Actor actor = currentUser.actor();
        ProjectRequest request = load(id);
        requireAct(actor, request, RequestAct.EDIT);
        return view(request, actor);
    }

    /**
     * Refuses (403) whoever may not take the act on the request at all, and (409) an act its state does not allow;
     * the API asks it before reading what was sent.
     */
    @Transactional(readOnly = true)
    public void authorise(long id, RequestAct act) {
        requireAct(currentUser.actor(), load(id), act);
    }

    /** The reader's own requests, whatever their state. */
    @Transactional(readOnly = true)
    public List<RequestRow> mine() {
        return rows(List.of(), currentUser.actor().id().value());
    }

    /**
     * The requests the reader may read, in the given states (every state when none): their own in any state and,
     * for those who read submitted requests (reviewers, executives), everyone else's but drafts. With
     * {@code mine}, only their own. The same for every role; nobody is refused.
     */
    @Transactional(readOnly = true)
    public List<RequestRow> list(List<RequestState> states, boolean mine) {
        Actor actor = currentUser.actor();
        boolean others = !mine && OrganisationAct.READ_SUBMITTED_REQUESTS.allows(actor);
        return rows(records.visible(states, actor.id().value(), others));
    }

    /** Requests in the given states, for the reviewers' queues (drafts are their requesters' own). */
    @Transactional(readOnly = true)
    public List<RequestRow> queue(List<RequestState> states) {
        organisationRights.require(OrganisationAct.READ_SUBMITTED_REQUESTS);
        List<RequestState> visible = states.isEmpty()
                ? java.util.Arrays.stream(RequestState.values()).filter(s -> s != RequestState.DRAFT).toList()
                : states.stream().filter(s -> s != RequestState.DRAFT).toList();
        return visible.isEmpty() ? List.of() : rows(visible, null);
    }

    private List<RequestRow> rows(List<RequestState> states, Long requester) {
        return rows(records.rows(states, requester));
    }

    private List<RequestRow> rows(List<IntakeRecords.Row> found) {
        Instant now = Instant.now(clock);
        return found.stream().map(row -> {
            long days = Duration.between(row.stateSince(), now).toDays();
            return new RequestRow(row.id(), row.code(), row.title(), types.text(row.typeName()), row.requester(),
                    row.state(), row.stateSince(), days, overdue(row.state(), days), row.budget(), row.currency());
        }).toList();
    }

    private static boolean overdue(RequestState state, long days) {
        return state.slaDays() > 0 && days > state.slaDays();
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> history(long id) {
        Actor actor = currentUser.actor();
        ProjectRequest request = load(id);
        requireReadable(actor, request);
        return audit.history(AUDIT_TYPE, request.id());
    }

    /** The reader's latest notices about requests, newest first. */
    @Transactional(readOnly = true)
    public List<InboxItem> notices() {
        return inbox.mineAbout(RequestNotices.TOPIC, 50);
    }

    @Transactional(readOnly = true)
    public AttachmentContent attachment(long id, long attachment) {
        Actor actor = currentUser.actor();
        ProjectRequest request = load(id);
        requireReadable(actor, request);
        return records.attachment(request.id(), attachment)
                .orElseThrow(() -> new NotFoundException("attachment " + attachment));
    }

    /** Whether any request was ever filed (the demo data is created only into an empty intake). */
    @Transactional(readOnly = true)
    public boolean hasRequests() {
        return requests.count() > 0;
    }

    /** Whether the request's type makes it mandatory (regulatory work must be funded). */
    @Transactional(readOnly = true)
    public boolean isMandatory(long requestId) {
        return types.get(load(requestId).requestType()).mandatory();
    }

    // ---- writing

    /** The reader has seen the request: their notices about it are read. */
    @Transactional
    public void readNotices(long id) {
        inbox.markReadAbout(RequestNotices.TOPIC, id);
    }

    @Transactional
    public RequestView create(RequestCommand command) {
        Actor actor = organisationRights.require(OrganisationAct.FILE_REQUESTS);
        RequestTypeView type = typeOf(command.typeId());
        RequestContent content = validate(command, type);
        ProjectRequest request = requests.save(ProjectRequest.draft(nextCode(), type.id(), actor.id().value(), content,
                defaultDiscountRate, Instant.now(clock)));
        audit.created(AUDIT_TYPE, request.id(), summary(request), snapshot(request));
        return view(request, actor);
    }

    @Transactional
    public RequestView change(long id, RequestCommand command) {
        Actor actor = currentUser.actor();
        ProjectRequest request = load(id);
        requireAct(actor, request, RequestAct.EDIT);
        StaleVersionException.check(command.version(), request.version(), "request " + request.code());
        if (command.portfolioId() != null && !command.portfolioId().equals(request.portfolio())
                && request.requester() != actor.id().value()) {
            // a reviewer moving a request in review hands it to that portfolio's reviewers: it must be theirs too
            portfolioRights.require(command.portfolioId(), PortfolioAct.MANAGE);
        }
        RequestTypeView type = types.get(request.requestType());
        RequestContent content = validate(command, type);
        Map<String, String> before = snapshot(request);
        request.change(content, command.version(), Instant.now(clock));
        return saved(request, before, null, actor);
    }

    @Transactional
    public RequestView changeFinancials(long id, FinancialsCommand command) {
        Actor actor = currentUser.actor();
        ProjectRequest request = load(id);
        requireAct(actor, request, RequestAct.EDIT);
        StaleVersionException.check(command.version(), request.version(), "request " + request.code());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        Set<String> demandKeys = new HashSet<>();
        for (int i = 0; i < command.demands().size(); i++) {
            FinancialsCommand.Demand demand = command.demands().get(i);
            if (demand.role() != null && !demandKeys.add(demand.role().strip() + "@" + demand.quarter())) {
                problems.add("demands[" + i + "].role", "intake.validation.demand.duplicate");
            }
        }
        problems.throwIfAny();
        List<RequestQuarter> quarters = new ArrayList<>();
        for (int q = 0; q < command.quarters().size(); q++) {
            FinancialsCommand.QuarterLine line = command.quarters().get(q);
            quarters.add(new RequestQuarter(q, line.cost(), line.benefit()));
        }
        List<RequestDemand> demands = command.demands().stream()
                .map(demand -> new RequestDemand(demand.role().strip(), demand.quarter(), demand.fte())).toList();
        Map<String, String> before = snapshot(request);
        request.changeFinancials(command.discountRatePercent().movePointLeft(2), quarters, demands, command.version(),
                Instant.now(clock));
        return saved(request, before, null, actor);
    }

    /** The requester submits a complete draft (or the answer to a return); incomplete ones get a problem per field. */
    @Transactional
    public RequestView submit(long id, Long version) {
        Actor actor = currentUser.actor();
        ProjectRequest request = load(id);
        requireAct(actor, request, RequestAct.SUBMIT);
        StaleVersionException.check(version, request.version(), "request " + request.code());
        if (request.state() == RequestState.DRAFT || request.state() == RequestState.RETURNED) {
            requireComplete(request);
        }
        Map<String, String> before = snapshot(request);
        request.submit(request.version(), Instant.now(clock));
        return saved(request, before, null, actor);
    }

    @Transactional
    public RequestView startScreening(long id, Long version) {
        return review(id, RequestAct.SCREEN, version, null, null,
                request -> request.startScreening(version, Instant.now(clock)));
    }

    @Transactional
    public RequestView returnForInformation(long id, CommentCommand command) {
        RequestView view = review(id, RequestAct.RETURN, command.version(), command.comment(),
                () -> validation.check(command),
                request -> request.returnForInformation(command.version(), Instant.now(clock)));
        Actor actor = currentUser.actor();
        records.comment(id, actor.id().value(), Instant.now(clock), "RETURNED", command.comment().strip());
        notices.tell(view.requester().id(), id, "RETURNED", command.comment().strip());
        return get(id);
    }

    @Transactional
    public RequestView acceptForEvaluation(long id, Long version) {
        return review(id, RequestAct.EVALUATE, version, null, null,
                request -> request.acceptForEvaluation(version, Instant.now(clock)));
    }

    @Transactional
    public RequestView approve(long id, DecisionCommand decision) {
        return decide(id, RequestAct.APPROVE, decision, "APPROVED",
                request -> request.approve(decision.reason().strip(), decision.date(), decision.version(), Instant.now(clock)));
    }

    @Transactional
    public RequestView reject(long id, DecisionCommand decision) {
        return decide(id, RequestAct.REJECT, decision, "REJECTED",
                request -> request.reject(decision.reason().strip(), decision.date(), decision.version(), Instant.now(clock)));
    }

    @Transactional
    public RequestView defer(long id, DecisionCommand decision) {
        return decide(id, RequestAct.DEFER, decision, "DEFERRED",
                request -> request.defer(decision.reason().strip(), decision.date(), decision.version(), Instant.now(clock)));
    }

    @Transactional
    public RequestView reconsider(long id, Long version) {
        return review(id, RequestAct.RECONSIDER, version, null, null,
                request -> request.reconsider(version, Instant.now(clock)));
    }

    /**
     * Creates the project of an approved request through the portfolio registry (which checks the reviewer's right
     * over the chosen portfolio) with the request's title, summary, sponsor, budget and objectives.
     */
    @Transactional
    public RequestView convert(long id, ConvertCommand command) {
        Actor actor = currentUser.actor();
        ProjectRequest request = load(id);
        requireAct(actor, request, RequestAct.CONVERT);
        validation.check(command);
        StaleVersionException.check(command.version(), request.version(), "request " + request.code());
        ProjectView project = projects.create(new ProjectCommand(null, request.title(),
                request.summary(), command.portfolioId(), command.programmeId(), request.sponsor(),
                command.managerId(), null, LifecyclePhase.INITIATION, ProjectState.PROPOSED, Priority.MEDIUM,
                null, null, null, null, null, null, budgetOf(request), request.currency(),
                List.of(request.code()), request.objectives(), command.customFields(), null));
        Map<String, String> before = snapshot(request);
        request.convert(project.id(), command.version(), Instant.now(clock));
        RequestView view = saved(request, before, null, actor);
        notices.tell(request.requester(), request.id(), "CONVERTED", null);
        return view;
    }

    /** Attaches a file to an attachment field of the request; its size and type are checked. */
    @Transactional
    public RequestView attach(long id, String fieldKey, String fileName, String contentType, byte[] content) {
        Actor actor = currentUser.actor();
        ProjectRequest request = load(id);
        requireAct(actor, request, RequestAct.EDIT);
        FieldDefinition field = types.get(request.requestType()).field(fieldKey);
        if (field == null || field.type() != FieldType.ATTACHMENT) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("field",
                    "intake.validation.unknownField", fieldKey)));
        }
        AttachmentPolicy.Accepted file = attachmentPolicy.check(fileName, contentType, content);
        Map<String, String> before = snapshot(request);
        records.attach(request.id(), fieldKey, file.fileName(), file.contentType(), content, actor.id().value(),
                Instant.now(clock));
        audit.updated(AUDIT_TYPE, request.id(), summary(request), before, snapshot(request));
        return view(request, actor);
    }

    @Transactional
    public RequestView removeAttachment(long id, long attachment) {
        Actor actor = currentUser.actor();
        ProjectRequest request = load(id);
        requireAct(actor, request, RequestAct.EDIT);
        Map<String, String> before = snapshot(request);
        if (!records.removeAttachment(request.id(), attachment)) throw new NotFoundException("attachment " + attachment);
        audit.updated(AUDIT_TYPE, request.id(), summary(request), before, snapshot(request));
        return view(request, actor);
    }

    // ---- internals

    private interface Act {
        void on(ProjectRequest request);
    }

    /**
     * A review act: the actor's right first (403 whatever was sent), then what they sent ({@code check}), the
     * version, and the act itself, which the state may refuse (409).
     */
    private RequestView review(long id, RequestAct kind, Long version, String comment, Runnable check, Act act) {
        Actor actor = currentUser.actor();
        ProjectRequest request = load(id);
        requireAct(actor, request, kind);
        if (check != null) check.run();
        StaleVersionException.check(version, request.version(), "request " + request.code());
        Map<String, String> before = snapshot(request);
        act.on(request);
        return saved(request, before, comment, actor);
    }

    private RequestView decide(long id, RequestAct decisionAct, DecisionCommand decision, String kind, Act act) {
        RequestView view = review(id, decisionAct, decision.version(), null, () -> validation.check(decision), request -> {
            act.on(request); // the state's refusal (409) first; nothing is saved when the date is refused after it
            // a decision dated before the submission would make the request's cycle time negative
            LocalDate submitted = request.submittedAt() == null ? null
                    : request.submittedAt().atZone(clock.getZone()).toLocalDate();
            if (submitted != null && decision.date().isBefore(submitted)) {
                throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("date",
                        "intake.validation.decisionBeforeSubmission", submitted.toString())));
            }
        });
        notices.tell(view.requester().id(), id, kind, decision.reason().strip());
        return view;
    }

    private RequestView saved(ProjectRequest request, Map<String, String> before, String comment, Actor actor) {
        ProjectRequest saved = requests.save(request);
        Map<String, String> after = snapshot(saved);
        if (comment != null) after.put("comment", comment.strip());
        audit.updated(AUDIT_TYPE, saved.id(), summary(saved), before, after);
        return view(saved, actor);
    }

    private void requireComplete(ProjectRequest request) {
        RequestTypeView type = types.get(request.requestType());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (request.portfolio() == null) problems.add("portfolioId", "intake.validation.portfolio.required");
        Set<String> attached = records.attachments(request.id()).stream().map(Attachment::fieldKey)
                .collect(Collectors.toSet());
        FieldCheck.complete(type, request.values(), attached, problems);
        problems.throwIfAny();
    }

    private RequestContent validate(RequestCommand command, RequestTypeView type) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        Map<Long, Person> everyone = people.byId();
        if (command.sponsorId() != null && !everyone.containsKey(command.sponsorId())) {
            problems.add("sponsorId", "intake.validation.person");
        }
        if (command.portfolioId() != null
                && portfolios.portfolios().stream().noneMatch(p -> p.id() == command.portfolioId())) {
            problems.add("portfolioId", "intake.validation.portfolio");
        }
        if (command.programmeId() != null) {
            boolean inPortfolio = portfolios.programmes(null).stream().anyMatch(p -> p.id() == command.programmeId()
                    && command.portfolioId() != null && p.portfolio() != null
                    && p.portfolio().id() == command.portfolioId());
            if (!inPortfolio) problems.add("programmeId", "intake.validation.programme");
        }
        Set<Long> objectiveIds = portfolios.objectives().stream().map(ObjectiveView::id).collect(Collectors.toSet());
        if (!objectiveIds.containsAll(command.objectiveIds())) problems.add("objectiveIds", "intake.validation.objective");
        Map<String, String> values = FieldCheck.clean(type, command.values(), everyone.keySet(), problems);
        problems.throwIfAny();
        return new RequestContent(command.title().strip(), blankToNull(command.summary()), command.sponsorId(),
                command.portfolioId(), command.programmeId(), blankToNull(command.category()), command.budget(),
                command.currency(), List.copyOf(new LinkedHashSet<>(command.objectiveIds())), values);
    }

    private RequestTypeView typeOf(Long typeId) {
        if (typeId == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("typeId",
                    "validation.required")));
        }
        try {
            return types.get(typeId);
        } catch (NotFoundException unknown) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("typeId",
                    "intake.validation.type")));
        }
    }

    private ProjectRequest load(long id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundException("request " + id));
    }

    private static boolean canRead(Actor actor, ProjectRequest request) {
        if (request.requester() == actor.id().value()) return true;
        return OrganisationAct.READ_SUBMITTED_REQUESTS.allows(actor) && request.state() != RequestState.DRAFT;
    }

    private static void requireReadable(Actor actor, ProjectRequest request) {
        // a request one may not read is one that does not exist for them: no hint that the id is taken
        Rights.require(canRead(actor, request), actor, "read request " + request.code());
    }

    /**
     * Refuses an act of the workflow table: 403 when it is not the actor's act on this request in any state (they
     * are neither a party to it nor, for review acts, a reviewer of its portfolio), 409 when it is theirs but not in
     * the request's current state.
     */
    private void requireAct(Actor actor, ProjectRequest request, RequestAct act) {
        requireReadable(actor, request);
        Set<RequestAct.Party> parties = parties(actor, request);
        Rights.require(act.takenBy(parties), actor, act.key() + " request " + request.code());
        if (!act.allows(request.state(), parties)) throw new IllegalTransitionException(request.state(), act.transition());
    }

    /** The actor's parts in the request's workflow: its requester, a reviewer of its portfolio, both or none. */
    private Set<RequestAct.Party> parties(Actor actor, ProjectRequest request) {
        Set<RequestAct.Party> parties = EnumSet.noneOf(RequestAct.Party.class);
        if (request.requester() == actor.id().value()) parties.add(RequestAct.Party.REQUESTER);
        if (reviews(actor, request)) parties.add(RequestAct.Party.REVIEWER);
        return parties;
    }

    /** The PMO and administrators review every request; a portfolio manager those of the portfolios they manage. */
    boolean reviews(Actor actor, ProjectRequest request) {
        return reviews(actor, request.portfolio());
    }

    /** Whether the actor reviews the requests of this portfolio (null: of none yet). */
    boolean reviews(Actor actor, Long portfolio) {
        if (!OrganisationAct.REVIEW_REQUESTS.allows(actor)) return false;
        return portfolio == null ? actor.runsTheRegistry() : portfolioRights.may(actor, portfolio, PortfolioAct.MANAGE);
    }

    /** The acts of the workflow table the actor may take on the request now. */
    private Set<RequestAct> acts(Actor actor, ProjectRequest request) {
        Set<RequestAct.Party> parties = parties(actor, request);
        Set<RequestAct> acts = EnumSet.noneOf(RequestAct.class);
        for (RequestAct act : RequestAct.values()) if (act.allows(request.state(), parties)) acts.add(act);
        return acts;
    }

    private String nextCode() {
        long next = requests.highestId().orElse(0L) + 1;
        String code = String.format("REQ-%04d", next);
        while (requests.findByCode(code).isPresent()) code = String.format("REQ-%04d", ++next);
        return code;
    }

    /** The project's budget: the request's estimate, else the total of its quarterly costs. */
    private static BigDecimal budgetOf(ProjectRequest request) {
        if (request.budget() != null) return request.budget();
        if (request.quarters().isEmpty()) return null;
        return request.quarters().stream().map(RequestQuarter::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    RequestView view(ProjectRequest request, Actor reader) {
        Set<RequestAct> acts = acts(reader, request);
        Map<Long, Person> everyone = people.byId();
        RequestTypeView type = types.get(request.requestType());
        Map<String, String> stored = request.values();
        List<RequestView.FieldValue> values = type.fields().stream().map(field -> {
            String value = stored.get(field.key());
            return new RequestView.FieldValue(field, value, display(field, value, everyone));
        }).toList();
        Map<Long, ObjectiveView> objectives = portfolios.objectives().stream()
                .collect(Collectors.toMap(ObjectiveView::id, o -> o));
        List<Reference> objectiveRefs = request.objectives().stream().map(objectives::get).filter(Objects::nonNull)
                .map(o -> new Reference(o.id(), o.code(), o.name())).toList();
        long days = Duration.between(request.stateSince(), Instant.now(clock)).toDays();
        return new RequestView(request.id(), request.code(), new Reference(type.id(), type.code(), type.name()),
                type.mandatory(), request.title(), request.summary(), person(everyone, request.requester()),
                person(everyone, request.sponsor()), portfolio(request.portfolio()), programme(request.programme()),
                request.category(), request.budget(), request.currency(), objectiveRefs, values,
                records.attachments(request.id()), request.state(), request.stateSince(), days,
                overdue(request.state(), days), request.submittedAt(), request.decisionReason(),
                request.decisionDate(), request.project(), financials(request), records.comments(request.id()),
                request.version(), acts.contains(RequestAct.EDIT), acts.stream().filter(act -> act != RequestAct.EDIT)
                .map(RequestAct::key).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** The net present value of a request's quarters at its yearly discount rate; null without quarters. */
    static Double npv(List<RequestQuarter> quarters, BigDecimal discountRate) {
        return quarters.isEmpty() ? null : cashFlows(quarters).npv(discountRate.doubleValue());
    }

    private static CashFlows cashFlows(List<RequestQuarter> quarters) {
        return CashFlows.of(quarters.stream().mapToDouble(q -> q.cost().doubleValue()).toArray(),
                quarters.stream().mapToDouble(q -> q.benefit().doubleValue()).toArray());
    }

    static Financials financials(ProjectRequest request) {
        List<RequestQuarter> quarters = request.quarters();
        BigDecimal cost = quarters.stream().map(RequestQuarter::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal benefit = quarters.stream().map(RequestQuarter::benefit).reduce(BigDecimal.ZERO, BigDecimal::add);
        Double npv = null;
        Double irr = null;
        Double payback = null;
        if (!quarters.isEmpty()) {
            CashFlows flows = cashFlows(quarters);
            npv = flows.npv(request.discountRate().doubleValue());
            irr = flows.irr().isPresent() ? flows.irr().getAsDouble() * 100 : null;
            payback = flows.paybackQuarters().isPresent() ? flows.paybackQuarters().getAsDouble() : null;
        }
        return new Financials(plain(request.discountRate().movePointRight(2).setScale(2, RoundingMode.HALF_UP)),
                quarters.stream().map(q -> new Financials.Quarter(q.quarter(), q.cost(), q.benefit())).toList(),
                request.demands().stream().map(d -> new Financials.Demand(d.role(), d.quarter(), d.fte())).toList(),
                cost, benefit, npv, irr, payback);
    }

    /** Without trailing zeros, but never in exponent form (10.00 is 10, not 1E+1). */
    static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A value as its reader reads it (the platform's display: names, numbers and dates in their language). */
    private String display(FieldDefinition field, String value, Map<Long, Person> everyone) {
        return FieldValues.display(FieldCheck.rule(field), value, LocaleContextHolder.getLocale(), id -> {
            Person person = everyone.get(id);
            return person == null ? null : person.displayName();
        }, types::text);
    }

    private Reference portfolio(Long id) {
        if (id == null) return null;
        PortfolioView portfolio = portfolios.portfolio(id);
        return new Reference(portfolio.id(), portfolio.code(), portfolio.name());
    }

    private Reference programme(Long id) {
        if (id == null) return null;
        PortfolioView programme = portfolios.programme(id);
        return new Reference(programme.id(), programme.code(), programme.name());
    }

    private static Reference person(Map<Long, Person> everyone, Long id) {
        if (id == null) return null;
        Person person = everyone.get(id);
        return person == null ? null : new Reference(id, person.username(), person.displayName());
    }

    private static String summary(ProjectRequest request) {
        return request.code() + " " + request.title();
    }

    /** The request as the audit trail shows it: names and codes instead of ids, state as a constant. */
    private Map<String, String> snapshot(ProjectRequest request) {
        Map<Long, Person> everyone = people.byId();
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("code", request.code());
        snapshot.put("title", request.title());
        snapshot.put("summary", request.summary());
        snapshot.put("requester", name(everyone, request.requester()));
        snapshot.put("sponsor", name(everyone, request.sponsor()));
        snapshot.put("portfolio", request.portfolio() == null ? null : portfolio(request.portfolio()).name());
        snapshot.put("programme", request.programme() == null ? null : programme(request.programme()).name());
        snapshot.put("category", request.category());
        snapshot.put("budget", request.budget() == null ? null : request.budget().toPlainString());
        snapshot.put("currency", request.currency());
        snapshot.put("requestState", request.state().name());
        snapshot.put("decisionReason", request.decisionReason());
        snapshot.put("decisionDate", request.decisionDate() == null ? null : request.decisionDate().toString());
        snapshot.put("project", request.project() == null ? null : String.valueOf(request.project()));
        // objectives by their codes, as the registry records a project's (entries written before kept the ids)
        Map<Long, String> objectiveCodes = portfolios.objectives().stream()
                .collect(Collectors.toMap(ObjectiveView::id, ObjectiveView::code));
        snapshot.put("objectives", request.objectives().stream()
                .map(id -> objectiveCodes.getOrDefault(id, String.valueOf(id))).collect(Collectors.joining(", ")));
        request.values().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> snapshot.put("value." + entry.getKey(), entry.getValue()));
        snapshot.put("discountRate", request.discountRate().toPlainString());
        snapshot.put("quarters", request.quarters().stream()
                .map(q -> "Q" + (q.quarter() + 1) + " " + q.cost().toPlainString() + "/" + q.benefit().toPlainString())
                .collect(Collectors.joining("; ")));
        snapshot.put("demands", request.demands().stream()
                .map(d -> d.role() + " Q" + (d.quarter() + 1) + " " + d.fte().toPlainString())
                .collect(Collectors.joining("; ")));
        if (request.id() != null) {
            snapshot.put("attachments", records.attachments(request.id()).stream()
                    .map(a -> a.fieldKey() + ": " + a.fileName()).collect(Collectors.joining("; ")));
        }
        return snapshot;
    }

    private static String name(Map<Long, Person> everyone, Long id) {
        if (id == null) return null;
        Person person = everyone.get(id);
        return person == null ? String.valueOf(id) : person.displayName();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
