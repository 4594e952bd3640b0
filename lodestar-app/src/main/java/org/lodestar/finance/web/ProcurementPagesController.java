package org.lodestar.finance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lodestar.finance.MissingExchangeRateException;
import org.lodestar.finance.Procurement;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.portfolio.PortfolioRegistry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The spend by supplier across projects: committed, invoiced and remaining per supplier, of one portfolio or all,
 * converted to a chosen currency at the rate in force for a month. The service shows each reader the projects whose
 * money they read; a missing rate or a bad choice is shown on the page in the reader's language.
 */
@Controller
class ProcurementPagesController {

    private final Procurement procurement;
    private final PortfolioRegistry portfolios;
    private final MessageSource messages;

    ProcurementPagesController(Procurement procurement, PortfolioRegistry portfolios, MessageSource messages) {
        this.procurement = procurement;
        this.portfolios = portfolios;
        this.messages = messages;
    }

    @GetMapping("/finance/suppliers")
    String suppliers(@RequestParam(required = false) Long portfolioId,
                     @RequestParam(required = false) String currency,
                     @RequestParam(required = false) String month, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("portfolios", portfolios.portfolios());
        model.addAttribute("portfolioId", portfolioId);
        model.addAttribute("currency", currency == null ? "" : currency);
        model.addAttribute("month", month == null ? "" : month);
        model.addAttribute("money", new Money(locale));
        try {
            model.addAttribute("view", procurement.supplierSpend(portfolioId, currency, month));
        } catch (MissingExchangeRateException missing) {
            model.addAttribute("problems",
                    List.of(messages.getMessage(missing.messageKey(), missing.arguments(), missing.getMessage(), locale)));
        } catch (InvalidInputException invalid) {
            List<String> texts = new ArrayList<>();
            for (InvalidInputException.FieldProblem problem : invalid.problems()) texts.add(problem.text(messages, locale));
            model.addAttribute("problems", texts);
        }
        return "finance/suppliers";
    }
}
