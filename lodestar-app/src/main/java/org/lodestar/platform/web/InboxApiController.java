package org.lodestar.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.lodestar.platform.Inbox;
import org.lodestar.platform.InboxItem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The caller's notices from every module, in the caller's language")
class InboxApiController {

    private final Inbox inbox;

    InboxApiController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(operationId = "listNotifications",
            summary = "The caller's latest notices, newest first (at most 200); text in the caller's language")
    List<InboxItem> mine(@RequestParam(defaultValue = "100") int limit) {
        return inbox.mine(Math.max(1, Math.min(limit, 200)));
    }

    /** How many of the caller's notices are unread. */
    record Unread(long unread) {
    }

    @GetMapping("/unread")
    @Operation(operationId = "countUnreadNotifications", summary = "How many of the caller's notices are unread")
    Unread unread() {
        return new Unread(inbox.unread());
    }

    @PostMapping("/read")
    @Operation(operationId = "markNotificationsRead", summary = "Mark all the caller's notices read")
    ResponseEntity<Void> markAllRead() {
        inbox.markAllRead();
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/read")
    @Operation(operationId = "markNotificationRead",
            summary = "Mark one of the caller's notices read; 404 for a notice that is not theirs")
    ResponseEntity<Void> markRead(@PathVariable long id) {
        inbox.markRead(id);
        return ResponseEntity.noContent().build();
    }
}
