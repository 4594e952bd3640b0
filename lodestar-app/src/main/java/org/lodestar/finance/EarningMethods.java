package org.lodestar.finance;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lodestar.engine.evm.EarningMethod;
import org.lodestar.finance.internal.TaskEarningMethodStore;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.planning.PlanProgress;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each task of a plan earns its value: physical % complete unless its editors choose 0/100 or 50/50. Weighted
 * milestones need milestone weights, which are not kept yet, so they are refused (400 naming {@code method}).
 */
@Service
public class EarningMethods {

    static final String AUDIT_TYPE = "task-earning-method";

    private final TaskEarningMethodStore store;
    private final PlanProgress plans;
    private final ProjectRights rights;
    private final AuditTrail audit;

    EarningMethods(TaskEarningMethodStore store, PlanProgress plans, ProjectRights rights, AuditTrail audit) {
        this.store = store;
        this.plans = plans;
        this.rights = rights;
        this.audit = audit;
    }

    /** The method a task is to earn by. */
    public record EarningMethodCommand(String method) {
    }

    public record EarningMethodView(long projectId, long taskId, EarningMethod method) {
    }

    @Transactional
    public EarningMethodView set(long project, long task, EarningMethodCommand command) {
        rights.require(new ProjectId(project), ProjectRight.EDIT);
        EarningMethod method = null;
        String asked = command == null || command.method() == null ? null : command.method().strip();
        for (EarningMethod candidate : EarningMethod.values()) {
            if (candidate.name().equals(asked) && candidate != EarningMethod.WEIGHTED_MILESTONES) method = candidate;
        }
        if (method == null) {
            throw new InvalidInputException(java.util.List.of(new InvalidInputException.FieldProblem("method",
                    "finance.method.unknown", new Object[] {String.valueOf(asked)})));
        }
        boolean inPlan = plans.of(project).map(progress -> progress.tasks().stream()
                .anyMatch(found -> found.taskId() == task)).orElse(false);
        if (!inPlan) throw new NotFoundException("working task " + task + " of project " + project);
        String before = store.set(project, task, method.name());
        Map<String, String> old = new LinkedHashMap<>();
        old.put("project", Long.toString(project));
        old.put("method", before == null ? EarningMethod.PHYSICAL_PERCENT_COMPLETE.name() : before);
        Map<String, String> now = new LinkedHashMap<>(old);
        now.put("method", method.name());
        audit.updated(AUDIT_TYPE, task, "task " + task + " earns by " + method.name(), old, now);
        return new EarningMethodView(project, task, method);
    }
}
