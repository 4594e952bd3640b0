package org.lodestar.intake.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.lodestar.intake.Financials;
import org.lodestar.intake.FinancialsCommand;

/** The financials form: cost and benefit rows per quarter and resource rows, with a few blank rows to fill. */
public class FinancialsForm {

    static final int BLANK_ROWS = 4;

    private BigDecimal discountRatePercent;
    private List<Line> quarters = new ArrayList<>();
    private List<RoleQuarterRow> demands = new ArrayList<>();
    private Long version;

    static FinancialsForm of(Financials financials, long version) {
        FinancialsForm form = new FinancialsForm();
        form.discountRatePercent = financials.discountRatePercent();
        financials.quarters().forEach(q -> form.quarters.add(new Line(q.cost(), q.benefit())));
        financials.demands().forEach(d -> form.demands.add(new RoleQuarterRow(d.role(), d.quarter(), d.fte())));
        form.version = version;
        form.addBlankRows();
        return form;
    }

    void addBlankRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            quarters.add(new Line(null, null));
            demands.add(new RoleQuarterRow(null, 0, null));
        }
    }

    /** The command, without the rows left blank (a quarter row with only one amount counts the other as 0). */
    FinancialsCommand toCommand() {
        List<Line> filled = new ArrayList<>(quarters.stream().filter(line -> !line.isBlank()).toList());
        return new FinancialsCommand(discountRatePercent,
                filled.stream().map(line -> new FinancialsCommand.QuarterLine(zeroIfNull(line.getCost()),
                        zeroIfNull(line.getBenefit()))).toList(),
                demands.stream().filter(line -> !line.isBlank())
                        .map(line -> new FinancialsCommand.Demand(line.getRole(), line.getQuarter(), line.getFte())).toList(),
                version);
    }

    private static BigDecimal zeroIfNull(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    public BigDecimal getDiscountRatePercent() { return discountRatePercent; }
    public void setDiscountRatePercent(BigDecimal discountRatePercent) { this.discountRatePercent = discountRatePercent; }
    public List<Line> getQuarters() { return quarters; }
    public void setQuarters(List<Line> quarters) { this.quarters = quarters; }
    public List<RoleQuarterRow> getDemands() { return demands; }
    public void setDemands(List<RoleQuarterRow> demands) { this.demands = demands; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public static class Line {
        private BigDecimal cost;
        private BigDecimal benefit;

        public Line() {
        }

        Line(BigDecimal cost, BigDecimal benefit) {
            this.cost = cost;
            this.benefit = benefit;
        }

        boolean isBlank() {
            return cost == null && benefit == null;
        }

        public BigDecimal getCost() { return cost; }
        public void setCost(BigDecimal cost) { this.cost = cost; }
        public BigDecimal getBenefit() { return benefit; }
        public void setBenefit(BigDecimal benefit) { this.benefit = benefit; }
    }

}
