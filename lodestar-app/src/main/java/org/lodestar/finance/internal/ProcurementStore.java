package org.lodestar.finance.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lodestar.finance.ContractState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Suppliers' contracts ({@code supplier_contract}) and purchase orders ({@code purchase_order}) of projects. */
@Component
public class ProcurementStore {

    private static final String CONTRACT = "select id, project, supplier, reference, contract_value, starts_on, "
            + "ends_on, state, version from supplier_contract ";
    private static final String ORDER = "select o.id, o.project, o.contract, o.supplier, o.number, o.category, "
            + "o.amount, o.allow_overrun, o.issued_on, o.version, c.state, "
            + "(select coalesce(sum(a.amount), 0) from actual_cost a where a.purchase_order = o.id) "
            + "from purchase_order o left join supplier_contract c on c.id = o.contract ";

    private final JdbcClient jdbc;

    ProcurementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A purchase order with the invoices matched to it and the state of its contract (null when direct). */
    public record Order(long id, long project, Long contract, long supplier, String number, String category,
                        BigDecimal amount, boolean allowOverrun, LocalDate issuedOn, long version,
                        ContractState contractState, BigDecimal invoiced) {
    }

    /** One project's committed, invoiced and remaining amounts with one supplier, in the project's currency. */
    public record SupplierTotals(long supplier, String name, long project, BigDecimal committed,
                                 BigDecimal invoiced, BigDecimal remaining) {
    }

    private static Contract contract(ResultSet rs, int row) throws SQLException {
        return new Contract(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBigDecimal(5),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                ContractState.valueOf(rs.getString(8)), rs.getLong(9));
    }

    private static Order order(ResultSet rs, int row) throws SQLException {
        String state = rs.getString(11);
        return new Order(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getBigDecimal(7), rs.getBoolean(8), rs.getObject(9, LocalDate.class),
                rs.getLong(10), state == null ? null : ContractState.valueOf(state), rs.getBigDecimal(12));
    }

    public List<Contract> contracts(long project) {
        return jdbc.sql(CONTRACT + "where project = :p order by reference, id").param("p", project)
                .query(ProcurementStore::contract).list();
    }

    public Optional<Contract> contract(long project, long id) {
        return jdbc.sql(CONTRACT + "where project = :p and id = :id").param("p", project).param("id", id)
                .query(ProcurementStore::contract).optional();
    }

    /** The contract, its row locked until the transaction ends (so that two orders do not both fit its value). */
    public Optional<Contract> contractForUpdate(long project, long id) {
        return jdbc.sql(CONTRACT + "where project = :p and id = :id for update").param("p", project).param("id", id)
                .query(ProcurementStore::contract).optional();
    }

    /** Whether any project has a contract or purchase order (the demo fills an empty database only). */
    public boolean anyAtAll() {
        return jdbc.sql("select (select count(*) from supplier_contract) + (select count(*) from purchase_order)")
                .query(Long.class).single() > 0;
    }

    public boolean referenceTaken(long project, String reference) {
        return jdbc.sql("select count(*) from supplier_contract where project = :p and lower(reference) = lower(:r)")
                .param("p", project).param("r", reference).query(Long.class).single() > 0;
    }

    public long insert(Contract contract, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into supplier_contract (project, supplier, reference, contract_value, starts_on, ends_on, "
                        + "state, version, created_at, updated_at) values (:p, :s, :r, :v, :b, :e, :st, 0, :t, :t)")
                .param("p", contract.project()).param("s", contract.supplier()).param("r", contract.reference())
                .param("v", contract.value()).param("b", contract.startsOn()).param("e", contract.endsOn())
                .param("st", contract.state().name()).param("t", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Stores the contract's new state if nobody changed it since {@code contract.version()}; false when stale. */
    public boolean updateState(Contract contract, Instant now) {
        return jdbc.sql("update supplier_contract set state = :st, version = version + 1, updated_at = :t "
                        + "where id = :id and version = :v")
                .param("st", contract.state().name()).param("t", Timestamp.from(now)).param("id", contract.id())
                .param("v", contract.version()).update() == 1;
    }

    /** What the contract's purchase orders add up to. */
    public BigDecimal ordered(long contract) {
        return jdbc.sql("select coalesce(sum(amount), 0) from purchase_order where contract = :c")
                .param("c", contract).query(BigDecimal.class).single();
    }

    public List<Order> orders(long project) {
        return jdbc.sql(ORDER + "where o.project = :p order by o.issued_on, o.number, o.id").param("p", project)
                .query(ProcurementStore::order).list();
    }

    public Optional<Order> order(long project, long id) {
        return jdbc.sql(ORDER + "where o.project = :p and o.id = :id").param("p", project).param("id", id)
                .query(ProcurementStore::order).optional();
    }

    /** Locks the order's row until the transaction ends, so that two invoices do not both consume its remainder. */
    public void lockOrder(long id) {
        jdbc.sql("select id from purchase_order where id = :id for update").param("id", id).query(Long.class).list();
    }

    public boolean numberTaken(long project, String number) {
        return jdbc.sql("select count(*) from purchase_order where project = :p and lower(number) = lower(:n)")
                .param("p", project).param("n", number).query(Long.class).single() > 0;
    }

    public long insertOrder(long project, Long contract, long supplier, String number, String category,
                            BigDecimal amount, boolean allowOverrun, LocalDate issuedOn, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into purchase_order (project, contract, supplier, number, category, amount, allow_overrun, "
                        + "issued_on, version, created_at) values (:p, :c, :s, :n, :cat, :a, :o, :d, 0, :t)")
                .param("p", project).param("c", contract).param("s", supplier).param("n", number)
                .param("cat", category).param("a", amount).param("o", allowOverrun).param("d", issuedOn)
                .param("t", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Per supplier and project: what its purchase orders commit, what its invoices (matched or not) add up to, and
     * what its orders still commit (an order's amount less its matched invoices, not below 0; nothing for an order of
     * a closed contract), in the project's currency ({@code project.currency}, read by portfolio's table).
     */
    public List<SupplierTotals> supplierTotals() {
        return jdbc.sql("""
                        select s.id, s.name, x.project, sum(x.committed), sum(x.invoiced), sum(x.remaining)
                        from (
                            select o.supplier, o.project, o.amount committed, 0 invoiced,
                                   case when c.state = 'CLOSED' then 0
                                        when o.amount - coalesce(m.matched, 0) < 0 then 0
                                        else o.amount - coalesce(m.matched, 0) end remaining
                            from purchase_order o
                            left join supplier_contract c on c.id = o.contract
                            left join (select purchase_order, sum(amount) matched from actual_cost
                                       where purchase_order is not null group by purchase_order) m
                                   on m.purchase_order = o.id
                            union all
                            select a.supplier, a.project, 0, a.amount, 0 from actual_cost a where a.supplier is not null
                        ) x join supplier s on s.id = x.supplier
                        group by s.id, s.name, x.project
                        order by s.name, x.project
                        """)
                .query((rs, row) -> new SupplierTotals(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)))
                .list();
    }
}
