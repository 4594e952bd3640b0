package org.lodestar.resources;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lodestar.planning.CalendarView;
import org.lodestar.planning.Calendars;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditedChanges;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.Stamp;
import org.lodestar.platform.UserId;
import org.lodestar.resources.internal.Resource;
import org.lodestar.resources.internal.ResourceAbsence;
import org.lodestar.resources.internal.ResourceRate;
import org.lodestar.resources.internal.ResourceSkill;
import org.lodestar.resources.internal.Resources;
import org.lodestar.resources.internal.WholePool;
import org.lodestar.resources.internal.WorkWeek;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource pool: resource managers (the PMO, administrators) {@link #register} people, generic roles, material
 * and cost resources, {@link #describe} them, {@link #changeCapacity}, {@link #setRate}, {@link #recordAbsence} and
 * {@link #retire} them; everyone who reads projects' detail reads the pool. Every act is audited in its transaction,
 * from the version read. Other modules ask it a person's {@link #hourlyRate} on a date and a resource's
 * {@link #capacityHours} over a period (the organisation calendar's working days, net of absences).
 */
@Service
public class ResourcePool {

    static final String AUDIT_TYPE = "resource";

    private final Resources resources;
    private final ResourceRights rights;
    private final People people;
    private final Calendars calendars;
    private final InputValidation validation;
    private final AuditedChanges changes;
    private final Clock clock;
    private final AuditedChanges.Kind<Resource> kind;
    private final JdbcClient jdbc;
    private final WholePool wholePool;

    ResourcePool(Resources resources, ResourceRights rights, People people, Calendars calendars,
                 InputValidation validation, AuditedChanges changes, Clock clock, JdbcClient jdbc,
                 WholePool wholePool) {
        this.jdbc = jdbc;
        this.wholePool = wholePool;
        this.resources = resources;
        this.rights = rights;
        this.people = people;
        this.calendars = calendars;
        this.validation = validation;
        this.changes = changes;
        this.clock = clock;
        this.kind = new AuditedChanges.Kind<>(AUDIT_TYPE, resources::findById, resources::save, Resource::id,
                Resource::version, Resource::name, ResourcePool::snapshot);
    }

    /** The pool, by name; retired resources only when asked. */
    @Transactional(readOnly = true)
    public List<ResourceView> list(boolean withRetired) {
        Actor actor = rights.requireRead();
        WorkWeek week = workWeek();
        Map<Long, Person> names = people.byId();
        return wholePool.byName().stream().filter(r -> withRetired || !r.retired())
                .map(r -> view(r, week, names, actor)).toList();
    }

    @Transactional(readOnly = true)
    public ResourceView get(long id) {
        Actor actor = rights.requireRead();
        return view(changes.load(kind, id), workWeek(), people.byId(), actor);
    }

    @Transactional
    public ResourceView register(ResourceCommand command) {
        Actor actor = rights.requireKeep();
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        if (command.kind() == null) problems.add("kind", "resources.kind.required");
        if (command.userId() != null) {
            if (command.kind() != null && command.kind() != ResourceKind.PERSON) {
                problems.add("userId", "resources.user.personOnly");
            } else if (people.find(new UserId(command.userId())).isEmpty()) {
                problems.add("userId", "resources.user.unknown");
            } else if (resources.findByUserId(command.userId()).isPresent()) {
                problems.add("userId", "resources.user.taken");
            }
        }
        bothCapacities(command.hoursPerDay(), command.fte(), problems);
        Map<String, Integer> skills = skills(command.skills(), problems);
        problems.throwIfAny();
        Resource saved = changes.create(kind, Resource.register(command.kind(), command.name().strip(),
                command.userId(), blankToNull(command.businessUnit()), roles(command.roles()), skills,
                command.hoursPerDay(), command.fte(), now()));
        return view(saved, workWeek(), people.byId(), actor);
    }

    /** Its name, business unit, roles and skills. */
    @Transactional
    public ResourceView describe(long id, ResourceCommand command) {
        Actor actor = rights.requireKeep();
        Resource resource = changes.load(kind, id);
        AuditedChanges.Change<Resource> change = changes.change(kind, resource, command.version());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        Map<String, Integer> skills = skills(command.skills(), problems);
        problems.throwIfAny();
        Resource saved = change.apply(r -> r.describe(command.name().strip(), blankToNull(command.businessUnit()),
                roles(command.roles()), skills, now()));
        return view(saved, workWeek(), people.byId(), actor);
    }

    @Transactional
    public ResourceView changeCapacity(long id, CapacityCommand command) {
        Actor actor = rights.requireKeep();
        Resource resource = changes.load(kind, id);
        AuditedChanges.Change<Resource> change = changes.change(kind, resource, command.version());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        bothCapacities(command.hoursPerDay(), command.fte(), problems);
        if (!resource.kind().works()) problems.add("hoursPerDay", "resources.capacity.notWorking");
        problems.throwIfAny();
        Resource saved = change.apply(r -> r.changeCapacity(command.hoursPerDay(), command.fte(), now()));
        return view(saved, workWeek(), people.byId(), actor);
    }

    @Transactional
    public ResourceView setRate(long id, RateCommand command) {
        Actor actor = rights.requireKeep();
        Resource resource = changes.load(kind, id);
        AuditedChanges.Change<Resource> change = changes.change(kind, resource, command.version());
        validation.check(command);
        Resource saved = change.apply(r -> r.setRate(new ResourceRate(command.effectiveFrom(),
                command.amount(), command.currency()), now()));
        return view(saved, workWeek(), people.byId(), actor);
    }

    @Transactional
    public ResourceView recordAbsence(long id, AbsenceCommand command) {
        Actor actor = rights.requireKeep();
        Resource resource = changes.load(kind, id);
        AuditedChanges.Change<Resource> change = changes.change(kind, resource, command.version());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        if (command.firstDay() != null && command.lastDay() != null) {
            if (command.lastDay().isBefore(command.firstDay())) {
                problems.add("lastDay", "resources.absence.beforeFirst");
            } else if (resource.overlaps(command.firstDay(), command.lastDay())) {
                problems.add("firstDay", "resources.absence.overlaps");
            }
        }
        if (!resource.kind().works()) problems.add("firstDay", "resources.capacity.notWorking");
        problems.throwIfAny();
        Resource saved = change.apply(r -> r.recordAbsence(new ResourceAbsence(command.firstDay(),
                command.lastDay(), blankToNull(command.reason())), now()));
        return view(saved, workWeek(), people.byId(), actor);
    }

    @Transactional
    public ResourceView retire(long id, Long version) {
        Actor actor = rights.requireKeep();
        Resource resource = changes.load(kind, id);
        Resource saved = changes.change(kind, resource, version).apply(r -> r.retire(now()));
        return view(saved, workWeek(), people.byId(), actor);
    }

    /** The cost rate in force on the day of the resource linked to the user account, if it has one. */
    @Transactional(readOnly = true)
    public Optional<HourlyRate> hourlyRate(UserId user, LocalDate day) {
        return resources.findByUserId(user.value()).flatMap(r -> r.rateOn(day))
                .map(rate -> new HourlyRate(rate.amount(), rate.currency(), rate.effectiveFrom()));
    }

    /**
     * The cost rates of a pool resource, by its pool id (a person, a generic role or a material): the one in force on
     * each day asked, if any, read from the resource loaded once (a plan asks for many days). Asks no rights: finance
     * weighs tasks' shares of a budget by assigned work × rate, for readers of the money and for computed health
     * alike, and shows no rate.
     */
    @Transactional(readOnly = true)
    public Function<LocalDate, Optional<HourlyRate>> hourlyRatesOf(long resource) {
        Optional<Resource> found = resources.findById(resource);
        return day -> found.flatMap(r -> r.rateOn(day))
                .map(rate -> new HourlyRate(rate.amount(), rate.currency(), rate.effectiveFrom()));
    }

    /**
     * A stamp ({@link Stamp}) of every cost rate of the pool, which changes when any rate is added, changed or
     * removed: for results kept from {@link #hourlyRatesOf} (a resource's other fields leave it as it is).
     */
    @Transactional(readOnly = true)
    public long ratesStamp() {
        Stamp stamp = new Stamp();
        jdbc.sql("select resource, effective_from, amount, currency from resource_rate "
                        + "order by resource, effective_from")
                .query((RowCallbackHandler) rs -> stamp.add(rs.getLong(1))
                        .add(rs.getObject(2, LocalDate.class).toEpochDay())
                        .add(rs.getBigDecimal(3).movePointRight(4).longValueExact())
                        .add(rs.getString(4).hashCode()));
        return stamp.value();
    }

    /**
     * The hours the resource can work from {@code from} to {@code to}, both included: its day's hours on each
     * working day of the organisation calendar on which it is not absent (none once retired).
     */
    @Transactional(readOnly = true)
    public double capacityHours(long resource, LocalDate from, LocalDate to) {
        return changes.load(kind, resource).capacityHours(from, to, workWeek());
    }

    /** The organisation calendar (its default, the oldest) as the pool counts working days and a day's hours. */
    public WorkWeek workWeek() {
        Optional<CalendarView> calendar = calendars.list(null).stream().filter(c -> c.projectId() == null)
                .min(Comparator.comparingLong(CalendarView::id));
        if (calendar.isEmpty()) return WorkWeek.STANDARD;
        CalendarView c = calendar.get();
        Set<DayOfWeek> working = EnumSet.noneOf(DayOfWeek.class);
        c.week().stream().filter(day -> !day.hours().isEmpty()).forEach(day -> working.add(day.day()));
        List<CalendarView.Exception> holidays = c.exceptions().stream().filter(e -> e.hours().isEmpty()).toList();
        // asked for every day of every person in the capacity views: a plain loop, not a stream per day
        return new WorkWeek(working, day -> {
            for (CalendarView.Exception holiday : holidays) {
                if (!day.isBefore(holiday.from()) && !day.isAfter(holiday.to())) return true;
            }
            return false;
        }, c.minutesPerDay() / 60.0);
    }

    private static void bothCapacities(BigDecimal hoursPerDay, BigDecimal fte,
                                       InvalidInputException.Collector problems) {
        if (hoursPerDay != null && fte != null) problems.add("fte", "resources.capacity.both");
    }

    private static Map<String, Integer> skills(List<ResourceCommand.Skill> skills,
                                               InvalidInputException.Collector problems) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        if (skills == null) return levels;
        for (int i = 0; i < skills.size(); i++) {
            ResourceCommand.Skill skill = skills.get(i);
            if (skill == null || skill.name() == null || skill.level() == null) continue;
            if (levels.putIfAbsent(skill.name().strip(), skill.level()) != null) {
                problems.add("skills[" + i + "].name", "resources.skill.twice");
            }
        }
        return levels;
    }

    private static Set<String> roles(List<String> roles) {
        if (roles == null) return Set.of();
        return roles.stream().filter(Objects::nonNull).map(String::strip).filter(r -> !r.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private ResourceView view(Resource r, WorkWeek week, Map<Long, Person> names, Actor actor) {
        Person person = r.userId() == null ? null : names.get(r.userId());
        return new ResourceView(r.id(), r.kind(), r.name(), r.userId(), person == null ? null : person.username(),
                r.businessUnit(), r.roles(),
                r.skills().stream().map(s -> new ResourceView.Skill(s.skill(), s.level())).toList(),
                r.hoursPerDay(), r.fte(), r.dailyHours(week),
                r.absences().stream().map(a -> new ResourceView.Absence(a.firstDay(), a.lastDay(), a.reason()))
                        .toList(),
                r.rates().stream().map(x -> new ResourceView.Rate(x.effectiveFrom(), x.amount(), x.currency()))
                        .toList(),
                r.retired(), r.version(), rights.mayKeep(actor));
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, String> snapshot(Resource r) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", r.kind().name());
        fields.put("name", r.name());
        fields.put("user", r.userId() == null ? "" : String.valueOf(r.userId()));
        fields.put("businessUnit", Objects.toString(r.businessUnit(), ""));
        fields.put("roles", String.join(", ", r.roles()));
        fields.put("skills", r.skills().stream().map(s -> s.skill() + " " + s.level())
                .collect(Collectors.joining(", ")));
        fields.put("hoursPerDay", r.hoursPerDay() == null ? "" : r.hoursPerDay().stripTrailingZeros().toPlainString());
        fields.put("fte", r.fte() == null ? "" : r.fte().stripTrailingZeros().toPlainString());
        fields.put("absences", r.absences().stream().map(a -> a.firstDay() + ".." + a.lastDay())
                .collect(Collectors.joining(", ")));
        fields.put("rates", r.rates().stream().map(x -> x.effectiveFrom() + " " + x.amount().stripTrailingZeros()
                .toPlainString() + " " + x.currency()).collect(Collectors.joining(", ")));
        fields.put("retired", String.valueOf(r.retired()));
        return fields;
    }
}
