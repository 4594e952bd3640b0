package org.lodestar.portfolio;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.AuditedChanges;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.Texts;
import org.lodestar.platform.UserId;
import org.lodestar.portfolio.internal.Portfolio;
import org.lodestar.portfolio.internal.Portfolios;
import org.lodestar.portfolio.internal.Programme;
import org.lodestar.portfolio.internal.Programmes;
import org.lodestar.portfolio.internal.Projects;
import org.lodestar.portfolio.internal.StrategicObjective;
import org.lodestar.portfolio.internal.StrategicObjectives;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Portfolios, the programmes inside them and the organisation's strategic objectives. The PMO and administrators
 * manage all of them; a portfolio manager manages the portfolios they are manager of and their programmes.
 */
@Service
public class PortfolioRegistry {

    static final String PORTFOLIO = "portfolio";
    static final String PROGRAMME = "programme";
    static final String OBJECTIVE = "objective";

    private final Portfolios portfolios;
    private final Programmes programmes;
    private final StrategicObjectives objectives;
    private final Projects projects;
    private final People people;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final InputValidation validation;
    private final AuditedChanges changes;
    private final AuditedChanges.Kind<Portfolio> portfolioRecords;
    private final AuditedChanges.Kind<Programme> programmeRecords;
    private final PortfolioRights rights;
    private final OrganisationRights organisationRights;

