package org.lodestar.finance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.finance.internal.BudgetLineStore;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's budget by cost category and month, in the project's currency: the original budget (one line per
 * category and month, never negative) and approved changes (negative when they reduce it); the current budget is
 * their sum. Read by whoever may read the project's money, added to by its editors, each line audited.
 */
@Service
public class Budgets {

    static final String AUDIT_TYPE = "budget-line";

    /** How a line changes the budget. */
    public enum Kind { ORIGINAL, APPROVED_CHANGE }

    private final BudgetLineStore store;
    private final ProjectRights rights;
    private final ProjectRegistry projects;
    private final AuditTrail audit;

    Budgets(BudgetLineStore store, ProjectRights rights, ProjectRegistry projects, AuditTrail audit) {
        this.store = store;
        this.rights = rights;
        this.projects = projects;
        this.audit = audit;
    }

    /** A new line: category code, month as YYYY-MM, kind, amount in the project's currency, an optional note. */
    public record BudgetLineCommand(String category, String month, String kind, BigDecimal amount, String note) {
    }

    public record BudgetLineView(long id, String category, String month, Kind kind, BigDecimal amount, String note) {
    }

    /** The lines and the totals: original, approved changes, current (their sum). */
    public record BudgetView(long projectId, String currency, List<BudgetLineView> lines, BigDecimal original,
                             BigDecimal approvedChanges, BigDecimal current) {
    }

    @Transactional(readOnly = true)
    public BudgetView budget(long project) {
        ProjectId id = new ProjectId(project);
        rights.require(id, ProjectRight.READ_MONEY);
        String currency = projects.get(id).currency();
        BigDecimal original = BigDecimal.ZERO;
        BigDecimal changes = BigDecimal.ZERO;
        List<BudgetLineView> lines = new java.util.ArrayList<>();
        for (BudgetLineStore.Stored line : store.forProject(project)) {
            Kind kind = Kind.valueOf(line.kind());
            BigDecimal amount = line.amount().stripTrailingZeros();
            if (amount.scale() < 0) amount = amount.setScale(0);
            if (kind == Kind.ORIGINAL) original = original.add(amount);
            else changes = changes.add(amount);
            lines.add(new BudgetLineView(line.id(), line.category(), YearMonth.from(line.month()).toString(), kind,
                    amount, line.note()));
        }
        return new BudgetView(project, currency, List.copyOf(lines), original, changes, original.add(changes));
    }

    @Transactional
    public BudgetLineView add(long project, BudgetLineCommand command) {
        ProjectId id = new ProjectId(project);
        rights.require(id, ProjectRight.EDIT);
        Currency currency = Currency.getInstance(projects.get(id).currency());
        var problems = new InvalidInputException.Collector();
        CostCategory category = CostCategory.parse(problems, "category", command.category());
        YearMonth month = null;
        try {
            month = command.month() == null ? null : YearMonth.parse(command.month().strip());
        } catch (DateTimeParseException bad) {
            month = null;
        }
        if (month == null || month.getYear() < 1900 || month.getYear() > 2199) {
            problems.add("month", "finance.budget.month");
        }
        Kind kind = null;
        for (Kind candidate : Kind.values()) {
            if (candidate.name().equals(command.kind())) kind = candidate;
        }
        if (kind == null) problems.add("kind", "finance.budget.kind");
        Amounts.check(problems, "amount", command.amount(), currency, kind == Kind.APPROVED_CHANGE);
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        if (note != null && note.length() > 200) problems.add("note", "finance.budget.note");
        problems.throwIfAny();
        if (kind == Kind.ORIGINAL && store.hasOriginal(project, category.code(), month.atDay(1))) {
            throw new ConflictException("finance.budget.originalTaken",
                    new Object[] {category.code(), month.toString()},
                    Map.of("category", category.code(), "month", month.toString()),
                    "the original budget of " + category.code() + " in " + month + " is already set");
        }
        long line = store.insert(project, category.code(), month.atDay(1), kind.name(), command.amount(), note);
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("project", Long.toString(project));
        snapshot.put("category", category.code());
        snapshot.put("month", month.toString());
        snapshot.put("kind", kind.name());
        snapshot.put("amount", command.amount().toPlainString() + " " + currency.getCurrencyCode());
        if (note != null) snapshot.put("note", note);
        audit.created(AUDIT_TYPE, line, category.code() + " " + month, snapshot);
        return new BudgetLineView(line, category.code(), month.toString(), kind, command.amount(), note);
    }
}
