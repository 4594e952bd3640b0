package org.lodestar.finance;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.finance.CostFileImport.ColumnMapping;
import org.lodestar.finance.internal.ActualCostStore;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's actual costs, imported from a ledger's cost file: validated row by row ({@link CostFileImport}), all
 * or nothing (any problem is a 400 listing every bad row, and nothing is stored), one audit entry per import.
 */
@Service
public class ActualCosts {

    static final String AUDIT_TYPE = "actual-cost-import";

    private final ActualCostStore store;
    private final ProjectRights rights;
    private final ProjectRegistry projects;
    private final AuditTrail audit;

    ActualCosts(ActualCostStore store, ProjectRights rights, ProjectRegistry projects, AuditTrail audit) {
        this.store = store;
        this.rights = rights;
        this.projects = projects;
        this.audit = audit;
    }

    /** A file to import: its CSV text and the mapping of its columns. */
    public record CostFileCommand(String csv, ColumnMapping mapping) {
    }

    /** A cost; {@code supplierId} and {@code invoice} name the supplier's invoice it came from, if any. */
    public record ActualCostView(long id, String postedOn, String category, BigDecimal amount, String reference,
                                 Long supplierId, String invoice) {
    }

    public record ActualCostsView(long projectId, String currency, List<ActualCostView> costs, BigDecimal total) {
    }

    public record ImportResult(int imported, BigDecimal total) {
    }

    @Transactional(readOnly = true)
    public ActualCostsView costs(long project) {
        ProjectId id = new ProjectId(project);
        rights.require(id, ProjectRight.READ_MONEY);
        String currency = projects.get(id).currency();
        BigDecimal total = BigDecimal.ZERO;
        List<ActualCostView> costs = new java.util.ArrayList<>();
        for (ActualCostStore.Stored cost : store.forProject(project)) {
            BigDecimal amount = cost.amount().stripTrailingZeros();
            if (amount.scale() < 0) amount = amount.setScale(0);
            total = total.add(amount);
            costs.add(new ActualCostView(cost.id(), cost.postedOn().toString(), cost.category(), amount,
                    cost.reference(), cost.supplier(), cost.invoice()));
        }
        return new ActualCostsView(project, currency, List.copyOf(costs), total);
    }

    @Transactional
    public ImportResult importFile(long project, CostFileCommand command) {
        ProjectId id = new ProjectId(project);
        rights.require(id, ProjectRight.EDIT);
        Currency currency = Currency.getInstance(projects.get(id).currency());
        var problems = new InvalidInputException.Collector();
        ColumnMapping mapping = command.mapping();
        if (command.csv() == null || command.csv().isBlank()) problems.add("csv", "finance.import.empty");
        if (mapping == null || blank(mapping.date()) || blank(mapping.amount()) || blank(mapping.category())
                || blank(mapping.reference())) {
            problems.add("mapping", "finance.import.mapping");
        }
        problems.throwIfAny();
        CostFileImport.Report report = CostFileImport.read(command.csv(), mapping, currency,
                store.references(project));
        if (!report.ok()) throw new InvalidInputException(report.problems());
        BigDecimal total = BigDecimal.ZERO;
        for (CostFileImport.CostLine line : report.importable()) {
            store.insert(project, line.date(), line.category().code(), line.amount(), line.reference());
            total = total.add(line.amount());
        }
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("project", Long.toString(project));
        snapshot.put("lines", Integer.toString(report.importable().size()));
        snapshot.put("total", total.toPlainString() + " " + currency.getCurrencyCode());
        audit.created(AUDIT_TYPE, project, total.toPlainString() + " " + currency.getCurrencyCode(), snapshot);
        return new ImportResult(report.importable().size(), total);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
