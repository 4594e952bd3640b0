package org.lodestar.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lodestar.finance.internal.ActualCostStore;
import org.lodestar.finance.internal.Contract;
import org.lodestar.finance.internal.ProcurementStore;
import org.lodestar.finance.internal.ProcurementStore.Order;
import org.lodestar.finance.internal.SupplierStore;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.lodestar.portfolio.ProjectRow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Procurement: suppliers' contracts with a project (drafted, activated, closed), purchase orders under an active
 * contract or direct, against a cost category (the committed cost), and what they still commit once the invoices
 * matched to them ({@link Suppliers#recordInvoice}) are taken off. A project's editors write, whoever reads its money
 * reads; each contract, act and order is audited in its transaction. Across projects, the spend by supplier
 * (committed, invoiced, remaining) converted to one currency at the rate in force.
 */
@Service
public class Procurement {

    static final String CONTRACT_AUDIT_TYPE = "contract";
    static final String ORDER_AUDIT_TYPE = "purchase-order";

    private final ProcurementStore store;
    private final SupplierStore suppliers;
    private final ActualCostStore costs;
    private final ExchangeRateBook rates;
    private final ProjectRights rights;
    private final ProjectRegistry projects;
    private final AuditTrail audit;
    private final Clock clock;
    private final String reportingCurrency;

    Procurement(ProcurementStore store, SupplierStore suppliers, ActualCostStore costs, ExchangeRateBook rates, ProjectRights rights,
                ProjectRegistry projects, AuditTrail audit, Clock clock,
                @Value("${lodestar.finance.reporting-currency:EUR}") String reportingCurrency) {
        this.store = store;
        this.suppliers = suppliers;
        this.costs = costs;
        this.rates = rates;
        this.rights = rights;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
        this.reportingCurrency = reportingCurrency;
    }

    /** A new contract: supplier, reference (unique in the project), value in the project's currency, dates. */
    public record ContractCommand(Long supplierId, String reference, BigDecimal value, LocalDate startsOn,
                                  LocalDate endsOn) {
    }

    /** The version of the contract the writer read. */
    public record ContractActCommand(Long version) {
    }

    /**
     * A new purchase order: under a contract (its supplier) or direct (a supplier), its number (unique in the
     * project), cost category, amount, date, and whether invoices may overrun it.
     */
    public record PurchaseOrderCommand(Long contractId, Long supplierId, String number, String category,
                                       BigDecimal amount, LocalDate issuedOn, Boolean allowOverrun) {
    }

    public record ContractView(long id, long projectId, long supplierId, String supplier, String reference,
                               BigDecimal value, LocalDate startsOn, LocalDate endsOn, ContractState state,
                               long version, BigDecimal committed, BigDecimal invoiced, BigDecimal remaining) {
    }

    public record PurchaseOrderView(long id, long projectId, Long contractId, long supplierId, String supplier,
                                    String number, String category, BigDecimal amount, LocalDate issuedOn,
                                    boolean allowOverrun, BigDecimal invoiced, BigDecimal remaining) {
    }

    /**
     * A project's contracts and purchase orders with what is committed, invoiced against them and remaining; its
     * actual costs to date (every cost posted) and the floor of its estimate at completion: actuals + remaining
     * commitments, which money already spent or promised to suppliers will cost whatever the forecast says.
     */
    public record CommitmentsView(long projectId, String currency, List<ContractView> contracts,
                                  List<PurchaseOrderView> purchaseOrders, BigDecimal committed, BigDecimal invoiced,
                                  BigDecimal remaining, BigDecimal actuals, BigDecimal eacFloor) {
    }

    /** One supplier across the projects read: committed, invoiced and remaining, converted. */
    public record SupplierLine(long supplierId, String name, int projects, BigDecimal committed, BigDecimal invoiced,
                               BigDecimal remaining) {
    }

    public record SupplierSpendView(String currency, String month, Long portfolioId, List<SupplierLine> suppliers,
                                    BigDecimal committed, BigDecimal invoiced, BigDecimal remaining) {
    }

    /** What an order still commits, by the rules of {@link Commitment}. */
    static Commitment commitment(Order order) {
        return new Commitment(order.amount(), order.invoiced(), order.allowOverrun(),
                order.contractState() == ContractState.CLOSED);
    }

    // ---- reading

    @Transactional(readOnly = true)
    public CommitmentsView commitments(long project) {
        ProjectId id = new ProjectId(project);
        rights.require(id, ProjectRight.READ_MONEY);
        String currency = projects.get(id).currency();
        Map<Long, String> names = supplierNames();
        List<PurchaseOrderView> orders = store.orders(project).stream().map(o -> view(o, names)).toList();
        List<ContractView> contracts = new ArrayList<>();
        for (Contract contract : store.contracts(project)) {
            List<PurchaseOrderView> under = orders.stream()
                    .filter(o -> contract.id().equals(o.contractId())).toList();
            contracts.add(view(contract, names, under));
        }
        BigDecimal remaining = sum(orders, PurchaseOrderView::remaining);
        BigDecimal actuals = costs.forProject(project).stream().map(ActualCostStore.Stored::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CommitmentsView(project, currency, List.copyOf(contracts), orders,
                plain(sum(orders, PurchaseOrderView::amount)), plain(sum(orders, PurchaseOrderView::invoiced)),
                plain(remaining), plain(actuals), plain(actuals.add(remaining)));
    }

    @Transactional(readOnly = true)
    public List<ContractView> contracts(long project) {
        return commitments(project).contracts();
    }

    @Transactional(readOnly = true)
    public List<PurchaseOrderView> purchaseOrders(long project) {
        return commitments(project).purchaseOrders();
    }

    // ---- contracts

    @Transactional
    public ContractView addContract(long project, ContractCommand command) {
        ProjectId id = new ProjectId(project);
        rights.require(id, ProjectRight.EDIT);
        Currency currency = Currency.getInstance(projects.get(id).currency());
        var problems = new InvalidInputException.Collector();
        SupplierStore.Stored supplier = supplier(problems, command.supplierId());
        String reference = command.reference() == null ? "" : command.reference().strip();
        if (reference.isEmpty() || reference.length() > 60) problems.add("reference", "finance.contract.reference");
        positive(problems, "value", command.value(), currency);
        if (!plausible(command.startsOn())) problems.add("startsOn", "finance.contract.startsOn");
        if (command.endsOn() != null && (!plausible(command.endsOn())
                || command.startsOn() != null && command.endsOn().isBefore(command.startsOn()))) {
            problems.add("endsOn", "finance.contract.endsOn");
        }
        problems.throwIfAny();
        if (store.referenceTaken(project, reference)) {
            throw new ConflictException("finance.contract.referenceTaken", new Object[] {reference},
                    Map.of("reference", reference), "contract " + reference + " is already kept on this project");
        }
        Contract contract = Contract.draft(project, supplier.id(), reference, command.value(), command.startsOn(),
                command.endsOn());
        long contractId = store.insert(contract, clock.instant());
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("project", Long.toString(project));
        snapshot.put("supplier", supplier.name());
        snapshot.put("reference", reference);
        snapshot.put("value", command.value().toPlainString() + " " + currency.getCurrencyCode());
        snapshot.put("startsOn", command.startsOn().toString());
        if (command.endsOn() != null) snapshot.put("endsOn", command.endsOn().toString());
        snapshot.put("state", contract.state().name());
        audit.created(CONTRACT_AUDIT_TYPE, contractId, reference, snapshot);
        return view(store.contract(project, contractId).orElseThrow(), supplierNames(), List.of());
    }

    /** The draft contract is signed and takes purchase orders. */
    @Transactional
    public ContractView activate(long project, long contract, ContractActCommand command) {
        return act(project, contract, command, Contract::activate);
    }

    /** The active contract ends: no new purchase orders, and its orders' remaining commitment is released. */
    @Transactional
    public ContractView close(long project, long contract, ContractActCommand command) {
        return act(project, contract, command, Contract::close);
    }

    private ContractView act(long project, long contractId, ContractActCommand command,
                             java.util.function.Consumer<Contract> act) {
        rights.require(new ProjectId(project), ProjectRight.EDIT);
        Contract contract = store.contract(project, contractId)
                .orElseThrow(() -> new NotFoundException("contract " + contractId));
        StaleVersionException.check(command == null ? null : command.version(), contract.version(),
                "contract " + contract.reference());
        ContractState before = contract.state();
        act.accept(contract);
        if (!store.updateState(contract, clock.instant())) {
            throw new StaleVersionException("contract " + contract.reference(), contract.version() + 1);
        }
        audit.updated(CONTRACT_AUDIT_TYPE, contractId, contract.reference(), Map.of("state", before.name()),
                Map.of("state", contract.state().name()));
        List<PurchaseOrderView> orders = store.orders(project).stream()
                .filter(o -> Long.valueOf(contractId).equals(o.contract())).map(o -> view(o, supplierNames()))
                .toList();
        return view(store.contract(project, contractId).orElseThrow(), supplierNames(), orders);
    }

    // ---- purchase orders

    @Transactional
    public PurchaseOrderView issue(long project, PurchaseOrderCommand command) {
        ProjectId id = new ProjectId(project);
        rights.require(id, ProjectRight.EDIT);
        Currency currency = Currency.getInstance(projects.get(id).currency());
        var problems = new InvalidInputException.Collector();
        Contract contract = null;
        SupplierStore.Stored supplier = null;
        if (command.contractId() != null) {
            contract = store.contractForUpdate(project, command.contractId()).orElse(null);
            if (contract == null) problems.add("contractId", "finance.contract.unknown");
            else if (command.supplierId() != null && command.supplierId() != contract.supplier()) {
                problems.add("supplierId", "finance.purchaseOrder.contractSupplier");
            } else {
                supplier = suppliers.find(contract.supplier()).orElseThrow();
            }
        } else {
            supplier = supplier(problems, command.supplierId());
        }
        String number = command.number() == null ? "" : command.number().strip();
        if (number.isEmpty() || number.length() > 60) problems.add("number", "finance.purchaseOrder.number");
        CostCategory category = CostCategory.parse(problems, "category", command.category());
        positive(problems, "amount", command.amount(), currency);
        if (!plausible(command.issuedOn())) problems.add("issuedOn", "finance.purchaseOrder.issuedOn");
        problems.throwIfAny();
        if (contract != null) {
            contract.requireOrdersAccepted();
            BigDecimal left = contract.value().subtract(store.ordered(contract.id()));
            if (command.amount().compareTo(left) > 0) {
                throw new ConflictException("finance.contract.valueExceeded",
                        new Object[] {contract.reference(), plain(left).toPlainString()},
                        Map.of("amount", command.amount(), "available", plain(left)),
                        "contract " + contract.reference() + " has " + left.toPlainString() + " left to order");
            }
        }
        if (store.numberTaken(project, number)) {
            throw new ConflictException("finance.purchaseOrder.numberTaken", new Object[] {number},
                    Map.of("number", number), "purchase order " + number + " is already kept on this project");
        }
        boolean overrun = Boolean.TRUE.equals(command.allowOverrun());
        long orderId = store.insertOrder(project, contract == null ? null : contract.id(), supplier.id(), number,
                category.code(), command.amount(), overrun, command.issuedOn(), clock.instant());
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("project", Long.toString(project));
        if (contract != null) snapshot.put("contract", contract.reference());
        snapshot.put("supplier", supplier.name());
        snapshot.put("number", number);
        snapshot.put("category", category.code());
        snapshot.put("amount", command.amount().toPlainString() + " " + currency.getCurrencyCode());
        snapshot.put("issuedOn", command.issuedOn().toString());
        snapshot.put("allowOverrun", Boolean.toString(overrun));
        audit.created(ORDER_AUDIT_TYPE, orderId, number, snapshot);
        return view(store.order(project, orderId).orElseThrow(), supplierNames());
    }

    // ---- spend by supplier across projects

    /**
     * Per supplier, over the projects (of one portfolio, or all) whose money the reader reads: what purchase orders
     * commit, what invoices came to and what orders still commit, each project's amounts converted from its currency
     * to {@code currency} (null: the reporting currency) at the rate in force for {@code month} (YYYY-MM, null: this
     * month). A missing rate is the 422 of {@link MissingExchangeRateException}.
     */
    @Transactional(readOnly = true)
    public SupplierSpendView supplierSpend(Long portfolio, String currency, String month) {
        var problems = new InvalidInputException.Collector();
        Currency target = currency == null || currency.isBlank() ? Currency.getInstance(reportingCurrency)
                : Amounts.currency(problems, "currency", currency.strip());
        YearMonth at = YearMonth.now(clock);
        if (month != null && !month.isBlank()) {
            try {
                at = YearMonth.parse(month.strip());
            } catch (DateTimeParseException bad) {
                problems.add("month", "finance.budget.month");
            }
        }
        problems.throwIfAny();
        Map<Long, ProjectRow> readable = new HashMap<>();
        boolean everyProject = rights.mayOnEvery(ProjectRight.READ_MONEY);
        for (ProjectRow row : projects.everyRow(portfolio)) {
            if (everyProject || rights.may(new ProjectId(row.id()), ProjectRight.READ_MONEY)) {
                readable.put(row.id(), row);
            }
        }
        ExchangeRates book = rates.rates();
        Map<Long, SupplierLine> lines = new TreeMap<>();
        for (ProcurementStore.SupplierTotals totals : store.supplierTotals()) {
            ProjectRow row = readable.get(totals.project());
            if (row == null) continue;
            Currency from = Currency.getInstance(row.currency());
            BigDecimal committed = book.convert(totals.committed(), from, target, at);
            BigDecimal invoiced = book.convert(totals.invoiced(), from, target, at);
            BigDecimal remaining = book.convert(totals.remaining(), from, target, at);
            lines.merge(totals.supplier(), new SupplierLine(totals.supplier(), totals.name(), 1, committed, invoiced,
                    remaining), (a, b) -> new SupplierLine(a.supplierId(), a.name(), a.projects() + b.projects(),
                    a.committed().add(b.committed()), a.invoiced().add(b.invoiced()),
                    a.remaining().add(b.remaining())));
        }
        List<SupplierLine> sorted = lines.values().stream()
                .map(l -> new SupplierLine(l.supplierId(), l.name(), l.projects(), plain(l.committed()),
                        plain(l.invoiced()), plain(l.remaining())))
                .sorted(java.util.Comparator.comparing(SupplierLine::invoiced).reversed()
                        .thenComparing(SupplierLine::name))
                .toList();
        return new SupplierSpendView(target.getCurrencyCode(), at.toString(), portfolio, sorted,
                plain(sorted.stream().map(SupplierLine::committed).reduce(BigDecimal.ZERO, BigDecimal::add)),
                plain(sorted.stream().map(SupplierLine::invoiced).reduce(BigDecimal.ZERO, BigDecimal::add)),
                plain(sorted.stream().map(SupplierLine::remaining).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    // ---- helpers

    private SupplierStore.Stored supplier(InvalidInputException.Collector problems, Long id) {
        SupplierStore.Stored supplier = id == null ? null : suppliers.find(id).orElse(null);
        if (supplier == null) problems.add("supplierId", "finance.supplier.unknown");
        return supplier;
    }

    /** An amount that must be above zero (a contract's value, an order's amount), by the rules of {@link Amounts}. */
    private static void positive(InvalidInputException.Collector problems, String field, BigDecimal amount,
                                 Currency currency) {
        Amounts.check(problems, field, amount, currency, false);
        if (amount != null && amount.signum() == 0 && !problems.has(field)) {
            problems.add(field, "finance.amount.positive");
        }
    }

    private static boolean plausible(LocalDate date) {
        return date != null && date.getYear() >= 1900 && date.getYear() <= 2199;
    }

    private Map<Long, String> supplierNames() {
        Map<Long, String> names = new HashMap<>();
        for (SupplierStore.Stored s : suppliers.all()) names.put(s.id(), s.name());
        return names;
    }

    private static PurchaseOrderView view(Order o, Map<Long, String> names) {
        Commitment commitment = commitment(o);
        return new PurchaseOrderView(o.id(), o.project(), o.contract(), o.supplier(), names.get(o.supplier()),
                o.number(), o.category(), plain(o.amount()), o.issuedOn(), o.allowOverrun(), plain(o.invoiced()),
                plain(commitment.remaining()));
    }

    private static ContractView view(Contract c, Map<Long, String> names, List<PurchaseOrderView> orders) {
        return new ContractView(c.id(), c.project(), c.supplier(), names.get(c.supplier()), c.reference(),
                plain(c.value()), c.startsOn(), c.endsOn(), c.state(), c.version(),
                plain(sum(orders, PurchaseOrderView::amount)), plain(sum(orders, PurchaseOrderView::invoiced)),
                plain(sum(orders, PurchaseOrderView::remaining)));
    }

    private static BigDecimal sum(List<PurchaseOrderView> orders,
                                  java.util.function.Function<PurchaseOrderView, BigDecimal> amount) {
        return orders.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
