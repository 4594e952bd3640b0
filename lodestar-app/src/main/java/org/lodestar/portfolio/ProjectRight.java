package org.lodestar.portfolio;

/** What a person may do with one project: the project-level rights of the policy ({@link ProjectRights}). */
public enum ProjectRight {
    /** Its public summary: code, name, portfolio, people in charge, state, dates. */
    READ_SUMMARY,
    /** Everything else: custom fields, members, history, plan, status reports. */
    READ_DETAIL,
    /** Its budget and costs. */
    READ_MONEY,
    /** Change it, its team, plan, calendar and baselines, and write its status reports. */
    EDIT,
    /** Review its status reports: return them or publish them. */
    REVIEW,
    /** Assign and allocate people to it (the resources module's act). */
    MANAGE_RESOURCES,
    DELETE,
    /** Sit on its gate board: put it on a lifecycle, tailor it, approve or waive deliverables, decide its gates. */
    DECIDE_GATES;

    /** The act in words for messages and logs. */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
