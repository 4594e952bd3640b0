package org.lodestar.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.finance.internal.ExchangeRateStore;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exchange rates the PMO keeps by date: everyone who reads project detail reads them, administrators and the
 * PMO add them ({@link OrganisationAct#KEEP_EXCHANGE_RATES}); each addition is audited in its transaction.
 */
@Service
public class ExchangeRateBook {

    static final String AUDIT_TYPE = "exchange-rate";
    /** A rate is stored with at most 8 decimals and below 10^11 ({@code numeric(19, 8)}). */
    private static final BigDecimal RATE_LIMIT = BigDecimal.TEN.pow(11);

    private final ExchangeRateStore store;
    private final OrganisationRights rights;
    private final AuditTrail audit;

    ExchangeRateBook(ExchangeRateStore store, OrganisationRights rights, AuditTrail audit) {
        this.store = store;
        this.rights = rights;
        this.audit = audit;
    }

    /** A rate as the API shows it. */
    public record ExchangeRateView(long id, String from, String to, LocalDate validFrom, BigDecimal rate) {
    }

    /** A new rate: from {@code validFrom} on, one {@code from} is worth {@code rate} {@code to}. */
    public record ExchangeRateCommand(String from, String to, LocalDate validFrom, BigDecimal rate) {
    }

    @Transactional(readOnly = true)
    public List<ExchangeRateView> list() {
        rights.require(OrganisationAct.READ_PROJECT_DETAIL);
        return store.all().stream()
                .map(rate -> new ExchangeRateView(rate.id(), rate.from(), rate.to(), rate.validFrom(), rate.rate()))
                .toList();
    }

    /** Every rate kept, ready to convert with; for other services, whose callers checked their rights. */
    @Transactional(readOnly = true)
    public ExchangeRates rates() {
        ExchangeRates rates = new ExchangeRates();
        for (ExchangeRateStore.Stored rate : store.all()) {
            rates.add(Currency.getInstance(rate.from()), Currency.getInstance(rate.to()), rate.validFrom(),
                    rate.rate());
        }
        return rates;
    }

    @Transactional
    public ExchangeRateView add(ExchangeRateCommand command) {
        rights.require(OrganisationAct.KEEP_EXCHANGE_RATES);
        var problems = new InvalidInputException.Collector();
        Currency from = Amounts.currency(problems, "from", command.from());
        Currency to = Amounts.currency(problems, "to", command.to());
        if (from != null && from.equals(to)) problems.add("to", "finance.rate.sameCurrency");
        if (command.validFrom() == null) problems.add("validFrom", "finance.rate.dateRequired");
        BigDecimal rate = command.rate();
        if (rate == null || rate.signum() <= 0 || rate.compareTo(RATE_LIMIT) >= 0
                || Math.max(0, rate.stripTrailingZeros().scale()) > 8) {
            problems.add("rate", "finance.rate.invalid");
        }
        problems.throwIfAny();
        if (store.exists(from.getCurrencyCode(), to.getCurrencyCode(), command.validFrom())) {
            throw new ConflictException("finance.rate.duplicate",
                    new Object[] {from.getCurrencyCode() + "/" + to.getCurrencyCode(), command.validFrom().toString()},
                    Map.of("currencyPair", from.getCurrencyCode() + "/" + to.getCurrencyCode(),
                            "validFrom", command.validFrom().toString()),
                    "a rate " + from.getCurrencyCode() + "/" + to.getCurrencyCode() + " from "
                            + command.validFrom() + " is already kept");
        }
        long id = store.insert(from.getCurrencyCode(), to.getCurrencyCode(), command.validFrom(), rate);
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("from", from.getCurrencyCode());
        snapshot.put("to", to.getCurrencyCode());
        snapshot.put("validFrom", command.validFrom().toString());
        snapshot.put("rate", rate.toPlainString());
        audit.created(AUDIT_TYPE, id, from.getCurrencyCode() + "/" + to.getCurrencyCode() + " " + command.validFrom(),
                snapshot);
        return new ExchangeRateView(id, from.getCurrencyCode(), to.getCurrencyCode(), command.validFrom(), rate);
    }
}
