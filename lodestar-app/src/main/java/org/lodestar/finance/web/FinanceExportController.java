package org.lodestar.finance.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lodestar.finance.EarnedValues;
import org.lodestar.finance.EarnedValues.EarnedValueView;
import org.lodestar.finance.EarnedValues.RollupView;
import org.lodestar.finance.MissingExchangeRateException;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.PortfolioView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Earned value as Excel workbooks, beside the pages and with their rights: the roll-up with the page's filters and
 * sort (only the projects whose money the reader reads), and a project's earned value (its money's readers). The
 * services ask the rights; a missing rate or a bad choice sends the reader back to the page, which names it.
 */
@Controller
class FinanceExportController {

    private final EarnedValues earnedValues;
    private final PortfolioRegistry portfolios;
    private final MessageSource messages;

    FinanceExportController(EarnedValues earnedValues, PortfolioRegistry portfolios, MessageSource messages) {
        this.earnedValues = earnedValues;
        this.portfolios = portfolios;
        this.messages = messages;
    }

    @GetMapping("/finance/earned-value.xlsx")
    ResponseEntity<byte[]> rollup(@RequestParam(required = false) Long portfolioId,
                                  @RequestParam(required = false) String currency,
                                  @RequestParam(required = false) String sort,
                                  @RequestParam(required = false) Boolean descending) {
        RollupView view;
        try {
            view = earnedValues.rollup(portfolioId, currency, sort, descending);
        } catch (MissingExchangeRateException | InvalidInputException refused) {
            return backToThePage(UriComponentsBuilder.fromPath("/finance/earned-value")
                    .queryParamIfPresent("portfolioId", Optional.ofNullable(portfolioId))
                    .queryParamIfPresent("currency", Optional.ofNullable(currency))
                    .queryParamIfPresent("sort", Optional.ofNullable(sort))
                    .queryParamIfPresent("descending", Optional.ofNullable(descending)));
        }
        String portfolioName = portfolioId == null ? null : portfolios.portfolios().stream()
                .filter(portfolio -> portfolio.id() == portfolioId).map(PortfolioView::name).findFirst().orElse(null);
        byte[] bytes = workbook().rollup(view, portfolioName);
        return send(bytes, "earned-value" + (view.statusDate() != null ? "-" + view.statusDate() : "") + ".xlsx");
    }

    @GetMapping("/projects/{id}/finance.xlsx")
    ResponseEntity<byte[]> project(@PathVariable long id, @RequestParam(required = false) String currency) {
        EarnedValueView view;
        try {
            view = earnedValues.project(id, currency);
        } catch (MissingExchangeRateException | InvalidInputException refused) {
            return backToThePage(UriComponentsBuilder.fromPath("/projects/{id}/finance")
                    .queryParamIfPresent("currency", Optional.ofNullable(currency)).uriVariables(Map.of("id", id)));
        }
        return send(workbook().project(view), "earned-value-" + view.code()
                + (view.statusDate() != null ? "-" + view.statusDate() : "") + ".xlsx");
    }

    /**
     * A refusal (a missing rate, a bad currency or sort) sends the reader to the page, which says what is wrong in
     * the reader's language beside the choices that caused it, rather than to a file that cannot be made.
     */
    private static ResponseEntity<byte[]> backToThePage(UriComponentsBuilder page) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(page.encode().build().toUri()).build();
    }

    private EarnedValueWorkbook workbook() {
        Locale locale = LocaleContextHolder.getLocale();
        return new EarnedValueWorkbook(messages, locale);
    }

    private static ResponseEntity<byte[]> send(byte[] bytes, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(EarnedValueWorkbook.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name.replaceAll("[^A-Za-z0-9._-]", "_"), StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
