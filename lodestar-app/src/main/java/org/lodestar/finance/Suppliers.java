package org.lodestar.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lodestar.finance.internal.ActualCostStore;
import org.lodestar.finance.internal.ProcurementStore;
import org.lodestar.finance.internal.SupplierStore;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Minimal procurement: the suppliers the organisation buys from (read by whoever reads project detail, kept by
 * administrators and the PMO), invoices received from them recorded as a project's actual costs (by its editors;
 * a supplier's invoice number is recorded once per project), and a project's spend by supplier (for whoever reads
 * its money). Each supplier and invoice is audited in its transaction.
 */
@Service
public class Suppliers {

    static final String AUDIT_TYPE = "supplier";
    static final String INVOICE_AUDIT_TYPE = "supplier-invoice";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final SupplierStore store;
    private final ActualCostStore costs;
    private final ProcurementStore procurement;
    private final OrganisationRights organisationRights;
    private final ProjectRights rights;
    private final ProjectRegistry projects;
    private final AuditTrail audit;
    private final Clock clock;

    Suppliers(SupplierStore store, ActualCostStore costs, ProcurementStore procurement,
              OrganisationRights organisationRights, ProjectRights rights, ProjectRegistry projects, AuditTrail audit,
              Clock clock) {
        this.store = store;
        this.costs = costs;
        this.procurement = procurement;
        this.organisationRights = organisationRights;
        this.rights = rights;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new supplier: its name (unique) and, optionally, its ISO 3166 country code. */
    public record SupplierCommand(String name, String country) {
    }

    public record SupplierView(long id, String name, String country) {
    }

    /**
     * An invoice received: from whom, its number, when it was posted, its cost category and amount, and optionally
     * the project's purchase order it is matched to (same supplier and category), whose commitment it consumes.
     */
    public record InvoiceCommand(Long supplierId, String invoice, LocalDate postedOn, String category,
                                 BigDecimal amount, Long purchaseOrderId) {
    }

    public record InvoiceView(long id, long projectId, long supplierId, String invoice, LocalDate postedOn,
                              String category, BigDecimal amount, Long purchaseOrderId) {
    }

    /** One supplier's spend on a project: invoices and their total in the project's currency. */
    public record SupplierSpend(long supplierId, String name, long invoices, BigDecimal total) {
    }

    public record SpendView(long projectId, String currency, List<SupplierSpend> suppliers, BigDecimal total) {
    }

    @Transactional(readOnly = true)
    public List<SupplierView> list() {
        organisationRights.require(OrganisationAct.READ_PROJECT_DETAIL);
        return store.all().stream().map(s -> new SupplierView(s.id(), s.name(), s.country())).toList();
    }

    @Transactional
    public SupplierView add(SupplierCommand command) {
        organisationRights.require(OrganisationAct.KEEP_SUPPLIERS);
        var problems = new InvalidInputException.Collector();
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty() || name.length() > 200) problems.add("name", "finance.supplier.name");
        String country = command.country() == null || command.country().isBlank() ? null : command.country().strip();
        if (country != null && !COUNTRIES.contains(country)) problems.add("country", "finance.supplier.country",
                country);
        problems.throwIfAny();
        if (store.nameTaken(name)) {
            throw new ConflictException("finance.supplier.nameTaken", new Object[] {name}, Map.of("name", name),
                    "a supplier named " + name + " is already kept");
        }
        long id = store.insert(name, country, clock.instant());
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("name", name);
        if (country != null) snapshot.put("country", country);
        audit.created(AUDIT_TYPE, id, name, snapshot);
        return new SupplierView(id, name, country);
    }

    @Transactional
    public InvoiceView recordInvoice(long project, InvoiceCommand command) {
        ProjectId id = new ProjectId(project);
        rights.require(id, ProjectRight.EDIT);
        Currency currency = Currency.getInstance(projects.get(id).currency());
        var problems = new InvalidInputException.Collector();
        SupplierStore.Stored supplier = command.supplierId() == null ? null
                : store.find(command.supplierId()).orElse(null);
        if (supplier == null) problems.add("supplierId", "finance.supplier.unknown");
        String invoice = command.invoice() == null ? "" : command.invoice().strip();
        if (invoice.isEmpty() || invoice.length() > 60) problems.add("invoice", "finance.supplier.invoice");
        if (command.postedOn() == null || command.postedOn().getYear() < 1900 || command.postedOn().getYear() > 2199) {
            problems.add("postedOn", "finance.supplier.postedOn");
        }
        CostCategory category = CostCategory.parse(problems, "category", command.category());
        Amounts.check(problems, "amount", command.amount(), currency, true);
        ProcurementStore.Order order = null;
        if (command.purchaseOrderId() != null) {
            order = procurement.order(project, command.purchaseOrderId()).orElse(null);
            if (order == null) {
                problems.add("purchaseOrderId", "finance.purchaseOrder.unknown");
            } else {
                if (supplier != null && order.supplier() != supplier.id()) {
                    problems.add("purchaseOrderId", "finance.purchaseOrder.otherSupplier", order.number());
                }
                if (category != null && !order.category().equals(category.code())) {
                    problems.add("category", "finance.purchaseOrder.otherCategory", order.category());
                }
            }
        }
        problems.throwIfAny();
        if (order != null) {
            procurement.lockOrder(order.id());
            order = procurement.order(project, order.id()).orElseThrow();
            Procurement.commitment(order).requireAdmits(command.amount(), order.number());
        }
        String reference = "INV-" + supplier.id() + "-" + invoice;
        if (costs.references(project).contains(reference)) {
            throw new ConflictException("finance.supplier.invoiceTaken", new Object[] {invoice, supplier.name()},
                    Map.of("invoice", invoice, "supplierId", supplier.id()),
                    "invoice " + invoice + " of " + supplier.name() + " is already recorded on this project");
        }
        Long orderId = order == null ? null : order.id();
        long cost = costs.insertInvoice(project, command.postedOn(), category.code(), command.amount(), reference,
                supplier.id(), invoice, orderId);
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("project", Long.toString(project));
        snapshot.put("supplier", supplier.name());
        snapshot.put("invoice", invoice);
        snapshot.put("postedOn", command.postedOn().toString());
        snapshot.put("category", category.code());
        snapshot.put("amount", command.amount().toPlainString() + " " + currency.getCurrencyCode());
        if (order != null) snapshot.put("purchaseOrder", order.number());
        audit.created(INVOICE_AUDIT_TYPE, cost, supplier.name() + " " + invoice, snapshot);
        return new InvoiceView(cost, project, supplier.id(), invoice, command.postedOn(), category.code(),
                command.amount(), orderId);
    }

    @Transactional(readOnly = true)
    public SpendView spend(long project) {
        ProjectId id = new ProjectId(project);
        rights.require(id, ProjectRight.READ_MONEY);
        String currency = projects.get(id).currency();
        List<SupplierSpend> suppliers = store.spend(project).stream()
                .map(s -> new SupplierSpend(s.supplier(), s.name(), s.invoices(), plain(s.total()))).toList();
        BigDecimal total = suppliers.stream().map(SupplierSpend::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SpendView(project, currency, suppliers, total);
    }

    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
