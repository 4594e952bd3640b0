package org.lodestar.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.lodestar.engine.health.Rag;
import org.lodestar.finance.internal.ProcurementStore;
import org.lodestar.platform.People;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo procurement, after the finance demo's suppliers and budgets: on the first four active demo projects with a
 * budget that are reported red (their invoices add to the actual costs the finance demo gave them), a contract with one of the suppliers (activated; the first project's closed once its orders are in), two
 * purchase orders under it and one direct, and invoices matched to the orders (one order fully invoiced, one half,
 * one not yet), written as the PMO through the services, so everything is audited. It runs once, into a demo
 * database without contracts or orders.
 */
@Component
@Order(FinanceDemo.DEMO_ORDER + 1)
class ProcurementDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProcurementDemo.class);
    private static final int PROJECTS = 4;

    private final Procurement procurement;
    private final Suppliers suppliers;
    private final ProcurementStore store;
    private final ProjectRegistry projects;
    private final People people;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final boolean demo;

    ProcurementDemo(Procurement procurement, Suppliers suppliers, ProcurementStore store, ProjectRegistry projects,
                    People people, RunAs runAs, TransactionTemplate transaction,
                    @Value("${lodestar.demo}") boolean demo) {
        this.procurement = procurement;
        this.suppliers = suppliers;
        this.store = store;
        this.projects = projects;
        this.people = people;
        this.runAs = runAs;
        this.transaction = transaction;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!demo || people.isEmpty()) return;
        Integer procured = transaction.execute(status -> runAs.call("pmo", () -> {
            if (store.anyAtAll()) return 0;
            return create();
        }));
        if (procured != null && procured > 0) log.info("Created demo contracts and purchase orders on {} projects.",
                procured);
    }

    private int create() {
        List<Suppliers.SupplierView> kept = suppliers.list();
        if (kept.isEmpty()) return 0;
        List<ProjectRow> all = projects.search(new ProjectQuery(null, null, null, null, null, null, null, null, null,
                false, "code", false, 0, ProjectQuery.MAX_SIZE)).items();
        int procured = 0;
        for (ProjectRow project : all) {
            if (procured == PROJECTS) break;
            // the invoices are actual costs on top of the finance demo's: only projects already reported red (and
            // overspending) take them, so that no project's data turns worse than what its reports say
            if (project.state() != ProjectState.ACTIVE || project.plannedStart() == null || project.budget() == null
                    || project.budget().signum() <= 0 || project.reportedHealth() != Rag.RED) {
                continue;
            }
            procure(project, kept.get(procured % kept.size()).id(), kept.get((procured + 1) % kept.size()).id(),
                    procured == 0);
            procured++;
        }
        return procured;
    }

    private void procure(ProjectRow project, long supplier, long other, boolean close) {
        int scale = Math.max(0, Currency.getInstance(project.currency()).getDefaultFractionDigits());
        BigDecimal value = share(project.budget(), "0.30", scale);
        LocalDate start = project.plannedStart();
        String code = project.code();
        Procurement.ContractView contract = procurement.addContract(project.id(), new Procurement.ContractCommand(
                supplier, code + "-C1", value, start, project.plannedFinish()));
        contract = procurement.activate(project.id(), contract.id(),
                new Procurement.ContractActCommand(contract.version()));
        BigDecimal first = share(value, "0.60", scale);
        BigDecimal second = share(value, "0.30", scale);
        Procurement.PurchaseOrderView po1 = procurement.issue(project.id(), new Procurement.PurchaseOrderCommand(
                contract.id(), null, code + "-PO1", "non-labour-capex", first, start.plusDays(7), false));
        Procurement.PurchaseOrderView po2 = procurement.issue(project.id(), new Procurement.PurchaseOrderCommand(
                contract.id(), null, code + "-PO2", "non-labour-capex", second, start.plusDays(30), false));
        procurement.issue(project.id(), new Procurement.PurchaseOrderCommand(null, other, code + "-PO3",
                "non-labour-opex", share(project.budget(), "0.05", scale), start.plusDays(14), true));
        suppliers.recordInvoice(project.id(), new Suppliers.InvoiceCommand(supplier, code + "-PO1-INV",
                start.plusDays(45), "non-labour-capex", first, po1.id()));
        suppliers.recordInvoice(project.id(), new Suppliers.InvoiceCommand(supplier, code + "-PO2-INV",
                start.plusDays(60), "non-labour-capex", share(second, "0.5", scale), po2.id()));
        if (close) {
            Procurement.ContractView now = procurement.contracts(project.id()).stream()
                    .filter(c -> c.reference().equals(code + "-C1")).findFirst().orElseThrow();
            procurement.close(project.id(), now.id(), new Procurement.ContractActCommand(now.version()));
        }
    }

    private static BigDecimal share(BigDecimal amount, String fraction, int scale) {
        return amount.multiply(new BigDecimal(fraction)).setScale(scale, RoundingMode.DOWN);
    }
}
