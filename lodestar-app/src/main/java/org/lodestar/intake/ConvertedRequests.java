package org.lodestar.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lodestar.intake.internal.ProjectRequest;
import org.lodestar.intake.internal.ProjectRequests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a converted request brings to its project, for modules that follow {@link RequestConverted} (finance makes
 * it the project's first budget, resources its first role allocations). It asks no rights: listeners read it on the system's behalf, and it only answers
 * for requests that are converted into a project.
 */
@Service
public class ConvertedRequests {

    private final ProjectRequests requests;

    ConvertedRequests(ProjectRequests requests) {
        this.requests = requests;
    }

    /**
     * A converted request's money: its code, the project it became, its currency, its one-figure budget, the cost
     * per quarter of its own time line (quarter 0 is the quarter it starts in) and when it was converted.
     */
    public record ConvertedFinancials(String code, long project, String currency, BigDecimal budget,
                                      List<Financials.Quarter> quarters, Instant convertedAt) {
    }

    @Transactional(readOnly = true)
    public Optional<ConvertedFinancials> financials(RequestId request) {
        return requests.findById(request.value())
                .filter(r -> r.state() == RequestState.CONVERTED && r.project() != null)
                .map(ConvertedRequests::financials);
    }

    /**
     * A converted request's resource estimate: its code, the project it became, the FTE per role and quarter of its
     * own time line (quarter 0 is the quarter it starts in) and when it was converted.
     */
    public record ConvertedDemand(String code, long project, List<Financials.Demand> demands, Instant convertedAt) {
    }

    @Transactional(readOnly = true)
    public Optional<ConvertedDemand> roleDemand(RequestId request) {
        return requests.findById(request.value())
                .filter(r -> r.state() == RequestState.CONVERTED && r.project() != null)
                .map(r -> new ConvertedDemand(r.code(), r.project(), RequestDesk.financials(r).demands(),
                        r.stateSince()));
    }

    private static ConvertedFinancials financials(ProjectRequest request) {
        return new ConvertedFinancials(request.code(), request.project(), request.currency(), request.budget(),
                RequestDesk.financials(request).quarters(), request.stateSince());
    }
}
