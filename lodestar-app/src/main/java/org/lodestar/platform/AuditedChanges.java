package org.lodestar.platform;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One way to write a change to a record with its audit entry, so that a service method reads as the business act:
 * load the record, check the version the change was made from, snapshot it, act, save, audit the differences.
 *
 * <pre>{@code
 * Portfolio portfolio = changes.load(PORTFOLIOS, id);
 * requireManager(actor, portfolio);                                     // rights first
 * AuditedChanges.Change<Portfolio> change = changes.change(PORTFOLIOS, portfolio, command.version());
 * validate(command);                                                   // then the rules
 * portfolio = change.apply(p -> p.rename(command.name(), ...));        // act, save, audit
 * }</pre>
 *
 * Writing needs the caller's transaction (the audit trail's {@code Propagation.MANDATORY}), so a change and its
 * audit entry are stored together or not at all.
 */
@Service
public class AuditedChanges {

    private final AuditTrail audit;

    AuditedChanges(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * How to find, save and show one kind of record in the audit trail.
     *
     * @param auditType the record type in the audit trail ({@code portfolio})
     * @param find      finds a record by id
     * @param save      saves a record, answering the saved one (with its new version)
     * @param id        a saved record's id
     * @param version   a record's version
     * @param summary   the record as the audit entry's summary (its name)
     * @param snapshot  the record's fields as the audit trail shows them (names beside ids)
     */
    public record Kind<T>(String auditType, Function<Long, Optional<T>> find, UnaryOperator<T> save,
                          ToLongFunction<T> id, ToLongFunction<T> version, Function<T, String> summary,
                          Function<T, Map<String, String>> snapshot) {
    }

    /** The record with this id; {@link NotFoundException} when there is none. */
    public <T> T load(Kind<T> kind, long id) {
        return kind.find().apply(id).orElseThrow(() -> new NotFoundException(kind.auditType() + " " + id));
    }

    /** Saves a new record and writes its creation to the audit trail; the saved record. */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T create(Kind<T> kind, T record) {
        T saved = kind.save().apply(record);
        audit.created(kind.auditType(), kind.id().applyAsLong(saved), kind.summary().apply(saved),
                kind.snapshot().apply(saved));
        return saved;
    }

    /**
     * Begins a change of the record made from {@code fromVersion}: a missing version is invalid input (400), one
     * that is not the stored version is stale (409). The record is snapshotted now, so rules may be checked between
     * this and {@link Change#apply}, which must not have changed it.
     */
    public <T> Change<T> change(Kind<T> kind, T record, Long fromVersion) {
        StaleVersionException.check(fromVersion, kind.version().applyAsLong(record),
                kind.auditType() + " " + kind.id().applyAsLong(record));
        return new Change<>(kind, record, kind.snapshot().apply(record));
    }

    /** A change begun: what the record was before it. */
    public final class Change<T> {

        private final Kind<T> kind;
        private final T record;
        private final Map<String, String> before;

        private Change(Kind<T> kind, T record, Map<String, String> before) {
            this.kind = kind;
            this.record = record;
            this.before = before;
        }

        /**
         * Applies the act to the record, saves it and writes the changed fields to the audit trail (nothing when
         * no field changed), in the caller's transaction; the saved record.
         */
        public T apply(Consumer<T> act) {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                throw new IllegalTransactionStateException("an audited change needs the caller's transaction");
            }
            act.accept(record);
            T saved = kind.save().apply(record);
            audit.updated(kind.auditType(), kind.id().applyAsLong(saved), kind.summary().apply(saved), before,
                    kind.snapshot().apply(saved));
            return saved;
        }
    }
}