    PortfolioRegistry(Portfolios portfolios, Programmes programmes, StrategicObjectives objectives, Projects projects,
                      People people, AuditTrail audit, CurrentUser currentUser, Clock clock,
                      InputValidation validation, AuditedChanges changes, PortfolioRights rights,
                      OrganisationRights organisationRights) {
        this.changes = changes;
        this.portfolioRecords = new AuditedChanges.Kind<>(PORTFOLIO, portfolios::findById, portfolios::save,
                Portfolio::id, Portfolio::version, Portfolio::name, this::snapshot);
        this.programmeRecords = new AuditedChanges.Kind<>(PROGRAMME, programmes::findById, programmes::save,
                Programme::id, Programme::version, Programme::name, this::snapshot);
        this.rights = rights;
        this.organisationRights = organisationRights;
        this.projects = projects;
        this.validation = validation;
        this.portfolios = portfolios;
        this.programmes = programmes;
        this.objectives = objectives;
        this.people = people;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PortfolioView> portfolios() {
        Actor reader = currentUser.actor();
        Map<Long, Person> everyone = people.byId();
        return portfolios.findAllByOrderByName().stream().map(portfolio -> view(portfolio, everyone, reader)).toList();
    }

    @Transactional(readOnly = true)
    public PortfolioView portfolio(long id) {
        return view(loadPortfolio(id), people.byId(), currentUser.actor());
    }

    @Transactional(readOnly = true)
    public List<PortfolioView> programmes(Long portfolioId) {
        Actor reader = currentUser.actor();
        Map<Long, Person> everyone = people.byId();
        List<Programme> found = portfolioId == null ? programmes.findAllByOrderByName()
                : programmes.findByPortfolioOrderByName(portfolioId);
        Map<Long, Portfolio> owners = portfolios.findAll().stream()
                .collect(Collectors.toMap(Portfolio::id, Function.identity()));
        return found.stream().map(programme -> view(programme, owners.get(programme.portfolio()), everyone, reader))
                .toList();
    }

    @Transactional(readOnly = true)
    public PortfolioView programme(long id) {
        return view(loadProgramme(id), people.byId(), currentUser.actor());
    }

    @Transactional(readOnly = true)
    public List<ObjectiveView> objectives() {
        return objectives.findAllByOrderByCode().stream()
                .map(objective -> new ObjectiveView(objective.id(), objective.code(), objective.name())).toList();
    }

    @Transactional
    public PortfolioView createPortfolio(PortfolioCommand command) {
        Actor actor = organisationRights.require(OrganisationAct.CREATE_PORTFOLIOS);
        checkPortfolio(command, null);
        Portfolio portfolio = changes.create(portfolioRecords, Portfolio.create(command.code(), command.name().strip(),
                Texts.blankToNull(command.description()), command.managerId(), Instant.now(clock)));
        return view(portfolio, people.byId(), actor);
    }

    @Transactional
    public PortfolioView changePortfolio(long id, PortfolioCommand command) {
        Portfolio portfolio = loadPortfolio(id);
        Actor actor = rights.require(portfolio.id(), PortfolioAct.MANAGE);
        AuditedChanges.Change<Portfolio> change = changes.change(portfolioRecords, portfolio, command.version());
        checkPortfolio(command, portfolio.id());
        Portfolio changed = change.apply(p -> p.change(command.code(), command.name().strip(),
                Texts.blankToNull(command.description()), command.managerId(), command.version(), Instant.now(clock)));
        return view(changed, people.byId(), actor);
    }

    @Transactional
    public PortfolioView createProgramme(PortfolioCommand command) {
        // refused before the command is read: one who manages no portfolio learns nothing of its rules
        Actor actor = rights.require(command.portfolioId(), PortfolioAct.MANAGE);
        Portfolio portfolio = programmePortfolio(command);
        checkProgramme(command, null);
        Programme programme = changes.create(programmeRecords, Programme.create(portfolio.id(), command.code(),
                command.name().strip(), Texts.blankToNull(command.description()), command.managerId(),
                Instant.now(clock)));
        return view(programme, people.byId(), actor);
    }

    @Transactional
    public PortfolioView changeProgramme(long id, PortfolioCommand command) {
        Programme programme = loadProgramme(id);
        Actor actor = rights.require(programme.portfolio(), PortfolioAct.MANAGE);
        if (command.portfolioId() != null) rights.require(command.portfolioId(), PortfolioAct.MANAGE);
        Portfolio target = programmePortfolio(command);
        AuditedChanges.Change<Programme> change = changes.change(programmeRecords, programme, command.version());
        checkProgramme(command, programme.id());
        if (target.id() != programme.portfolio() && projects.countByProgramme(programme.id()) > 0) {
            // its projects would be left in the old portfolio: they move one by one, deliberately
            throw new InvalidInputException(List.of(
                    new InvalidInputException.FieldProblem("portfolioId", "validation.programme.hasProjects")));
        }
        Programme changed = change.apply(p -> p.change(target.id(), command.code(), command.name().strip(),
                Texts.blankToNull(command.description()), command.managerId(), command.version(), Instant.now(clock)));
        return view(changed, people.byId(), actor);
    }

    @Transactional
    public ObjectiveView createObjective(String code, String name) {
        organisationRights.require(OrganisationAct.SET_OBJECTIVES);
        var problems = new InvalidInputException.Collector();
        if (code == null || !code.strip().matches("[A-Z0-9][A-Z0-9-]{0,19}")) problems.add("code", "validation.code");
        else if (objectives.findAllByOrderByCode().stream().anyMatch(other -> other.code().equals(code.strip()))) {
            problems.add("code", "validation.code.taken", code.strip());
        }
        if (name == null || name.isBlank() || name.strip().length() > 200) problems.add("name", "validation.objectiveName");
        problems.throwIfAny();
        StrategicObjective objective = objectives.save(new StrategicObjective(null, code.strip(), name.strip()));
        audit.created(OBJECTIVE, objective.id(), objective.name(),
                Map.of("code", objective.code(), "name", objective.name()));
        return new ObjectiveView(objective.id(), objective.code(), objective.name());
    }

    /** A portfolio's fields as the audit trail shows them, with names beside ids. */
    private Map<String, String> snapshot(Portfolio portfolio) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("code", portfolio.code());
        snapshot.put("name", portfolio.name());
        snapshot.put("description", portfolio.description());
        snapshot.put("manager", personName(portfolio.manager()));
        return snapshot;
    }

