package org.lodestar.methodology;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lodestar.methodology.internal.KnowledgeStore;
import org.lodestar.methodology.internal.KnowledgeStore.StoredPage;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.InvalidInputException.FieldProblem;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.platform.Texts;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The methodology's knowledge: guidance pages the PMO writes (for all projects, a lifecycle or one of its phases),
 * read and searched by everyone together with the guidance of the lifecycles' phases in the reader's language.
 */
@Service
public class Knowledge {

    public static final String AUDIT_TYPE = "knowledgePage";
    private static final int EXCERPT = 160;

    private final KnowledgeStore store;
    private final Lifecycles lifecycles;
    private final OrganisationRights rights;
    private final AuditTrail audit;
    private final Clock clock;

    Knowledge(KnowledgeStore store, Lifecycles lifecycles, OrganisationRights rights, AuditTrail audit, Clock clock) {
        this.store = store;
        this.lifecycles = lifecycles;
        this.rights = rights;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The pages and phase guidance whose title or text contains every word of {@code text} (any case), pages first;
     * every page when {@code text} is blank.
     */
    @Transactional(readOnly = true)
    public List<KnowledgeHit> search(String text) {
        List<String> words = text == null || text.isBlank() ? List.of()
                : List.of(text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        Map<Long, LifecycleView> views = new LinkedHashMap<>();
        lifecycles.all().forEach(summary -> views.put(summary.id(), lifecycles.get(summary.id())));
        List<KnowledgeHit> hits = new ArrayList<>();
        for (StoredPage page : store.all()) {
            if (!matches(words, page.title() + " " + page.body())) continue;
            LifecycleView lifecycle = page.lifecycle() == null ? null : views.get(page.lifecycle());
            hits.add(new KnowledgeHit(page.id(), page.title(), page.lifecycle(),
                    lifecycle == null ? null : lifecycle.name(), page.phaseKey(), phaseName(lifecycle, page.phaseKey()),
                    excerpt(page.body(), words)));
        }
        if (words.isEmpty()) return hits;
        for (LifecycleView lifecycle : views.values()) {
            for (LifecycleView.Phase phase : lifecycle.phases()) {
                String guidance = phase.guidance() == null ? "" : phase.guidance();
                if (!matches(words, phase.name() + " " + guidance)) continue;
                hits.add(new KnowledgeHit(null, phase.name(), lifecycle.id(), lifecycle.name(), phase.key(),
                        phase.name(), excerpt(guidance, words)));
            }
        }
        return hits;
    }

    @Transactional(readOnly = true)
    public KnowledgePage get(long id) {
        return view(store.find(id).orElseThrow(() -> new NotFoundException("knowledge page " + id)));
    }

    /** A new guidance page (PMO); 400 naming each bad field. */
    @Transactional
    public KnowledgePage create(KnowledgeCommand command) {
        rights.require(OrganisationAct.DEFINE_LIFECYCLES);
        check(command);
        long id = store.create(command.lifecycleId(), Texts.blankToNull(command.phaseKey()),
                command.title().strip(), command.body().strip(), Instant.now(clock));
        KnowledgePage page = get(id);
        audit.created(AUDIT_TYPE, id, page.title(), snapshot(page));
        return page;
    }

    /** Changes a guidance page (PMO); 400 naming each bad field, 409 when stale. */
    @Transactional
    public KnowledgePage change(long id, KnowledgeCommand command) {
        rights.require(OrganisationAct.DEFINE_LIFECYCLES);
        KnowledgePage before = get(id);
        StaleVersionException.check(command.version(), before.version(), "knowledge page " + id);
        check(command);
        if (!store.change(id, command.lifecycleId(), Texts.blankToNull(command.phaseKey()), command.title().strip(),
                command.body().strip(), command.version(), Instant.now(clock))) {
            throw new OptimisticLockingFailureException("knowledge page " + id + " changed meanwhile");
        }
        KnowledgePage after = get(id);
        audit.updated(AUDIT_TYPE, id, after.title(), snapshot(before), snapshot(after));
        return after;
    }

    private void check(KnowledgeCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = Texts.blankToNull(command.title());
        String body = Texts.blankToNull(command.body());
        String phaseKey = Texts.blankToNull(command.phaseKey());
        if (title == null) problems.add(new FieldProblem("title", "validation.required"));
        else if (title.length() > 200) problems.add(new FieldProblem("title", "methodology.text.tooLong", 200));
        if (body == null) problems.add(new FieldProblem("body", "validation.required"));
        else if (body.length() > 8000) problems.add(new FieldProblem("body", "methodology.text.tooLong", 8000));
        LifecycleView lifecycle = null;
        if (command.lifecycleId() != null) {
            try {
                lifecycle = lifecycles.get(command.lifecycleId());
            } catch (NotFoundException unknown) {
                problems.add(new FieldProblem("lifecycleId", "validation.reference.unknown"));
            }
        }
        if (phaseKey != null && (lifecycle == null || phaseName(lifecycle, phaseKey) == null)) {
            problems.add(new FieldProblem("phaseKey", "validation.reference.unknown"));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    private KnowledgePage view(StoredPage page) {
        LifecycleView lifecycle = page.lifecycle() == null ? null : lifecycles.get(page.lifecycle());
        return new KnowledgePage(page.id(), page.title(), page.body(), page.lifecycle(),
                lifecycle == null ? null : lifecycle.name(), page.phaseKey(), phaseName(lifecycle, page.phaseKey()),
                page.version());
    }

    private static String phaseName(LifecycleView lifecycle, String key) {
        if (lifecycle == null || key == null) return null;
        return lifecycle.phases().stream().filter(phase -> phase.key().equals(key)).map(LifecycleView.Phase::name)
                .findFirst().orElse(null);
    }

    private static boolean matches(List<String> words, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return words.stream().allMatch(lower::contains);
    }

    /** The text around the first word found (or its start), at most {@value #EXCERPT} characters. */
    private static String excerpt(String text, List<String> words) {
        if (text == null) return null;
        int at = words.isEmpty() ? 0 : Math.max(0, text.toLowerCase(Locale.ROOT).indexOf(words.get(0)));
        int from = Math.max(0, at - EXCERPT / 4);
        int to = Math.min(text.length(), from + EXCERPT);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    private static Map<String, String> snapshot(KnowledgePage page) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("title", page.title());
        snapshot.put("body", page.body());
        snapshot.put("lifecycle", page.lifecycleName());
        snapshot.put("phase", page.phaseKey());
        return snapshot;
    }
}
