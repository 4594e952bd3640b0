package org.lodestar.governance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.governance.internal.Communication;
import org.lodestar.governance.internal.Communications;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.InvalidInputException.FieldProblem;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.platform.Texts;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.lodestar.portfolio.Reference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's communication plan: read by the project's readers of detail, kept by its editors, who record each
 * item sent (it is then due again after its frequency). Audited; 400 naming each bad field, 409 when stale or
 * the project is closed.
 */
@Service
public class CommunicationPlan {

    public static final String AUDIT_TYPE = "communication";

    private final Communications store;
    private final ProjectRights rights;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;
    private final ProjectRegistry registry;

    CommunicationPlan(Communications store, ProjectRights rights, People people, AuditTrail audit, Clock clock,
                      ProjectRegistry registry) {
        this.registry = registry;
        this.store = store;
        this.rights = rights;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CommunicationView> of(ProjectId project) {
        rights.require(project, ProjectRight.READ_DETAIL);
        Map<Long, Person> everyone = people.byId();
        return store.findByProjectOrderById(project.value()).stream().map(item -> view(item, everyone)).toList();
    }

    @Transactional
    public CommunicationView add(ProjectId project, CommunicationCommand command) {
        rights.require(project, ProjectRight.EDIT);
        ClosedProjects.requireOpen(registry.get(project));
        Map<Long, Person> everyone = people.byId();
        List<FieldProblem> problems = new ArrayList<>();
        String audience = Texts.blankToNull(command.audience());
        String content = Texts.blankToNull(command.content());
        if (audience == null) problems.add(new FieldProblem("audience", "validation.required"));
        else if (audience.length() > 200) problems.add(new FieldProblem("audience", "governance.text.tooLong", 200));
        if (content == null) problems.add(new FieldProblem("content", "validation.required"));
        else if (content.length() > 1000) problems.add(new FieldProblem("content", "governance.text.tooLong", 1000));
        if (command.channel() == null) problems.add(new FieldProblem("channel", "validation.required"));
        if (command.frequency() == null) problems.add(new FieldProblem("frequency", "validation.required"));
        if (command.firstDue() == null) problems.add(new FieldProblem("firstDue", "validation.required"));
        if (command.ownerId() != null && !everyone.containsKey(command.ownerId())) {
            problems.add(new FieldProblem("ownerId", "validation.reference.unknown"));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        Communication item = store.save(Communication.plan(project.value(), audience, content, command.channel(),
                command.frequency(), command.ownerId(), command.firstDue(), Instant.now(clock)));
        audit.created(AUDIT_TYPE, item.id(), item.audience(), snapshot(item, everyone));
        return view(item, everyone);
    }

    /** Records the item sent today: due again after its frequency. 400 naming an unknown item, 409 when stale. */
    @Transactional
    public CommunicationView sent(ProjectId project, Long itemId, Long version) {
        rights.require(project, ProjectRight.EDIT);
        ClosedProjects.requireOpen(registry.get(project));
        Map<Long, Person> everyone = people.byId();
        Communication item = itemId == null ? null : store.findById(itemId)
                .filter(found -> found.project() == project.value()).orElse(null);
        if (item == null) {
            throw new InvalidInputException(List.of(new FieldProblem("itemId",
                    itemId == null ? "validation.required" : "validation.reference.unknown")));
        }
        StaleVersionException.check(version, item.version(), "communication " + item.id());
        Map<String, String> before = snapshot(item, everyone);
        item.sent(LocalDate.now(clock), version, Instant.now(clock));
        item = store.save(item);
        audit.updated(AUDIT_TYPE, item.id(), item.audience(), before, snapshot(item, everyone));
        return view(item, everyone);
    }

    private CommunicationView view(Communication item, Map<Long, Person> everyone) {
        Person owner = item.owner() == null ? null : everyone.get(item.owner());
        return new CommunicationView(item.id(), item.project(), item.audience(), item.content(), item.channel(),
                item.frequency(), owner == null ? null : new Reference(owner.id().value(), owner.username(),
                owner.displayName()), item.nextDue(), item.lastSent(),
                item.nextDue() != null && !item.nextDue().isAfter(LocalDate.now(clock)), item.version());
    }

    private static Map<String, String> snapshot(Communication item, Map<Long, Person> everyone) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("project", String.valueOf(item.project()));
        snapshot.put("audience", item.audience());
        snapshot.put("content", item.content());
        snapshot.put("channel", item.channel().name());
        snapshot.put("frequency", item.frequency().name());
        Person owner = item.owner() == null ? null : everyone.get(item.owner());
        snapshot.put("owner", owner == null ? null : owner.displayName());
        snapshot.put("nextDue", item.nextDue() == null ? null : item.nextDue().toString());
        snapshot.put("lastSent", item.lastSent() == null ? null : item.lastSent().toString());
        return snapshot;
    }
}