    private Map<String, String> snapshot(Programme programme) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("portfolio", loadPortfolio(programme.portfolio()).name());
        snapshot.put("code", programme.code());
        snapshot.put("name", programme.name());
        snapshot.put("description", programme.description());
        snapshot.put("manager", personName(programme.manager()));
        return snapshot;
    }

    private String personName(Long id) {
        return id == null ? null : people.find(new UserId(id)).map(Person::displayName).orElse("#" + id);
    }

    boolean portfolioExists(Long id) {
        return id != null && portfolios.existsById(id);
    }

    /** The portfolio a programme belongs to, or null when there is no such programme. */
    Long portfolioOfProgramme(long programmeId) {
        return programmes.findById(programmeId).map(Programme::portfolio).orElse(null);
    }

    Reference portfolioReference(long id) {
        Portfolio portfolio = loadPortfolio(id);
        return new Reference(portfolio.id(), portfolio.code(), portfolio.name());
    }

    Reference programmeReference(long id) {
        Programme programme = loadProgramme(id);
        return new Reference(programme.id(), programme.code(), programme.name());
    }

    private Portfolio programmePortfolio(PortfolioCommand command) {
        if (command.portfolioId() == null || !portfolios.existsById(command.portfolioId())) {
            throw new InvalidInputException(List.of(
                    new InvalidInputException.FieldProblem("portfolioId", "validation.reference.unknown")));
        }
        return loadPortfolio(command.portfolioId());
    }

    /** Checks a command's fields, that its manager exists and that its code is free (ignoring the record itself). */
    private void check(PortfolioCommand command, Optional<Long> codeHolder, Long self) {
        var problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        if (command.managerId() != null
                && (command.managerId() <= 0 || people.find(new UserId(command.managerId())).isEmpty())) {
            problems.add("managerId", "validation.reference.unknown");
        }
        if (codeHolder.isPresent() && !codeHolder.get().equals(self)) {
            problems.add("code", "validation.code.taken", command.code());
        }
        problems.throwIfAny();
    }

    private void checkPortfolio(PortfolioCommand command, Long self) {
        check(command, command.code() == null ? Optional.empty()
                : portfolios.findByCode(command.code()).map(Portfolio::id), self);
    }

    private void checkProgramme(PortfolioCommand command, Long self) {
        check(command, command.code() == null ? Optional.empty()
                : programmes.findByCode(command.code()).map(Programme::id), self);
    }

    private Portfolio loadPortfolio(long id) {
        return changes.load(portfolioRecords, id);
    }

    private Programme loadProgramme(long id) {
        return changes.load(programmeRecords, id);
    }

    private static PortfolioView view(Portfolio portfolio, Map<Long, Person> everyone, Actor reader) {
        return new PortfolioView(portfolio.id(), portfolio.code(), portfolio.name(), portfolio.description(), null,
                person(everyone, portfolio.manager()), portfolio.version(),
                PortfolioRights.may(reader, portfolio, PortfolioAct.MANAGE));
    }

    private PortfolioView view(Programme programme, Map<Long, Person> everyone, Actor reader) {
        return view(programme, loadPortfolio(programme.portfolio()), everyone, reader);
    }

    private static PortfolioView view(Programme programme, Portfolio portfolio, Map<Long, Person> everyone,
                                      Actor reader) {
        return new PortfolioView(programme.id(), programme.code(), programme.name(), programme.description(),
                new Reference(portfolio.id(), portfolio.code(), portfolio.name()),
                person(everyone, programme.manager()), programme.version(),
                PortfolioRights.may(reader, portfolio, PortfolioAct.MANAGE));
    }

    private static Reference person(Map<Long, Person> everyone, Long id) {
        Person person = id == null ? null : everyone.get(id);
        return person == null ? null : new Reference(id, person.username(), person.displayName());
    }

}
