package org.lodestar.finance;

import java.util.Locale;
import org.lodestar.platform.InvalidInputException;

/** What a cost is for (labour or not) and how it is accounted (capital or operating expenditure). */
public enum CostCategory {

    LABOUR_CAPEX(true, true),
    LABOUR_OPEX(true, false),
    NON_LABOUR_CAPEX(false, true),
    NON_LABOUR_OPEX(false, false);

    private final boolean labour;
    private final boolean capex;

    CostCategory(boolean labour, boolean capex) {
        this.labour = labour;
        this.capex = capex;
    }

    public boolean labour() {
        return labour;
    }

    public boolean capex() {
        return capex;
    }

    /** The code used in files and the API, e.g. {@code labour-opex}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The category of a code, or {@code null} after adding a problem naming the field. */
    public static CostCategory parse(InvalidInputException.Collector problems, String field, String code) {
        if (code != null) {
            for (CostCategory category : values()) {
                if (category.code().equalsIgnoreCase(code.strip())) return category;
            }
        }
        problems.add(field, "finance.category.unknown", String.valueOf(code));
        return null;
    }
}
