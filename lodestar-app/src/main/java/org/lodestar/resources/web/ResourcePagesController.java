package org.lodestar.resources.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.lodestar.intake.PortfolioScenarios;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.RuleException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.resources.PersonWeeks;
import org.lodestar.resources.ResourceAllocations;
import org.lodestar.resources.ResourceCommand;
import org.lodestar.resources.ResourceKind;
import org.lodestar.resources.ResourcePool;
import org.lodestar.resources.ResourceRights;
import org.lodestar.resources.ResourceView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Resources pages: the pool (its people, roles, business unit and capacity; resource managers register and
 * retire there), the role × month heatmap with its filters, drill-down and what-if, and the person × week view.
 * Rates, absences, skills and capacity changes are the API's (not on these pages yet).
 */
@Controller
class ResourcePagesController implements AuthorisedFirst {

    private final ResourcePool pool;
    private final ResourceAllocations allocations;
    private final ResourceRights rights;
    private final PortfolioRegistry portfolios;
    private final PortfolioScenarios scenarios;
    private final CurrentUser currentUser;

    ResourcePagesController(ResourcePool pool, ResourceAllocations allocations, ResourceRights rights,
                            PortfolioRegistry portfolios, PortfolioScenarios scenarios, CurrentUser currentUser) {
        this.pool = pool;
        this.allocations = allocations;
        this.rights = rights;
        this.portfolios = portfolios;
        this.scenarios = scenarios;
        this.currentUser = currentUser;
    }

    /** The filters of the capacity views, as typed (shown back in the form and carried by the cells' links). */
    record Filters(String from, String to, Long portfolioId, Long programmeId, String businessUnit, Long scenarioId) {
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        switch (handler) {
            case "poolPage", "capacityPage", "causesPage", "peoplePage", "personWeekPage" -> rights.requireRead();
            case "register", "retire" -> rights.requireKeep();
            default -> { }
        }
    }

    @GetMapping("/resources")
    String poolPage(Model model) {
        model.addAttribute("tab", "pool");
        model.addAttribute("resources", pool.list(false));
        model.addAttribute("keeps", rights.mayKeep(currentUser.actor()));
        model.addAttribute("kinds", ResourceKind.values());
        if (!model.containsAttribute("typed")) model.addAttribute("typed", new Typed("PERSON", "", "", "", ""));
        return "resources/pool";
    }

    /** The register form as typed. */
    record Typed(String kind, String name, String businessUnit, String roles, String fte) {
    }

    @PostMapping("/resources")
    String register(@RequestParam(required = false) String kind, @RequestParam(required = false) String name,
                    @RequestParam(required = false) String businessUnit, @RequestParam(required = false) String roles,
                    @RequestParam(required = false) String fte, Model model) {
        Typed typed = new Typed(kind, name, businessUnit, roles, fte);
        return act(model, typed, () -> {
            InvalidInputException.Collector problems = new InvalidInputException.Collector();
            ResourceKind resourceKind = null;
            try {
                resourceKind = kind == null || kind.isBlank() ? null : ResourceKind.valueOf(kind);
            } catch (IllegalArgumentException unknown) {
                problems.add("kind", "resources.kind.required");
            }
            BigDecimal share = null;
            if (fte != null && !fte.isBlank()) {
                try {
                    share = new BigDecimal(fte.strip().replace(',', '.'));
                } catch (NumberFormatException notANumber) {
                    problems.add("fte", "resources.page.number", fte.strip());
                }
            }
            problems.throwIfAny();
            List<String> roleList = roles == null ? List.of() : Arrays.stream(roles.split(","))
                    .map(String::strip).filter(r -> !r.isEmpty()).toList();
            pool.register(new ResourceCommand(resourceKind, name, null, businessUnit, roleList, List.of(), null,
                    share, null));
        });
    }

    @PostMapping("/resources/{id}/retire")
    String retire(@PathVariable long id, @RequestParam(required = false) Long version, Model model) {
        return act(model, null, () -> pool.retire(id, version));
    }

    /** Takes the act and goes back to the pool; a refusal is shown there with what was typed. */
    private String act(Model model, Typed typed, Runnable act) {
        try {
            act.run();
            return "redirect:/resources";
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        } catch (RuleException refused) {
            model.addAttribute("refused", refused);
        }
        if (typed != null) model.addAttribute("typed", typed);
        return poolPage(model);
    }

    @GetMapping("/resources/capacity")
    String capacityPage(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        @RequestParam(required = false) Long portfolioId,
                        @RequestParam(required = false) Long programmeId,
                        @RequestParam(required = false) String businessUnit,
                        @RequestParam(required = false) Long scenarioId, Model model) {
        Filters filters = new Filters(blank(from), blank(to), portfolioId, programmeId, blank(businessUnit), scenarioId);
        boolean readsScenarios = OrganisationAct.READ_SCENARIOS.allows(currentUser.actor());
        model.addAttribute("scenarios", readsScenarios ? scenarios.all() : List.of());
        shown(model, "capacity", filters, () -> allocations.roleHeatmap(month(filters.from(), "from"),
                month(filters.to(), "to"), portfolioId, programmeId, filters.businessUnit(),
                readsScenarios ? scenarioId : null), "heatmap");
        return "resources/capacity";
    }

