package org.lodestar.finance;

import java.util.List;

import org.lodestar.platform.InvalidInputException;

/**
 * A cost file refused as a whole: a 400 listing every problem like any invalid input, and, for the import page, the
 * problems of rows by line and column ({@link #rows()}; empty when the file itself or its mapping is at fault).
 */
public class CostFileRefusedException extends InvalidInputException {

    private final transient List<CostFileImport.RowProblem> rows;

    CostFileRefusedException(CostFileImport.Report report) {
        super(report.problems());
        this.rows = report.rows();
    }

    public List<CostFileImport.RowProblem> rows() {
        return rows;
    }
}
