package org.lodestar.methodology;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lodestar.methodology.internal.LifecycleStore;
import org.lodestar.methodology.internal.LifecycleStore.StoredItem;
import org.lodestar.methodology.internal.LifecycleStore.StoredLifecycle;
import org.lodestar.methodology.internal.LifecycleStore.StoredPhase;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.InvalidInputException.FieldProblem;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.LifecyclePhase;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's lifecycles: read by everyone, in the reader's language (the shipped lifecycles' texts are
 * message keys, {@code methodology.shipped.*}); versioned by the PMO ({@link #revise}), each version kept as it
 * was so that a project keeps the version it started on.
 */
@Service
public class Lifecycles {

    public static final String AUDIT_TYPE = "lifecycle";
    private static final String SHIPPED = "methodology.shipped.";

    private final LifecycleStore store;
    private final MessageSource messages;
    private final OrganisationRights rights;
    private final AuditTrail audit;
    private final Clock clock;

    Lifecycles(LifecycleStore store, MessageSource messages, OrganisationRights rights, AuditTrail audit, Clock clock) {
        this.store = store;
        this.messages = messages;
        this.rights = rights;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<LifecycleSummary> all() {
        return store.all().stream().map(lifecycle -> new LifecycleSummary(lifecycle.id(), lifecycle.code(),
                text(lifecycle.name()), text(lifecycle.description()), lifecycle.currentVersion(),
                store.phases(lifecycle.id(), lifecycle.currentVersion()).stream().map(phase -> text(phase.name()))
                        .toList())).toList();
    }

    /** The lifecycle's current version; 404 when there is no such lifecycle. */
    @Transactional(readOnly = true)
    public LifecycleView get(long id) {
        StoredLifecycle lifecycle = load(id);
        return view(lifecycle, lifecycle.currentVersion());
    }

    /** One version of the lifecycle; 404 when there is no such lifecycle or version. */
    @Transactional(readOnly = true)
    public LifecycleView get(long id, int version) {
        StoredLifecycle lifecycle = load(id);
        if (version < 1 || version > lifecycle.currentVersion()) {
            throw new NotFoundException("lifecycle " + id + " version " + version);
        }
        return view(lifecycle, version);
    }

    /** The lifecycle with this code (WATERFALL, AGILE, SMALL for the shipped ones); 404 when there is none. */
    @Transactional(readOnly = true)
    public LifecycleView byCode(String code) {
        return store.all().stream().filter(lifecycle -> lifecycle.code().equals(code)).findFirst()
                .map(lifecycle -> view(lifecycle, lifecycle.currentVersion()))
                .orElseThrow(() -> new NotFoundException("lifecycle " + code));
    }

    /**
     * Stores a new version of the lifecycle from its current one with the revision's guidance and tailoring rules
     * (PMO); projects on it keep their version. 400 naming each unknown phase, item or gate; 409 when stale.
     */
    @Transactional
    public LifecycleView revise(long id, LifecycleRevision revision) {
        rights.require(OrganisationAct.DEFINE_LIFECYCLES);
        StoredLifecycle lifecycle = load(id);
        StaleVersionException.check(revision.version(), lifecycle.version(), "lifecycle " + lifecycle.code());
        List<StoredPhase> current = store.phases(id, lifecycle.currentVersion());
        List<FieldProblem> problems = new ArrayList<>();
        revision.guidance().forEach((key, text) -> {
            if (current.stream().noneMatch(phase -> phase.key().equals(key))) {
                problems.add(new FieldProblem("guidance." + key, "validation.reference.unknown"));
            } else if (text != null && text.length() > 4000) {
                problems.add(new FieldProblem("guidance." + key, "methodology.guidance.tooLong"));
            }
        });
        revision.rules().forEach((key, rule) -> {
            boolean known = current.stream().anyMatch(phase -> phase.gateCode().equals(key)
                    || phase.items().stream().anyMatch(item -> item.key().equals(key)));
            if (!known) problems.add(new FieldProblem("rules." + key, "validation.reference.unknown"));
            else if (rule == null) problems.add(new FieldProblem("rules." + key, "validation.required"));
        });
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        List<StoredPhase> next = current.stream().map(phase -> new StoredPhase(phase.position(), phase.key(),
                phase.name(), revision.guidance().containsKey(phase.key())
                        ? blankToNull(revision.guidance().get(phase.key())) : phase.guidance(),
                phase.registryPhase(), phase.gateCode(), phase.gateName(),
                rule(revision, phase.gateCode(), phase.gateFrom()),
                phase.items().stream().map(item -> new StoredItem(item.phasePosition(), item.position(), item.kind(),
                        item.key(), item.name(), rule(revision, item.key(), item.mandatoryFrom()))).toList()))
                .toList();
        int number = lifecycle.currentVersion() + 1;
        Map<String, String> before = snapshot(lifecycle.currentVersion(), current);
        if (!store.storeVersion(id, lifecycle.version(), number, next, Instant.now(clock))) {
            throw new OptimisticLockingFailureException("lifecycle " + lifecycle.code() + " changed meanwhile");
        }
        audit.updated(AUDIT_TYPE, id, lifecycle.code(), before, snapshot(number, next));
        return get(id);
    }

    private static String rule(LifecycleRevision revision, String key, String stored) {
        Applicability rule = revision.rules().get(key);
        return rule == null ? stored : rule.name();
    }

    private Map<String, String> snapshot(int number, List<StoredPhase> phases) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("version", String.valueOf(number));
        for (StoredPhase phase : phases) {
            snapshot.put(phase.key() + ".guidance", phase.guidance());
            snapshot.put(phase.key() + "." + phase.gateCode(), phase.gateFrom());
            snapshot.put(phase.key() + ".items", phase.items().stream()
                    .map(item -> item.key() + " " + item.mandatoryFrom()).collect(Collectors.joining(", ")));
        }
        return snapshot;
    }

    private StoredLifecycle load(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("lifecycle " + id));
    }

    private LifecycleView view(StoredLifecycle lifecycle, int version) {
        List<LifecycleView.Phase> phases = store.phases(lifecycle.id(), version).stream().map(phase ->
                new LifecycleView.Phase(phase.position(), phase.key(), text(phase.name()), text(phase.guidance()),
                        LifecyclePhase.valueOf(phase.registryPhase()),
                        new LifecycleView.Gate(phase.gateCode(), text(phase.gateName()),
                                Applicability.valueOf(phase.gateFrom())),
                        items(phase, "DELIVERABLE"), items(phase, "CHECK"))).toList();
        return new LifecycleView(lifecycle.id(), lifecycle.code(), text(lifecycle.name()),
                text(lifecycle.description()), text(lifecycle.entryGate()), version, lifecycle.currentVersion(),
                lifecycle.version(), phases);
    }

    private List<LifecycleView.Item> items(StoredPhase phase, String kind) {
        return phase.items().stream().filter(item -> item.kind().equals(kind))
                .map(item -> new LifecycleView.Item(item.key(), text(item.name()),
                        Applicability.valueOf(item.mandatoryFrom())))
                .toList();
    }

    /** A text as the reader reads it: the shipped lifecycles' texts are message keys. */
    private String text(String stored) {
        if (stored == null || !stored.startsWith(SHIPPED)) return stored;
        return messages.getMessage(stored, null, stored, LocaleContextHolder.getLocale());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
