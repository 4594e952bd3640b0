package org.lodestar.platform;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do across the organisation, whatever the project: the organisation-level half of Lodestar's
 * rights policy (the project- and portfolio-level half is the portfolio module's {@code ProjectRights} and
 * {@code PortfolioRights}). Each act names the roles that allow it; a person holding several roles has the rights
 * of each.
 */
public enum OrganisationAct {
    /** People, their roles and accounts. */
    MANAGE_PEOPLE(Role.ADMINISTRATOR),
    /** Custom fields of projects. */
    DEFINE_CUSTOM_FIELDS(Role.ADMINISTRATOR),
    /** Creating portfolios (changing one is a portfolio-level right). */
    CREATE_PORTFOLIOS(Role.ADMINISTRATOR, Role.PMO),
    SET_OBJECTIVES(Role.ADMINISTRATOR, Role.PMO),
    /** The organisation's calendars (a project's own calendar is its editors'). */
    CHANGE_ORGANISATION_CALENDARS(Role.ADMINISTRATOR, Role.PMO),
    SET_REPORTING_CYCLES(Role.ADMINISTRATOR, Role.PMO),
    SET_HEALTH_THRESHOLDS(Role.ADMINISTRATOR, Role.PMO),
    SEND_REMINDERS(Role.ADMINISTRATOR, Role.PMO),
    IMPORT_STATUS_HISTORY(Role.ADMINISTRATOR, Role.PMO),
    DEFINE_REQUEST_TYPES(Role.ADMINISTRATOR, Role.PMO),
    DEFINE_SCORING_MODELS(Role.ADMINISTRATOR, Role.PMO),
    /** The whole audit trail, people's records included; a project's readers find its history on the project. */
    READ_AUDIT_TRAIL(Role.ADMINISTRATOR, Role.PMO),
    /**
     * The detail of projects beyond their public summary: budgets, custom fields, members, history, plans and
     * status reporting. Everyone but those who only file requests.
     */
    READ_PROJECT_DETAIL(Role.ADMINISTRATOR, Role.PMO, Role.PORTFOLIO_MANAGER, Role.PROJECT_MANAGER,
            Role.RESOURCE_MANAGER, Role.EXECUTIVE, Role.TEAM_MEMBER),
    /** Filing a project request: anyone in the organisation may propose work. */
    FILE_REQUESTS(Role.values()),
    /**
     * Taking the review's acts on requests (screen, return, decide, convert); portfolio managers only on the
     * requests of the portfolios they manage (the intake module narrows it per request).
     */
    REVIEW_REQUESTS(Role.ADMINISTRATOR, Role.PMO, Role.PORTFOLIO_MANAGER),
    /** Reading the requests others submitted (never their drafts) and scoring them. */
    READ_SUBMITTED_REQUESTS(Role.ADMINISTRATOR, Role.PMO, Role.PORTFOLIO_MANAGER, Role.EXECUTIVE),
    SCORE_REQUESTS(Role.ADMINISTRATOR, Role.PMO, Role.PORTFOLIO_MANAGER, Role.EXECUTIVE),
    READ_SCENARIOS(Role.ADMINISTRATOR, Role.PMO, Role.PORTFOLIO_MANAGER, Role.EXECUTIVE),
    MANAGE_SCENARIOS(Role.ADMINISTRATOR, Role.PMO, Role.PORTFOLIO_MANAGER),
    /** New versions of the organisation's lifecycles: guidance and tailoring rules (methodology). */
    DEFINE_LIFECYCLES(Role.ADMINISTRATOR, Role.PMO),
    /** The exchange rates by date that finance converts with (finance). */
    KEEP_EXCHANGE_RATES(Role.ADMINISTRATOR, Role.PMO),
    /** Forming and keeping each portfolio's steering committee: name, chair, members, cadence (governance). */
    KEEP_STEERING_COMMITTEES(Role.ADMINISTRATOR, Role.PMO),
    /** The thresholds above which change requests go to the steering committee (change). */
    SET_CHANGE_THRESHOLDS(Role.ADMINISTRATOR, Role.PMO),
    /** The suppliers the organisation buys from (finance). */
    KEEP_SUPPLIERS(Role.ADMINISTRATOR, Role.PMO),
    /** Closing a month to timesheets: no timesheet with hours in it changes afterwards (timesheets). */
    CLOSE_TIMESHEET_PERIODS(Role.ADMINISTRATOR, Role.PMO),
    /** The resource pool: people, generic roles, capacity, absences and cost rates (resources). */
    KEEP_RESOURCE_POOL(Role.ADMINISTRATOR, Role.PMO, Role.RESOURCE_MANAGER),
    /** Reading the PMO's and business units' maturity assessments and improvement plans (pmo). */
    READ_MATURITY(Role.ADMINISTRATOR, Role.PMO, Role.PORTFOLIO_MANAGER, Role.EXECUTIVE),
    /** Running maturity assessments and keeping their improvement plans (pmo). */
    ASSESS_MATURITY(Role.ADMINISTRATOR, Role.PMO),
    /** Assigning mentors to project managers and reading every coaching log (pmo). */
    ASSIGN_MENTORS(Role.ADMINISTRATOR, Role.PMO),
    /** Reading the KPI dashboard, its history and the projects behind each value (performance). */
    READ_KPIS(Role.ADMINISTRATOR, Role.PMO, Role.PORTFOLIO_MANAGER, Role.EXECUTIVE),
    /** Defining custom KPIs and setting every KPI's owner, target and amber limit (performance). */
    DEFINE_KPIS(Role.ADMINISTRATOR, Role.PMO),
    /** Mailing reports on a schedule to lists of people (reporting). */
    DISTRIBUTE_REPORTS(Role.ADMINISTRATOR, Role.PMO);

    private final Set<Role> roles;

    OrganisationAct(Role... roles) {
        this.roles = Set.copyOf(EnumSet.of(roles[0], roles));
    }

    /** The roles that allow this act. */
    public Set<Role> roles() {
        return roles;
    }

    /** Whether the actor holds a role that allows this act. */
    public boolean allows(Actor actor) {
        return actor.roles().stream().anyMatch(roles::contains);
    }

    /** The act in words for messages and logs: {@code set reporting cycles}. */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
