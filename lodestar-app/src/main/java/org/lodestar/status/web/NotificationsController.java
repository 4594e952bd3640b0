package org.lodestar.status.web;

import org.lodestar.status.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in person's notifications about status reports. */
@Controller
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(Model model) {
        model.addAttribute("notifications", notifications.mine());
        return "status/notifications";
    }

    @PostMapping("/notifications/read")
    String markRead() {
        notifications.markAllRead();
        return "redirect:/notifications";
    }
}
