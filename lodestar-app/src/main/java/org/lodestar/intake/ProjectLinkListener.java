package org.lodestar.intake;

import java.util.HashMap;
import java.util.Map;
import org.lodestar.intake.internal.ProjectRequest;
import org.lodestar.intake.internal.ProjectRequests;
import org.lodestar.platform.AuditTrail;
import org.lodestar.portfolio.ProjectDeleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A request converted into a project that was deleted stays converted, as the decision it records was taken, but
 * no longer points to the project; each request unlinked is one audit entry naming the project it lost.
 */
@Component
class ProjectLinkListener {

    private final ProjectRequests requests;
    private final AuditTrail audit;

    ProjectLinkListener(ProjectRequests requests, AuditTrail audit) {
        this.requests = requests;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(ProjectDeleted deleted) {
        for (ProjectRequest request : requests.findByProject(deleted.project().value())) {
            request.unlinkProject();
            requests.save(request);
            Map<String, String> after = new HashMap<>();
            after.put("project", null);
            audit.updated(RequestDesk.AUDIT_TYPE, request.id(), request.code() + " " + request.title(),
                    Map.of("project", deleted.code()), after);
        }
    }
}
