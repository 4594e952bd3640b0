package org.lodestar.finance.web;

import java.math.BigDecimal;
import org.lodestar.finance.Budgets.BudgetLineCommand;
import org.lodestar.finance.Budgets.Kind;

/** The add-an-original-budget-line form of a project's budget page: category, month (YYYY-MM), amount, note. */
public class BudgetLineForm {

    private String category;
    private String month;
    private BigDecimal amount;
    private String note;

    BudgetLineCommand toCommand() {
        return new BudgetLineCommand(category, month, Kind.ORIGINAL.name(), amount, note);
    }

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
