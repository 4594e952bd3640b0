package org.lodestar.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.reporting.internal.ExcelPack;
import org.lodestar.reporting.internal.PdfFonts;
import org.lodestar.reporting.internal.PdfPack;
import org.lodestar.status.DashboardFilter;
import org.lodestar.status.DashboardView;
import org.lodestar.status.StatusDashboard;
import org.lodestar.status.StatusReports;
import org.lodestar.platform.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the steering-committee pack of a dashboard filter, as data for the page, as PDF and as an Excel workbook:
 * the same content in each. Rights are those of the dashboard and the reports it reads.
 */
@Service
public class SteeringPacks {

    /** Projects with a page of their own; a pack of a larger filter lists the rest in its heatmap only. */
    public static final int MAX_PAGES = 100;

    private final StatusDashboard dashboard;
    private final StatusReports reports;
    private final PortfolioRegistry portfolios;
    private final MessageSource messages;
    private final PdfFonts fonts;
    private final CurrentUser currentUser;

    SteeringPacks(StatusDashboard dashboard, StatusReports reports, PortfolioRegistry portfolios,
                  MessageSource messages, PdfFonts fonts, CurrentUser currentUser) {
        this.dashboard = dashboard;
        this.reports = reports;
        this.portfolios = portfolios;
        this.messages = messages;
        this.fonts = fonts;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public SteeringPack pack(DashboardFilter filter, Locale locale) {
        DashboardView view = dashboard.assemble(filter);
        List<SteeringPack.ProjectPage> pages = new ArrayList<>();
        for (DashboardView.HeatmapRow row : view.heatmap()) {
            if (pages.size() == MAX_PAGES) break;
            pages.add(new SteeringPack.ProjectPage(row, row.report() == null ? null : reports.get(row.report())));
        }
        return new SteeringPack(messages.getMessage("pack.title", null, locale), scope(filter, locale), view.today(),
                currentUser.actor().displayName(), locale, view, pages);
    }

    public void writePdf(SteeringPack pack, OutputStream out) throws IOException {
        new PdfPack(messages, fonts).write(pack, out);
    }

    public void writeExcel(SteeringPack pack, OutputStream out) throws IOException {
        new ExcelPack(messages).write(pack, out);
    }

    private String scope(DashboardFilter filter, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (filter.portfolioId() != null) parts.add(portfolios.portfolio(filter.portfolioId()).name());
        if (filter.programmeId() != null) parts.add(portfolios.programme(filter.programmeId()).name());
        if (filter.phase() != null) parts.add(messages.getMessage(filter.phase().messageKey(), null, locale));
        if (filter.state() != null) parts.add(messages.getMessage(filter.state().messageKey(), null, locale));
        return parts.isEmpty() ? messages.getMessage("pack.scope.all", null, locale) : String.join(" · ", parts);
    }
}
