package org.lodestar.status;

import java.time.Clock;
import java.time.LocalDate;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.status.internal.Notifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The due and overdue reminders, which the PMO may send at once as well as the hourly job does. */
@Service
public class StatusReminders {

    private final Notifier notifier;
    private final ReportingCycles cycles;
    private final CurrentUser currentUser;
    private final Clock clock;

    StatusReminders(Notifier notifier, ReportingCycles cycles, CurrentUser currentUser, Clock clock) {
        this.notifier = notifier;
        this.cycles = cycles;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Sends the due and overdue reminders now (PMO), as the hourly job does; how many went out. */
    @Transactional
    public int remindNow() {
        OrganisationRights.require(currentUser.actor(), OrganisationAct.SEND_REMINDERS);
        return notifier.remind(cycles.activeCycles(), LocalDate.now(clock));
    }
}
