package org.lodestar.governance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.governance.internal.Stakeholder;
import org.lodestar.governance.internal.StakeholderStore;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.InvalidInputException.FieldProblem;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.platform.Texts;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's stakeholder register: read by the project's readers of detail, kept by its editors. Every change is
 * audited in its transaction; 400 naming each bad field, 409 when stale or the project is closed.
 */
@Service
public class StakeholderRegister {

    public static final String AUDIT_TYPE = "stakeholder";

    private final StakeholderStore store;
    private final ProjectRights rights;
    private final AuditTrail audit;
    private final Clock clock;
    private final ProjectRegistry registry;

    StakeholderRegister(StakeholderStore store, ProjectRights rights, AuditTrail audit, Clock clock,
                        ProjectRegistry registry) {
        this.store = store;
        this.rights = rights;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StakeholderView> of(ProjectId project) {
        rights.require(project, ProjectRight.READ_DETAIL);
        return store.findByProjectOrderByName(project.value()).stream().map(StakeholderRegister::view).toList();
    }

    @Transactional
    public StakeholderView add(ProjectId project, StakeholderCommand command) {
        rights.require(project, ProjectRight.EDIT);
        ClosedProjects.requireOpen(registry.get(project));
        String name = check(command);
        Instant now = Instant.now(clock);
        Stakeholder stakeholder = Stakeholder.of(project.value(), now);
        stakeholder.write(name, Texts.blankToNull(command.role()), command.interest(), command.influence(),
                command.engagement(), null, now);
        stakeholder = store.save(stakeholder);
        audit.created(AUDIT_TYPE, stakeholder.id(), stakeholder.name(), snapshot(stakeholder));
        return view(stakeholder);
    }

    @Transactional
    public StakeholderView change(ProjectId project, long id, StakeholderCommand command) {
        rights.require(project, ProjectRight.EDIT);
        ClosedProjects.requireOpen(registry.get(project));
        Stakeholder stakeholder = load(project, id);
        StaleVersionException.check(command.version(), stakeholder.version(), "stakeholder " + id);
        String name = check(command);
        Map<String, String> before = snapshot(stakeholder);
        stakeholder.write(name, Texts.blankToNull(command.role()), command.interest(), command.influence(),
                command.engagement(), command.version(), Instant.now(clock));
        stakeholder = store.save(stakeholder);
        audit.updated(AUDIT_TYPE, stakeholder.id(), stakeholder.name(), before, snapshot(stakeholder));
        return view(stakeholder);
    }

    @Transactional
    public void remove(ProjectId project, long id, Long version) {
        rights.require(project, ProjectRight.EDIT);
        ClosedProjects.requireOpen(registry.get(project));
        Stakeholder stakeholder = load(project, id);
        StaleVersionException.check(version, stakeholder.version(), "stakeholder " + id);
        audit.deleted(AUDIT_TYPE, stakeholder.id(), stakeholder.name(), snapshot(stakeholder));
        store.delete(stakeholder);
    }

    private Stakeholder load(ProjectId project, long id) {
        return store.findById(id).filter(found -> found.project() == project.value())
                .orElseThrow(() -> new NotFoundException("stakeholder " + id + " of project " + project.value()));
    }

    /** The name as stored; 400 naming each missing or too long field. */
    private static String check(StakeholderCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = Texts.blankToNull(command.name());
        String role = Texts.blankToNull(command.role());
        if (name == null) problems.add(new FieldProblem("name", "validation.required"));
        else if (name.length() > 200) problems.add(new FieldProblem("name", "governance.text.tooLong", 200));
        if (role != null && role.length() > 200) problems.add(new FieldProblem("role", "governance.text.tooLong", 200));
        if (command.interest() == null) problems.add(new FieldProblem("interest", "validation.required"));
        if (command.influence() == null) problems.add(new FieldProblem("influence", "validation.required"));
        if (command.engagement() == null) problems.add(new FieldProblem("engagement", "validation.required"));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return name;
    }

    private static StakeholderView view(Stakeholder stakeholder) {
        return new StakeholderView(stakeholder.id(), stakeholder.project(), stakeholder.name(), stakeholder.role(),
                stakeholder.interest(), stakeholder.influence(), stakeholder.engagement(), stakeholder.version());
    }

    private static Map<String, String> snapshot(Stakeholder stakeholder) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("project", String.valueOf(stakeholder.project()));
        snapshot.put("name", stakeholder.name());
        snapshot.put("role", stakeholder.role());
        snapshot.put("interest", stakeholder.interest() == null ? null : stakeholder.interest().name());
        snapshot.put("influence", stakeholder.influence() == null ? null : stakeholder.influence().name());
        snapshot.put("engagement", stakeholder.engagement() == null ? null : stakeholder.engagement().name());
        return snapshot;
    }
}
