package org.lodestar.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.lodestar.engine.health.Rag;
import org.lodestar.platform.NewPerson;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.Role;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.CustomFieldCommand;
import org.lodestar.portfolio.CustomFieldType;
import org.lodestar.portfolio.CustomFields;
import org.lodestar.portfolio.LifecyclePhase;
import org.lodestar.portfolio.ObjectiveView;
import org.lodestar.portfolio.PortfolioCommand;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.PortfolioView;
import org.lodestar.portfolio.Priority;
import org.lodestar.portfolio.ProjectCommand;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.portfolio.ProjectView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start of an empty database in demo mode, creates the demo organisation: 30 people with the eight
 * demo accounts, 3 portfolios, 6 programmes and 40 projects across phases, states and health, each with a plan
 * (see {@link DemoPlans}). All in one
 * transaction, generated from a fixed seed, with dates around today.
 */
@Component
@Order(2)
class DemoOrganisation implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final People people;
    private final PortfolioRegistry portfolios;
    private final ProjectRegistry projects;
    private final CustomFields customFields;
    private final DemoPlans plans;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    DemoOrganisation(People people, PortfolioRegistry portfolios, ProjectRegistry projects, CustomFields customFields,
                     DemoPlans plans, RunAs runAs, TransactionTemplate transaction, Clock clock, @Value("${lodestar.demo}") boolean demo) {
        this.people = people;
        this.portfolios = portfolios;
        this.projects = projects;
        this.customFields = customFields;
        this.plans = plans;
        this.runAs = runAs;
        this.transaction = transaction;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!demo) return;
        if (people.isEmpty()) {
            long began = System.nanoTime();
            transaction.executeWithoutResult(status -> create());
            log.info("Created the demo organisation in {} ms.", (System.nanoTime() - began) / 1_000_000);
        }
        log.info("Demo mode: sign in as admin, pmo, portfolio, pm, resource, exec, member or requester, "
                + "password '{}'. Start with --production for a real installation.", PASSWORD);
    }

    private void create() {
        Map<String, Person> staff = createPeople();
        runAs.call("admin", () -> {
            createOrganisation(staff);
            return null;
        });
    }

    /** The eight demo accounts, then people who appear in the registry without a login. */
    private Map<String, Person> createPeople() {
        Map<String, Person> staff = new HashMap<>();
        account(staff, "admin", "Alex Morgan", "IT Administrator", "Corporate IT", Role.ADMINISTRATOR);
        account(staff, "pmo", "Priya Raman", "Head of PMO", "PMO", Role.PMO);
        account(staff, "portfolio", "Jean-Luc Moreau", "Portfolio Manager, Digital", "Digital", Role.PORTFOLIO_MANAGER);
        account(staff, "pm", "Sofia Álvarez", "Senior Project Manager", "Digital", Role.PROJECT_MANAGER);
        account(staff, "resource", "Kenji Watanabe", "Resource Manager", "Engineering", Role.RESOURCE_MANAGER);
        account(staff, "exec", "Margaret Okafor", "Chief Operating Officer", "Executive Office", Role.EXECUTIVE);
        account(staff, "member", "Min-jun Park", "Business Analyst", "Digital", Role.TEAM_MEMBER);
        account(staff, "requester", "Hannah Schmidt", "Marketing Lead", "Marketing", Role.REQUESTER);
        String[][] others = {
                {"lbernard", "Lucie Bernard", "Project Manager", "Operations", "PROJECT_MANAGER"},
                {"dosei", "Daniel Osei", "Project Manager", "Finance", "PROJECT_MANAGER"},
                {"ytanaka", "Yuki Tanaka", "Project Manager", "Digital", "PROJECT_MANAGER"},
                {"rcosta", "Rafael Costa", "Programme Manager", "Operations", "PROJECT_MANAGER"},
                {"ekowalska", "Ewa Kowalska", "Project Manager", "Compliance", "PROJECT_MANAGER"},
                {"skim", "Seo-yeon Kim", "Project Manager", "Data Office", "PROJECT_MANAGER"},
                {"tnguyen", "Thanh Nguyen", "Portfolio Manager, Operations", "Operations", "PORTFOLIO_MANAGER"},
                {"arossi", "Alessandro Rossi", "Portfolio Manager, Compliance", "Compliance", "PORTFOLIO_MANAGER"},
                {"cdubois", "Claire Dubois", "Chief Financial Officer", "Finance", "EXECUTIVE"},
                {"jsmith", "James Smith", "Chief Information Officer", "Corporate IT", "EXECUTIVE"},
                {"fhassan", "Fatima Hassan", "Chief Risk Officer", "Risk", "EXECUTIVE"},
                {"olarsen", "Ole Larsen", "Solution Architect", "Engineering", "TEAM_MEMBER"},
                {"aito", "Aiko Ito", "Data Engineer", "Data Office", "TEAM_MEMBER"},
                {"mgarcia", "Marta García", "Change Manager", "HR", "TEAM_MEMBER"},
                {"pfischer", "Paul Fischer", "Test Lead", "Engineering", "TEAM_MEMBER"},
                {"nsingh", "Neha Singh", "Developer", "Engineering", "TEAM_MEMBER"},
                {"blee", "Byung-hun Lee", "Developer", "Engineering", "TEAM_MEMBER"},
                {"iivanova", "Irina Ivanova", "UX Designer", "Digital", "TEAM_MEMBER"},
                {"gmartin", "Gabriel Martin", "Procurement Lead", "Procurement", "TEAM_MEMBER"},
                {"wchen", "Wei Chen", "Financial Controller", "Finance", "RESOURCE_MANAGER"},
                {"lmuller", "Lena Müller", "Legal Counsel", "Legal", "REQUESTER"},
                {"oadeyemi", "Olu Adeyemi", "Head of Customer Service", "Customer Service", "REQUESTER"},
        };
        for (String[] other : others) {
            Person person = people.create(new NewPerson(other[0], other[1], other[0] + "@lodestar.example",
                    other[2], other[3], Set.of(Role.valueOf(other[4])), null));
            staff.put(other[0], person);
        }
        return staff;
    }

    private void account(Map<String, Person> staff, String username, String name, String title, String unit,
                         Role role) {
        staff.put(username, people.create(new NewPerson(username, name, username + "@lodestar.example", title, unit,
                EnumSet.of(role), PASSWORD)));
    }

    private void createOrganisation(Map<String, Person> staff) {
        List<ObjectiveView> objectives = List.of(
                portfolios.createObjective("SO-1", "Grow digital revenue to 40% of sales"),
                portfolios.createObjective("SO-2", "Cut operating costs by 15%"),
                portfolios.createObjective("SO-3", "Be fully compliant in every market we serve"),
                portfolios.createObjective("SO-4", "Improve customer satisfaction to NPS 50"),
                portfolios.createObjective("SO-5", "Make data a shared, trusted asset"));
        customFields.define(new CustomFieldCommand("risk_level", "Risk level", CustomFieldType.CHOICE,
                List.of("Low", "Medium", "High"), true, 10, null));
        customFields.define(new CustomFieldCommand("benefit_owner", "Benefit owner", CustomFieldType.PERSON,
                List.of(), false, 20, null));
        customFields.define(new CustomFieldCommand("expected_benefit", "Expected annual benefit (EUR)",
                CustomFieldType.NUMBER, List.of(), false, 30, null));
        customFields.define(new CustomFieldCommand("go_live", "Go-live date", CustomFieldType.DATE,
                List.of(), false, 40, null));
        customFields.define(new CustomFieldCommand("vendor", "Main vendor", CustomFieldType.TEXT,
                List.of(), false, 50, null));

        PortfolioView digital = portfolio("DIG", "Digital Transformation",
                "Customer-facing digital products and the data platform behind them.", staff.get("portfolio"));
        PortfolioView operations = portfolio("OPS", "Operational Excellence",
                "Efficiency of supply chain, facilities and internal services.", staff.get("tnguyen"));
        PortfolioView compliance = portfolio("REG", "Regulatory & Compliance",
                "Mandatory change: data protection, financial reporting and audit findings.", staff.get("arossi"));
        List<PortfolioView> programmes = List.of(
                programme(digital, "DIG-CX", "Customer Experience", staff.get("ytanaka")),
                programme(digital, "DIG-DA", "Data & Analytics", staff.get("skim")),
                programme(operations, "OPS-SC", "Supply Chain Modernisation", staff.get("rcosta")),
                programme(operations, "OPS-WF", "Workplace & Facilities", staff.get("lbernard")),
                programme(compliance, "REG-DP", "Data Protection", staff.get("ekowalska")),
                programme(compliance, "REG-FR", "Financial Reporting", staff.get("dosei")));
        createProjects(staff, objectives, programmes, List.of(digital, operations, compliance));
    }

    private PortfolioView portfolio(String code, String name, String description, Person manager) {
        return portfolios.createPortfolio(new PortfolioCommand(code, name, description, manager.id().value(), null,
                null));
    }

    private PortfolioView programme(PortfolioView portfolio, String code, String name, Person manager) {
        return portfolios.createProgramme(new PortfolioCommand(code, name, null, manager.id().value(),
                portfolio.id(), null));
    }

    /** Name, programme index (or -1 for directly in the portfolio of the index after the bar), and a tag. */
    private static final String[][] PROJECTS = {
            {"Customer portal relaunch", "0", "web"}, {"Mobile app 3.0", "0", "mobile"},
            {"Live chat and chatbot", "0", "service"}, {"Loyalty programme platform", "0", "crm"},
            {"Personalised recommendations", "0", "ai"}, {"Checkout redesign", "0", "web"},
            {"Enterprise data platform", "1", "data"}, {"Master data management", "1", "data"},
            {"Self-service BI rollout", "1", "bi"}, {"Demand forecasting with ML", "1", "ai"},
            {"Data catalogue", "1", "data"}, {"Warehouse management system", "2", "erp"},
            {"Transport optimisation", "2", "logistics"}, {"Supplier portal", "2", "procurement"},
            {"RFID inventory tracking", "2", "iot"}, {"Procure-to-pay automation", "2", "procurement"},
            {"Head office move", "3", "facilities"}, {"Hybrid workplace tools", "3", "workplace"},
            {"Energy efficiency retrofit", "3", "facilities"}, {"Service desk consolidation", "3", "itsm"},
            {"GDPR records of processing", "4", "privacy"}, {"Consent management platform", "4", "privacy"},
            {"Data retention clean-up", "4", "privacy"}, {"Privacy by design training", "4", "training"},
            {"IFRS 17 reporting", "5", "finance"}, {"Tax engine replacement", "5", "finance"},
            {"Month-end close acceleration", "5", "finance"}, {"ESG disclosure reporting", "5", "esg"},
            {"Cloud migration wave 2", "-0", "cloud"}, {"Identity and access management", "-0", "security"},
            {"API gateway", "-0", "integration"}, {"ERP upgrade", "-1", "erp"},
            {"Fleet electrification", "-1", "esg"}, {"Lean office programme", "-1", "lean"},
            {"Contact centre telephony", "-1", "service"}, {"Audit findings remediation", "-2", "audit"},
            {"Anti-money-laundering screening", "-2", "aml"}, {"Accessibility compliance", "-2", "accessibility"},
            {"Cyber resilience (DORA)", "-2", "security"}, {"Whistle-blowing channel", "-2", "ethics"},
    };

    private void createProjects(Map<String, Person> staff, List<ObjectiveView> objectives,
                                List<PortfolioView> programmes, List<PortfolioView> portfolioList) {
        Random random = new Random(20261126L);
        LocalDate today = LocalDate.now(clock);
        List<Person> managers = List.of(staff.get("pm"), staff.get("lbernard"), staff.get("dosei"),
                staff.get("ytanaka"), staff.get("rcosta"), staff.get("ekowalska"), staff.get("skim"));
        List<Person> sponsors = List.of(staff.get("exec"), staff.get("cdubois"), staff.get("jsmith"),
                staff.get("fhassan"));
        List<Person> team = List.of(staff.get("member"), staff.get("olarsen"), staff.get("aito"),
                staff.get("mgarcia"), staff.get("pfischer"), staff.get("nsingh"), staff.get("blee"),
                staff.get("iivanova"), staff.get("gmartin"));
        for (int i = 0; i < PROJECTS.length; i++) {
            String[] spec = PROJECTS[i];
            boolean direct = spec[1].startsWith("-");
            int index = Integer.parseInt(spec[1].replace("-", ""));
            PortfolioView programme = direct ? null : programmes.get(index);
            long portfolioId = direct ? portfolioList.get(index).id() : programme.portfolio().id();
            // pm manages every sixth project (PRJ-0002, -0008, ...): a real list of their own, of mixed health
            Person manager = i % 6 == 1 ? staff.get("pm") : managers.get(random.nextInt(managers.size()));
            ProjectView project = projects.create(project(spec, i, portfolioId, programme, manager,
                    sponsors.get(random.nextInt(sponsors.size())), objectives, staff, random, today));
            int teamSize = 1 + random.nextInt(3);
            for (int m = 0; m < teamSize; m++) {
                Person member = team.get(random.nextInt(team.size()));
                boolean canEdit = member.username().equals("member") && i % 4 == 1;
                project = projects.addMember(new ProjectId(project.id()), member.id(), canEdit, project.version());
            }
            plans.create(project, i, today);
        }
    }

    private static ProjectCommand project(String[] spec, int i, long portfolioId, PortfolioView programme,
                                          Person manager, Person sponsor, List<ObjectiveView> objectives,
                                          Map<String, Person> staff, Random random, LocalDate today) {
        ProjectState state = stateOf(i);
        LifecyclePhase phase = switch (state) {
            case PROPOSED -> LifecyclePhase.INITIATION;
            case CLOSED -> LifecyclePhase.CLOSING;
            case CANCELLED -> random.nextBoolean() ? LifecyclePhase.PLANNING : LifecyclePhase.EXECUTION;
            default -> i % 5 == 0 ? LifecyclePhase.PLANNING : i % 7 == 0 ? LifecyclePhase.CLOSING
                    : LifecyclePhase.EXECUTION;
        };
        Rag health = switch (state) {
            case ACTIVE, ON_HOLD -> i % 9 == 4 ? Rag.RED : i % 4 == 3 ? Rag.AMBER : Rag.GREEN;
            default -> null;
        };
        int months = 6 + random.nextInt(19);
        LocalDate plannedStart = switch (state) {
            case PROPOSED -> today.plusMonths(1 + random.nextInt(5)).withDayOfMonth(1);
            case CLOSED, CANCELLED -> today.minusMonths(months + 2 + random.nextInt(6)).withDayOfMonth(1);
            default -> today.minusMonths(1 + random.nextInt(Math.max(1, months - 1))).withDayOfMonth(1);
        };
        LocalDate plannedFinish = plannedStart.plusMonths(months).minusDays(1);
        int slipWeeks = health == Rag.RED ? 8 + random.nextInt(10) : health == Rag.AMBER ? 2 + random.nextInt(5) : 0;
        boolean started = state != ProjectState.PROPOSED;
        LocalDate actualStart = started ? plannedStart.plusDays(random.nextInt(10)) : null;
        LocalDate actualFinish = state == ProjectState.CLOSED ? plannedFinish.plusWeeks(random.nextInt(4)) : null;
        BigDecimal budget = BigDecimal.valueOf((150 + random.nextInt(4850)) * 1000L);
        ObjectiveView objective = objectives.get(i % objectives.size());
        Map<String, String> custom = new HashMap<>();
        custom.put("risk_level", health == Rag.RED ? "High" : health == Rag.AMBER ? "Medium" : "Low");
        if (i % 3 == 0) custom.put("benefit_owner", Long.toString(sponsor.id().value()));
        if (i % 2 == 0) custom.put("expected_benefit", Integer.toString(50_000 + random.nextInt(40) * 25_000));
        if (started) custom.put("go_live", plannedFinish.minusWeeks(2).toString());
        if (i % 5 == 1) custom.put("vendor", List.of("Accenture", "Capgemini", "NTT Data", "Samsung SDS", "Sopra Steria")
                .get(random.nextInt(5)));
        List<Long> objectiveIds = new ArrayList<>(List.of(objective.id()));
        if (i % 4 == 0) objectiveIds.add(objectives.get((i + 2) % objectives.size()).id());
        return new ProjectCommand(null, spec[0], description(spec[0]), portfolioId,
                programme == null ? null : programme.id(), sponsor.id().value(), manager.id().value(),
                manager.businessUnit(), phase, state, priorityOf(i), plannedStart, plannedFinish,
                started ? actualStart : plannedStart, plannedFinish.plusWeeks(slipWeeks), actualStart, actualFinish,
                budget, i % 6 == 4 ? "USD" : i % 6 == 5 ? "GBP" : "EUR", List.of(spec[2]), objectiveIds, custom,
                null);
    }

    /**
     * The health a demo project is generated to have, which its risk level records: its plan slips and its status
     * reports drift accordingly (the registry's health is the reported one, so it arrives with those reports).
     * Null for projects that do not report (neither active nor on hold).
     */
    static Rag intendedHealth(ProjectView project) {
        if (project.state() != ProjectState.ACTIVE && project.state() != ProjectState.ON_HOLD) return null;
        String risk = project.customFields().stream().filter(field -> field.key().equals("risk_level"))
                .map(ProjectView.CustomFieldValue::value).findFirst().orElse("Low");
        return risk.equals("High") ? Rag.RED : risk.equals("Medium") ? Rag.AMBER : Rag.GREEN;
    }

    private static ProjectState stateOf(int i) {
        if (i % 10 == 7) return ProjectState.PROPOSED;
        if (i % 13 == 5) return ProjectState.ON_HOLD;
        if (i % 11 == 9) return ProjectState.CLOSED;
        if (i == 38) return ProjectState.CANCELLED;
        return ProjectState.ACTIVE;
    }

    private static Priority priorityOf(int i) {
        return Priority.values()[(i * 7 + 3) % Priority.values().length];
    }

    private static String description(String name) {
        return name + ": scope, business case and plan are kept in this record. "
                + "The PMO tracks it in the monthly portfolio review.";
    }
}
