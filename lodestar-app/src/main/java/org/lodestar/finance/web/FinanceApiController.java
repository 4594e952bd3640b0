package org.lodestar.finance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.lodestar.finance.ExchangeRateBook;
import org.lodestar.finance.ExchangeRateBook.ExchangeRateCommand;
import org.lodestar.finance.ExchangeRateBook.ExchangeRateView;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/finance")
@Tag(name = "Finance", description = "Exchange rates kept by the PMO")
class FinanceApiController implements AuthorisedFirst {

    private final ExchangeRateBook rates;
    private final OrganisationRights rights;

    FinanceApiController(ExchangeRateBook rates, OrganisationRights rights) {
        this.rates = rates;
        this.rights = rights;
    }

    @Override
    public void authorise(String handler, Map<String, String> pathVariables) {
        if (handler.equals("addExchangeRate")) rights.require(OrganisationAct.KEEP_EXCHANGE_RATES);
    }

    @GetMapping("/exchange-rates")
    @Operation(operationId = "listExchangeRates", summary = "Every exchange rate kept, by pair and date")
    List<ExchangeRateView> exchangeRates() {
        return rates.list();
    }

    @PostMapping("/exchange-rates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createExchangeRate",
            summary = "Keep a rate from a date on: one 'from' is worth 'rate' 'to' (PMO)")
    ExchangeRateView addExchangeRate(@RequestBody ExchangeRateCommand command) {
        return rates.add(command);
    }
}
