package org.lodestar.intake;

import java.util.List;
import org.lodestar.intake.internal.ProjectRequests;
import org.lodestar.platform.Inbox;
import org.lodestar.platform.Notice;
import org.lodestar.platform.UserId;
import org.springframework.stereotype.Component;

/**
 * Tells a requester what became of their request (returned for information, approved, rejected, deferred,
 * converted) through the platform's {@link Inbox}: stored with the act, in its transaction, and mailed once it
 * committed. The arguments are the request's code and title and the reviewer's comment or reason
 * ({@code intake.notice.*} in the bundles).
 */
@Component
class RequestNotices {

    static final String TOPIC = "projectRequest";

    private final ProjectRequests requests;
    private final Inbox inbox;

    RequestNotices(ProjectRequests requests, Inbox inbox) {
        this.requests = requests;
        this.inbox = inbox;
    }

    void tell(long recipient, long request, String kind, String detail) {
        requests.findById(request).ifPresent(found -> inbox.send(List.of(new UserId(recipient)),
                Notice.of("intake.notice." + kind, "/requests/" + request, found.code(), found.title(), detail)
                        .about(TOPIC, request)));
    }
}
