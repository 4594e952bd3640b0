package org.lodestar.status.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.lodestar.portfolio.LifecyclePhase;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.status.DashboardFilter;
import org.lodestar.status.DashboardView;
import org.lodestar.status.Dimension;
import org.lodestar.status.RollupRule;
import org.lodestar.status.StatusDashboard;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The portfolio dashboard page. */
@Controller
class DashboardController {

    /** Heatmap rows a page shows, as many as the API's page by default. */
    static final int PAGE_ROWS = StatusApiController.HEATMAP_PAGE;

    private final StatusDashboard dashboard;
    private final PortfolioRegistry portfolios;
    private final MessageSource messages;

    DashboardController(StatusDashboard dashboard, PortfolioRegistry portfolios, MessageSource messages) {
        this.dashboard = dashboard;
        this.portfolios = portfolios;
        this.messages = messages;
    }

    @GetMapping("/status")
    String page(@ModelAttribute("filter") DashboardFilter filter, @RequestParam(defaultValue = "0") int page,
                Model model) {
        DashboardView view = dashboard.assemble(filter, Math.max(0, page), PAGE_ROWS);
        model.addAttribute("view", view);
        model.addAttribute("rows", view.heatmap());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("portfolios", portfolios.portfolios());
        model.addAttribute("programmes", portfolios.programmes(null));
        model.addAttribute("phases", LifecyclePhase.values());
        model.addAttribute("states", ProjectState.values());
        model.addAttribute("rules", RollupRule.values());
        model.addAttribute("links", new SortLinks(filter));
        model.addAttribute("trendData", ChartData.trend(view.trend(), Map.of("GREEN", text("rag.GREEN"),
                "AMBER", text("rag.AMBER"), "RED", text("rag.RED"))));
        model.addAttribute("stateData", ChartData.bars(
                view.byState().keySet().stream().map(state -> text(state.messageKey())).toList(),
                List.copyOf(view.byState().values())));
        model.addAttribute("phaseData", ChartData.bars(
                view.byPhase().keySet().stream().map(phase -> text(phase.messageKey())).toList(),
                List.copyOf(view.byPhase().values())));
        model.addAttribute("moneyData", ChartData.money(view.totals(), Arrays.asList(text("status.money.budget"),
                text("status.money.actual"), text("status.money.forecast"))));
        return "status/dashboard";
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** Links that sort the heatmap, keeping the filter; a second click on a column flips its order. */
    record SortLinks(DashboardFilter filter) {
        public String sortBy(String column) {
            boolean flip = column.equals(filter.sort()) && filter.descending();
            return link(column, !flip).toString();
        }

        /** Another page of the heatmap in the same order. */
        public String page(int page) {
            return link(filter.sort(), filter.descending()).append("&page=").append(page).toString();
        }

        private StringBuilder link(String sort, boolean descending) {
            StringBuilder url = new StringBuilder("/status?sort=").append(sort).append("&descending=").append(descending);
            if (filter.portfolioId() != null) url.append("&portfolioId=").append(filter.portfolioId());
            if (filter.programmeId() != null) url.append("&programmeId=").append(filter.programmeId());
            if (filter.phase() != null) url.append("&phase=").append(filter.phase());
            if (filter.state() != null) url.append("&state=").append(filter.state());
            url.append("&rule=").append(filter.rule());
            return url;
        }

        public String ariaSort(String column) {
            if (!column.equals(filter.sort())) return null;
            return filter.descending() ? "descending" : "ascending";
        }
    }
}