    @GetMapping("/resources/capacity/causes")
    String causesPage(@RequestParam(required = false) String role, @RequestParam(required = false) String month,
                      @RequestParam(required = false) Long portfolioId,
                      @RequestParam(required = false) Long programmeId, Model model) {
        model.addAttribute("tab", "capacity");
        model.addAttribute("role", role);
        model.addAttribute("month", month);
        model.addAttribute("portfolioId", portfolioId);
        model.addAttribute("programmeId", programmeId);
        try {
            model.addAttribute("causes", allocations.causes(role, month(blank(month), "month"), portfolioId,
                    programmeId));
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
            model.addAttribute("causes", List.of());
        }
        return "resources/causes";
    }

    /** People per page of the person × week view: a pool of thousands would be a page of tens of megabytes. */
    static final int PEOPLE_PAGE = 100;

    @GetMapping("/resources/people")
    String peoplePage(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) Long portfolioId,
                      @RequestParam(required = false) Long programmeId,
                      @RequestParam(required = false) String businessUnit,
                      @RequestParam(defaultValue = "0") int page, Model model) {
        Filters filters = new Filters(blank(from), blank(to), portfolioId, programmeId, blank(businessUnit), null);
        shown(model, "people", filters, () -> allocations.personWeeks(day(filters.from(), "from"),
                day(filters.to(), "to"), portfolioId, programmeId, filters.businessUnit()), "weeks");
        if (model.getAttribute("weeks") instanceof PersonWeeks all) {
            int people = all.rows().size();
            int pages = Math.max(1, (people + PEOPLE_PAGE - 1) / PEOPLE_PAGE);
            int shown = Math.min(Math.max(0, page), pages - 1);
            model.addAttribute("weeks", all.page(shown, PEOPLE_PAGE));
            model.addAttribute("peoplePage", new PeoplePage(shown, pages, people,
                    peopleLink(filters, shown - 1), peopleLink(filters, shown + 1)));
        }
        return "resources/people";
    }

    /** Page {@code page} (from 0) of {@code pages}, of {@code people} rows in all, with its neighbours' links. */
    record PeoplePage(int page, int pages, int people, String previous, String next) {

        public int first() {
            return Math.min(people, page * PEOPLE_PAGE + 1);
        }

        public int last() {
            return Math.min(people, (page + 1) * PEOPLE_PAGE);
        }
    }

    private static String peopleLink(Filters filters, int page) {
        return UriComponentsBuilder.fromPath("/resources/people")
                .queryParamIfPresent("from", Optional.ofNullable(filters.from()))
                .queryParamIfPresent("to", Optional.ofNullable(filters.to()))
                .queryParamIfPresent("portfolioId", Optional.ofNullable(filters.portfolioId()))
                .queryParamIfPresent("programmeId", Optional.ofNullable(filters.programmeId()))
                .queryParamIfPresent("businessUnit", Optional.ofNullable(filters.businessUnit()))
                .queryParam("page", page).encode().build().toUriString();
    }

    /** The drill-down of a person × week cell: the projects and tasks behind it. */
    @GetMapping("/resources/{id}/demand")
    String personWeekPage(@PathVariable long id, @RequestParam(required = false) String week,
                          @RequestParam(required = false) Long portfolioId,
                          @RequestParam(required = false) Long programmeId, Model model) {
        model.addAttribute("tab", "people");
        model.addAttribute("portfolioId", portfolioId);
        model.addAttribute("programmeId", programmeId);
        try {
            model.addAttribute("demand", allocations.personWeekDemand(id, day(blank(week), "week"), portfolioId,
                    programmeId));
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
        }
        return "resources/person-week";
    }

    /** The view's figures, or the problems of its filters; and the filters' choices. */
    private void shown(Model model, String tab, Filters filters, Supplier<Object> view, String name) {
        model.addAttribute("tab", tab);
        model.addAttribute("filters", filters);
        model.addAttribute("portfolios", portfolios.portfolios());
        model.addAttribute("programmes", portfolios.programmes(null));
        model.addAttribute("businessUnits", pool.list(false).stream().map(ResourceView::businessUnit)
                .filter(Objects::nonNull).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        try {
            model.addAttribute(name, view.get());
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
        }
    }

    private static YearMonth month(String text, String field) {
        if (text == null) return null;
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException notAMonth) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem(field,
                    "resources.page.month", new Object[] {text}, null)));
        }
    }

    private static LocalDate day(String text, String field) {
        if (text == null) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADay) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem(field,
                    "resources.page.day", new Object[] {text}, null)));
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
