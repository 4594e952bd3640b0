package org.lodestar.resources.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lodestar.platform.ConflictException;
import org.lodestar.resources.ResourceKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A resource of the pool. It changes only through its acts: {@link #register}, {@link #describe} (name, business
 * unit, roles, skills), {@link #changeCapacity}, {@link #setRate}, {@link #recordAbsence} and {@link #retire}; a
 * retired resource takes no more acts. Its rules: the hours of its day ({@link #dailyHours}), its capacity over a
 * period net of non-working days and absences ({@link #capacityHours}) and the rate in force on a date
 * ({@link #rateOn}).
 */
@Table("resource")
public class Resource {

    @Id
    private Long id;
    private String kind;
    private String name;
    @Column("user_id")
    private Long userId;
    private String businessUnit;
    private BigDecimal hoursPerDay;
    private BigDecimal fte;
    private boolean retired;
    @MappedCollection(idColumn = "resource")
    private Set<ResourceRole> roles = new LinkedHashSet<>();
    @MappedCollection(idColumn = "resource")
    private Set<ResourceSkill> skills = new LinkedHashSet<>();
    @MappedCollection(idColumn = "resource")
    private Set<ResourceAbsence> absences = new LinkedHashSet<>();
    @MappedCollection(idColumn = "resource")
    private Set<ResourceRate> rates = new LinkedHashSet<>();
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    Resource() {
    }

    /** A resource as stored, with its collections: for {@link WholePool}, which reads the pool in bulk. */
    static Resource loaded(long id, String kind, String name, Long userId, String businessUnit, BigDecimal hoursPerDay,
                           BigDecimal fte, boolean retired, long version, Instant createdAt, Instant updatedAt,
                           Set<ResourceRole> roles, Set<ResourceSkill> skills, Set<ResourceAbsence> absences,
                           Set<ResourceRate> rates) {
        Resource resource = new Resource();
        resource.id = id;
        resource.kind = kind;
        resource.name = name;
        resource.userId = userId;
        resource.businessUnit = businessUnit;
        resource.hoursPerDay = hoursPerDay;
        resource.fte = fte;
        resource.retired = retired;
        resource.version = version;
        resource.createdAt = createdAt;
        resource.updatedAt = updatedAt;
        resource.roles = roles;
        resource.skills = skills;
        resource.absences = absences;
        resource.rates = rates;
        return resource;
    }

    /**
     * A new resource of the pool. Capacity is {@code hoursPerDay} when given, else {@code fte} of the organisation
     * calendar's day (1 FTE when neither is given); only people and generic roles have one.
     */
    public static Resource register(ResourceKind kind, String name, Long userId, String businessUnit,
                                    Collection<String> roles, Map<String, Integer> skills, BigDecimal hoursPerDay,
                                    BigDecimal fte, Instant now) {
        Resource resource = new Resource();
        resource.kind = kind.name();
        resource.userId = kind == ResourceKind.PERSON ? userId : null;
        resource.createdAt = now;
        resource.describe(name, businessUnit, roles, skills, now);
        resource.capacity(hoursPerDay, fte);
        return resource;
    }

    public void describe(String name, String businessUnit, Collection<String> roles, Map<String, Integer> skills,
                         Instant now) {
        requireActive("describe");
        this.name = name;
        this.businessUnit = businessUnit;
        this.roles = new LinkedHashSet<>();
        roles.forEach(role -> this.roles.add(new ResourceRole(role)));
        this.skills = new LinkedHashSet<>();
        skills.forEach((skill, level) -> this.skills.add(new ResourceSkill(skill, level)));
        updatedAt = now;
    }

    public void changeCapacity(BigDecimal hoursPerDay, BigDecimal fte, Instant now) {
        requireActive("change capacity");
        capacity(hoursPerDay, fte);
        updatedAt = now;
    }

    /** Sets the rate in force from its date (replacing one from the same date). */
    public void setRate(ResourceRate rate, Instant now) {
        requireActive("set a rate");
        rates.removeIf(r -> r.effectiveFrom().equals(rate.effectiveFrom()));
        rates.add(rate);
        updatedAt = now;
    }

    /** Records days off; the caller has checked that they overlap none recorded ({@link #overlaps}). */
    public void recordAbsence(ResourceAbsence absence, Instant now) {
        requireActive("record an absence");
        absences.add(absence);
        updatedAt = now;
    }

    public void retire(Instant now) {
        requireActive("retire");
        retired = true;
        updatedAt = now;
    }

    /** Whether the days overlap an absence already recorded. */
    public boolean overlaps(LocalDate firstDay, LocalDate lastDay) {
        return absences.stream().anyMatch(a -> !firstDay.isAfter(a.lastDay()) && !lastDay.isBefore(a.firstDay()));
    }

    /** The hours of one working day: its own, else its FTE of the calendar's day; none for material and cost. */
    public double dailyHours(WorkWeek week) {
        if (!kind().works()) return 0;
        if (hoursPerDay != null) return hoursPerDay.doubleValue();
        return (fte == null ? 1 : fte.doubleValue()) * week.hoursPerDay();
    }

    /**
     * The hours it can work from {@code from} to {@code to} (both included): its day's hours on each working day
     * of the calendar on which it is not absent. A retired resource has none.
     */
    public double capacityHours(LocalDate from, LocalDate to, WorkWeek week) {
        if (retired || to.isBefore(from)) return 0;
        return capacityHours(WorkingDays.of(from, to, week), week);
    }

    /** {@link #capacityHours(LocalDate, LocalDate, WorkWeek)} over working days worked out once for many people. */
    public double capacityHours(WorkingDays working, WorkWeek week) {
        if (retired) return 0;
        double perDay = dailyHours(week);
        if (perDay == 0) return 0;
        int days = 0;
        for (LocalDate day : working.days()) if (!absent(day)) days++;
        return days * perDay;
    }

    private boolean absent(LocalDate day) {
        for (ResourceAbsence absence : absences) if (absence.covers(day)) return true;
        return false;
    }

    /** The rate in force on the day: the latest one effective on or before it. */
    public Optional<ResourceRate> rateOn(LocalDate day) {
        return rates.stream().filter(rate -> !rate.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(ResourceRate::effectiveFrom));
    }

    private void capacity(BigDecimal hoursPerDay, BigDecimal fte) {
        boolean works = kind().works();
        this.hoursPerDay = works ? hoursPerDay : null;
        this.fte = works && hoursPerDay == null ? (fte == null ? BigDecimal.ONE : fte) : null;
    }

    private void requireActive(String act) {
        if (retired) {
            throw new ConflictException("resources.retired", new Object[] {name},
                    Map.of("act", act), "resource " + id + " is retired: it cannot " + act);
        }
    }

    public Long id() { return id; }
    public ResourceKind kind() { return ResourceKind.valueOf(kind); }
    public String name() { return name; }
    public Long userId() { return userId; }
    public String businessUnit() { return businessUnit; }
    public BigDecimal hoursPerDay() { return hoursPerDay; }
    public BigDecimal fte() { return fte; }
    public boolean retired() { return retired; }
    public List<String> roles() { return roles.stream().map(ResourceRole::role).sorted().toList(); }
    public List<ResourceSkill> skills() {
        return skills.stream().sorted(Comparator.comparing(ResourceSkill::skill)).toList();
    }
    public List<ResourceAbsence> absences() {
        return absences.stream().sorted(Comparator.comparing(ResourceAbsence::firstDay)).toList();
    }
    public List<ResourceRate> rates() {
        return rates.stream().sorted(Comparator.comparing(ResourceRate::effectiveFrom)).toList();
    }
    public long version() { return version == null ? 0 : version; }
}
