package org.lodestar.finance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.lodestar.finance.ContractState;
import org.lodestar.platform.ConflictException;

/**
 * A supplier's contract with a project. It changes only through its acts: {@link #draft}, {@link #activate} (a
 * draft is signed) and {@link #close} (an active contract ends); {@link #requireOrdersAccepted} guards new purchase
 * orders, which only an active contract takes. An act from a state that does not allow it is a 409 naming the state
 * and the act.
 */
public final class Contract {

    private final Long id;
    private final long project;
    private final long supplier;
    private final String reference;
    private final BigDecimal value;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private ContractState state;
    private final long version;

    public Contract(Long id, long project, long supplier, String reference, BigDecimal value, LocalDate startsOn,
                    LocalDate endsOn, ContractState state, long version) {
        this.id = id;
        this.project = project;
        this.supplier = supplier;
        this.reference = reference;
        this.value = value;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.state = state;
        this.version = version;
    }

    /** A new contract, drafted. */
    public static Contract draft(long project, long supplier, String reference, BigDecimal value, LocalDate startsOn,
                                 LocalDate endsOn) {
        return new Contract(null, project, supplier, reference, value, startsOn, endsOn, ContractState.DRAFT, 0);
    }

    /** The draft is signed: it takes purchase orders from now on. */
    public void activate() {
        require("activate", ContractState.DRAFT);
        state = ContractState.ACTIVE;
    }

    /** The contract ends: no new purchase orders, and what its orders still commit is released. */
    public void close() {
        require("close", ContractState.ACTIVE);
        state = ContractState.CLOSED;
    }

    /** Refuses a new purchase order unless the contract is active. */
    public void requireOrdersAccepted() {
        require("order", ContractState.ACTIVE);
    }

    private void require(String act, ContractState allowed) {
        if (state == allowed) return;
        throw new ConflictException("finance.contract.act.refused", new Object[] {reference, state.name()},
                Map.of("state", state.name(), "act", act),
                "contract " + reference + " is " + state + ": it cannot " + act);
    }

    public Long id() { return id; }
    public long project() { return project; }
    public long supplier() { return supplier; }
    public String reference() { return reference; }
    public BigDecimal value() { return value; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public ContractState state() { return state; }
    public long version() { return version; }
}
