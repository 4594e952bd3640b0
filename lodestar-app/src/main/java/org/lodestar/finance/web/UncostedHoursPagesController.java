package org.lodestar.finance.web;

import java.time.Clock;
import java.time.YearMonth;
import org.lodestar.finance.UncostedHours;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page of approved hours that could not be costed, with the act that costs them once the rate is kept. */
@Controller
class UncostedHoursPagesController {

    private final UncostedHours uncosted;
    private final Clock clock;

    UncostedHoursPagesController(UncostedHours uncosted, Clock clock) {
        this.uncosted = uncosted;
        this.clock = clock;
    }

    @GetMapping("/finance/uncosted-hours")
    String list(@RequestParam(required = false) YearMonth month, Model model) {
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        model.addAttribute("month", shown);
        model.addAttribute("rows", uncosted.list(shown));
        return "finance/uncosted";
    }

    @PostMapping("/finance/uncosted-hours/cost")
    String cost(@RequestParam(required = false) YearMonth month, RedirectAttributes redirect) {
        YearMonth costed = month == null ? YearMonth.now(clock) : month;
        redirect.addFlashAttribute("costedLeft", uncosted.cost(costed).size());
        return "redirect:/finance/uncosted-hours?month=" + costed;
    }
}
