package org.lodestar.status;

import java.time.Instant;
import java.time.LocalDate;
import org.lodestar.portfolio.Reference;

/** An in-app notification; {@code report} is null for reminders about a report not started yet. */
public record NotificationView(long id, NotificationKind kind, Reference project, Long report, LocalDate periodEnd,
                               String detail, Instant createdAt, boolean read) {
}
