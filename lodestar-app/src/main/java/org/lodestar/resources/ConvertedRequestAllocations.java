package org.lodestar.resources;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lodestar.intake.ConvertedRequests;
import org.lodestar.intake.ConvertedRequests.ConvertedDemand;
import org.lodestar.intake.Financials;
import org.lodestar.intake.RequestConverted;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.resources.internal.Allocation;
import org.lodestar.resources.internal.Allocations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A request converted into a project gives the project its first role allocations: each role's FTE in a quarter of
 * the request's own time line becomes a SOFT allocation of that FTE in each of the quarter's three months (as the
 * capacity what-if counts it), quarter 0 being the calendar quarter of the conversion (UTC), as finance's first
 * budget. Runs after intake's transaction committed, in its own, as the system (each allocation audited under
 * {@code system}, as every listener). Safe to hear twice: a project that already has an allocation gets none. A role
 * the pool does not know is skipped and logged (WARN, naming the request, project and role): allocations name known
 * roles only. An FTE above an allocation's 10 is split into several allocations of at most 10.
 */
@Component
class ConvertedRequestAllocations {

    private static final Logger log = LoggerFactory.getLogger(ConvertedRequestAllocations.class);
    /** The most FTE one allocation holds (the table's check). */
    static final BigDecimal MAX_FTE = BigDecimal.TEN;

    private final ConvertedRequests converted;
    private final ResourceAllocations service;
    private final Allocations allocations;
    private final ProjectRegistry projects;
    private final Clock clock;

    ConvertedRequestAllocations(ConvertedRequests converted, ResourceAllocations service, Allocations allocations,
                                ProjectRegistry projects, Clock clock) {
        this.converted = converted;
        this.service = service;
        this.allocations = allocations;
        this.projects = projects;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(RequestConverted event) {
        long project = event.project().value();
        ConvertedDemand request = converted.roleDemand(event.request()).orElse(null);
        if (request == null || request.project() != project) return;
        if (!projects.exists(event.project())) return; // deleted before the event was heard: nothing to allocate to
        if (!allocations.findByProjectOrderByMonthStartAscRoleAscIdAsc(project).isEmpty()) return; // heard before
        YearMonth conversion = YearMonth.from(request.convertedAt().atOffset(ZoneOffset.UTC));
        YearMonth first = conversion.minusMonths((conversion.getMonthValue() - 1) % 3);
        Set<String> known = service.knownRoles();
        Set<String> skipped = new TreeSet<>();
        Map<String, Map<YearMonth, BigDecimal>> asked = new TreeMap<>();
        for (Financials.Demand demand : request.demands()) {
            if (demand.fte() == null || demand.fte().signum() <= 0) continue;
            String role = demand.role().strip();
            if (!known.contains(role)) {
                skipped.add(role);
                continue;
            }
            YearMonth start = first.plusMonths(3L * demand.quarter());
            for (int m = 0; m < 3; m++) {
                asked.computeIfAbsent(role, r -> new TreeMap<>()).merge(start.plusMonths(m), demand.fte(),
                        BigDecimal::add);
            }
        }
        Instant now = Instant.now(clock);
        asked.forEach((role, months) -> months.forEach((month, fte) -> {
            for (BigDecimal rest = fte; rest.signum() > 0; rest = rest.subtract(MAX_FTE)) {
                service.created(Allocation.allocate(project, role, null, month.atDay(1), rest.min(MAX_FTE),
                        Booking.SOFT, now));
            }
        }));
        for (String role : skipped) {
            log.warn("Request {} converted into project {}: role \"{}\" is not in the resource pool, so its demand "
                    + "was not allocated", request.code(), project, role);
        }
    }
}
