package org.lodestar.finance;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.finance.CostFileImport.ColumnMapping;
import org.lodestar.finance.internal.CostFileMappingStore;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The column mappings of ledger cost files people save for themselves: named, per user (another's mapping is never
 * listed nor used: it is not found), valid for every project the owner imports into, since one ledger's export has
 * the same columns whatever the project. Whoever reads project detail keeps their own (importing itself stays the
 * project's editors'). Saved and deleted, never edited; each change is audited in its transaction.
 */
@Service
public class CostFileMappings {

    static final String AUDIT_TYPE = "cost-file-mapping";
    private static final int LONGEST = 100;

    private final CostFileMappingStore store;
    private final OrganisationRights rights;
    private final AuditTrail audit;
    private final Clock clock;

    CostFileMappings(CostFileMappingStore store, OrganisationRights rights, AuditTrail audit, Clock clock) {
        this.store = store;
        this.rights = rights;
        this.audit = audit;
        this.clock = clock;
    }

    /** A mapping to save: its name (unique among the owner's), the sheet of a workbook (optional), the columns. */
    public record MappingCommand(String name, String sheet, String date, String amount, String category,
                                 String reference) {
    }

    public record MappingView(long id, String name, String sheet, String date, String amount, String category,
                              String reference) {

        public ColumnMapping columns() {
            return new ColumnMapping(date, amount, category, reference);
        }
    }

    private static MappingView view(CostFileMappingStore.Stored stored) {
        return new MappingView(stored.id(), stored.name(), stored.sheet(), stored.date(), stored.amount(),
                stored.category(), stored.reference());
    }

    private Actor owner() {
        return rights.require(OrganisationAct.READ_PROJECT_DETAIL);
    }

    /** The reader's own mappings, by name. */
    @Transactional(readOnly = true)
    public List<MappingView> mine() {
        return store.owned(owner().id().value()).stream().map(CostFileMappings::view).toList();
    }

    /** One of the reader's own mappings; another's, or none, is not found. */
    @Transactional(readOnly = true)
    public java.util.Optional<MappingView> mine(long id) {
        return store.find(owner().id().value(), id).map(CostFileMappings::view);
    }

    @Transactional
    public MappingView save(MappingCommand command) {
        long owner = owner().id().value();
        var problems = new InvalidInputException.Collector();
        String name = text(problems, "name", command.name(), true);
        String sheet = text(problems, "sheet", command.sheet(), false);
        String date = text(problems, "date", command.date(), true);
        String amount = text(problems, "amount", command.amount(), true);
        String category = text(problems, "category", command.category(), true);
        String reference = text(problems, "reference", command.reference(), true);
        problems.throwIfAny();
        if (store.nameTaken(owner, name)) {
            throw new ConflictException("finance.mapping.nameTaken", new Object[] {name}, Map.of("name", name),
                    "a mapping named " + name + " is already saved");
        }
        long id = store.insert(owner, name, sheet, date, amount, category, reference, clock.instant());
        audit.created(AUDIT_TYPE, id, name, snapshot(name, sheet, date, amount, category, reference));
        return new MappingView(id, name, sheet, date, amount, category, reference);
    }

    @Transactional
    public void delete(long id) {
        long owner = owner().id().value();
        CostFileMappingStore.Stored stored = store.find(owner, id)
                .orElseThrow(() -> new NotFoundException("cost file mapping " + id));
        store.delete(owner, id);
        audit.deleted(AUDIT_TYPE, id, stored.name(), snapshot(stored.name(), stored.sheet(), stored.date(),
                stored.amount(), stored.category(), stored.reference()));
    }

    private static Map<String, String> snapshot(String name, String sheet, String date, String amount,
                                                String category, String reference) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("name", name);
        if (sheet != null) snapshot.put("sheet", sheet);
        snapshot.put("dateColumn", date);
        snapshot.put("amountColumn", amount);
        snapshot.put("categoryColumn", category);
        snapshot.put("referenceColumn", reference);
        return snapshot;
    }

    /** A name or column: stripped, at most 100 characters, required unless said otherwise (blank is none). */
    private static String text(InvalidInputException.Collector problems, String field, String value,
                               boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) problems.add(field, "finance.mapping.required");
            return null;
        }
        if (text.length() > LONGEST) problems.add(field, "finance.mapping.tooLong", LONGEST);
        return text;
    }
}
