package org.lodestar.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lodestar.change.ChangeRequestApproved;
import org.lodestar.finance.internal.BudgetLineStore;
import org.lodestar.intake.ConvertedRequests;
import org.lodestar.intake.ConvertedRequests.ConvertedFinancials;
import org.lodestar.intake.Financials;
import org.lodestar.intake.RequestConverted;
import org.lodestar.platform.AuditTrail;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Budgets fed by other modules' durable events. An approved change request with a cost impact becomes an approved
 * change line of its project's budget (in the month it was approved); a request converted into a project gives the
 * project its first budget, the original lines from the request's cost per quarter. Each runs after the other
 * module's transaction committed, in its own, audited as a budget line; each is safe to hear twice (a change
 * request's line is named by its source, and a converted request's budget is only given to a project without one).
 */
@Component
class BudgetFeeds {

    /** The category of lines fed by events: neither change requests nor requests split their cost by category. */
    static final CostCategory FED_CATEGORY = CostCategory.NON_LABOUR_CAPEX;

    private final BudgetLineStore store;
    private final ConvertedRequests converted;
    private final AuditTrail audit;
    private final Clock clock;

    BudgetFeeds(BudgetLineStore store, ConvertedRequests converted, AuditTrail audit, Clock clock) {
        this.store = store;
        this.converted = converted;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ChangeRequestApproved approved) {
        BigDecimal cost = approved.costAmount();
        if (cost == null || cost.signum() == 0) return;
        long project = approved.project().value();
        String source = "change-request:" + approved.changeRequest();
        if (store.hasSource(project, source)) return;
        Instant at = approved.approvedAt() != null ? approved.approvedAt() : clock.instant();
        LocalDate month = YearMonth.from(at.atOffset(ZoneOffset.UTC)).atDay(1);
        String note = "CR-" + approved.changeRequest();
        store.insertFed(project, FED_CATEGORY.code(), month, Budgets.Kind.APPROVED_CHANGE.name(), cost, note, source)
                .ifPresent(line -> audited(line, project, month, Budgets.Kind.APPROVED_CHANGE, cost, note, source));
    }

    @ApplicationModuleListener
    void on(RequestConverted event) {
        long project = event.project().value();
        if (store.hasAny(project)) return;
        ConvertedFinancials request = converted.financials(event.request()).orElse(null);
        if (request == null || request.project() != project) return;
        Currency currency = Currency.getInstance(request.currency());
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        YearMonth conversion = YearMonth.from(request.convertedAt().atOffset(ZoneOffset.UTC));
        YearMonth first = conversion.minusMonths((conversion.getMonthValue() - 1) % 3);
        Map<YearMonth, BigDecimal> months = new java.util.TreeMap<>();
        for (Financials.Quarter quarter : request.quarters()) {
            BigDecimal cost = quarter.cost() == null ? BigDecimal.ZERO : quarter.cost().setScale(scale,
                    RoundingMode.HALF_EVEN);
            if (cost.signum() <= 0) continue;
            BigDecimal third = cost.divide(BigDecimal.valueOf(3), scale, RoundingMode.DOWN);
            YearMonth start = first.plusMonths(3L * quarter.quarter());
            months.merge(start, third, BigDecimal::add);
            months.merge(start.plusMonths(1), third, BigDecimal::add);
            months.merge(start.plusMonths(2), cost.subtract(third).subtract(third), BigDecimal::add);
        }
        if (months.isEmpty() && request.budget() != null && request.budget().signum() > 0) {
            months.put(conversion, request.budget().setScale(scale, RoundingMode.HALF_EVEN));
        }
        String note = request.code();
        for (Map.Entry<YearMonth, BigDecimal> entry : months.entrySet()) {
            if (entry.getValue().signum() == 0) continue;
            LocalDate month = entry.getKey().atDay(1);
            String source = "request:" + event.request().value() + ":" + entry.getKey();
            store.insertFed(project, FED_CATEGORY.code(), month, Budgets.Kind.ORIGINAL.name(), entry.getValue(), note,
                    source).ifPresent(line -> audited(line, project, month, Budgets.Kind.ORIGINAL, entry.getValue(),
                    note, source));
        }
    }

    private void audited(long line, long project, LocalDate month, Budgets.Kind kind, BigDecimal amount, String note,
                         String source) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("project", Long.toString(project));
        snapshot.put("category", FED_CATEGORY.code());
        snapshot.put("month", YearMonth.from(month).toString());
        snapshot.put("kind", kind.name());
        snapshot.put("amount", amount.toPlainString());
        snapshot.put("note", note);
        snapshot.put("source", source);
        audit.created(Budgets.AUDIT_TYPE, line, FED_CATEGORY.code() + " " + YearMonth.from(month) + " " + kind.name(),
                snapshot);
    }
}
