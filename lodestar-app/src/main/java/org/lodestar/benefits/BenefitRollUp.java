package org.lodestar.benefits;

import java.util.List;

/**
 * The benefits of every project the reader sees, by portfolio: how many there are, handed over, realised (at 100 %
 * or more) and at risk, and the mean latest realisation of those measured; with the benefits at risk listed.
 */
public record BenefitRollUp(List<PortfolioLine> portfolios, List<BenefitView> atRisk) {

    public record PortfolioLine(long portfolioId, String portfolioName, int benefits, int handedOver, int realised,
                                int atRisk, Double meanRealisation) {
    }
}
