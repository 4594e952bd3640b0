package org.lodestar.portfolio;

/** What a person may do with one portfolio: the portfolio-level acts of the rights policy ({@link PortfolioRights}). */
public enum PortfolioAct {
    /** Change the portfolio, and add, change and move its programmes. */
    MANAGE,
    /** Create projects in it (and move projects into or out of it). */
    CREATE_PROJECTS;

    /** The act in words for messages and logs. */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " in portfolio";
    }
}
