package org.lodestar.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.status.internal.NotificationStore;
import org.lodestar.status.internal.Notifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's in-app notifications about status reports, and the reminders the PMO may send at once. */
@Service
public class Notifications {

    private final NotificationStore store;
    private final Notifier notifier;
    private final ReportingCycles cycles;
    private final CurrentUser currentUser;
    private final Clock clock;

    Notifications(NotificationStore store, Notifier notifier, ReportingCycles cycles, CurrentUser currentUser,
                  Clock clock) {
        this.store = store;
        this.notifier = notifier;
        this.cycles = cycles;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The actor's latest 100 notifications, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationView> mine() {
        return store.of(currentUser.actor().id().value(), 100);
    }

    @Transactional(readOnly = true)
    public long unread() {
        return currentUser.find().map(actor -> store.unread(actor.id().value())).orElse(0L);
    }

    @Transactional
    public void markAllRead() {
        store.markRead(currentUser.actor().id().value(), Instant.now(clock));
    }

    /** Sends the due and overdue reminders now (PMO), as the hourly job does; how many went out. */
    @Transactional
    public int remindNow() {
        OrganisationRights.require(currentUser.actor(), OrganisationAct.SEND_REMINDERS);
        return notifier.remind(cycles.activeCycles(), LocalDate.now(clock));
    }
}
