package org.lodestar.finance.web;

import java.util.Locale;
import org.lodestar.finance.EarnedValueHistory;
import org.lodestar.platform.RuleException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Finance tab's act "record this period's earned value"; the service asks the project's EDIT right. */
@Controller
class EarnedValueHistoryPagesController {

    private final EarnedValueHistory history;
    private final MessageSource messages;

    EarnedValueHistoryPagesController(EarnedValueHistory history, MessageSource messages) {
        this.history = history;
        this.messages = messages;
    }

    @PostMapping("/projects/{id}/finance/earned-value-history")
    String record(@PathVariable long id, RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            String period = history.record(id).period();
            redirect.addFlashAttribute("trendRecorded",
                    messages.getMessage("finance.trend.recorded", new Object[] {period}, locale));
        } catch (RuleException refused) {
            redirect.addFlashAttribute("trendProblem",
                    messages.getMessage(refused.messageKey(), refused.arguments(), refused.getMessage(), locale));
        }
        return "redirect:/projects/" + id + "/finance#ev-trend";
    }
}
