package org.lodestar.platform.web;

import org.lodestar.platform.Inbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in person's notices from every module, newest first. */
@Controller
class InboxController {

    static final int PAGE_SIZE = 100;

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/notifications")
    String list(Model model) {
        model.addAttribute("notices", inbox.mine(PAGE_SIZE));
        return "notifications/inbox";
    }

    @PostMapping("/notifications/read")
    String markAllRead() {
        inbox.markAllRead();
        return "redirect:/notifications";
    }
}
