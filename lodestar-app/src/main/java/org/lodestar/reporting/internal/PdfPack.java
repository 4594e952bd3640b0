package org.lodestar.reporting.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.lodestar.engine.health.Rag;
import org.lodestar.reporting.SteeringPack;
import org.lodestar.status.DashboardView;
import org.lodestar.status.Dimension;
import org.lodestar.status.MilestoneLine;
import org.lodestar.status.RegisterLine;
import org.lodestar.status.ReportView;
import org.springframework.context.MessageSource;

/**
 * The pack as a PDF (OpenPDF): a cover, the portfolio summary with its heatmap, then a page per project with its
 * ratings, narrative, milestones and key risks. All its text is set in the one embedded font of {@link PdfFonts},
 * which covers Latin, Japanese and Korean; without it, in the standard (not embedded, Latin-only) Helvetica, and a
 * pack asked for in Japanese or Korean is then labelled in English.
 */
public class PdfPack {

    private static final Set<String> LATIN = Set.of("en", "fr");
    private static final Color GREEN = new Color(0xd7, 0xf0, 0xdf);
    private static final Color AMBER = new Color(0xfc, 0xec, 0xc8);
    private static final Color RED = new Color(0xf8, 0xd5, 0xd2);
    private static final Color NONE = new Color(0xee, 0xf0, 0xf4);

    private final MessageSource messages;
    private final boolean unicode;
    private final Font title;
    private final Font heading;
    private final Font bold;
    private final Font body;

    public PdfPack(MessageSource messages, PdfFonts fonts) {
        this.messages = messages;
        Optional<BaseFont> font = fonts.unicode();
        this.unicode = font.isPresent();
        this.title = font(font, 22, true);
        this.heading = font(font, 14, true);
        this.bold = font(font, 9, true);
        this.body = font(font, 9, false);
    }

    /** The embedded font has no bold face: OpenPDF draws its bold by stroking the outlines as well as filling them. */
    private static Font font(Optional<BaseFont> embedded, float size, boolean bold) {
        return embedded.map(font -> new Font(font, size, bold ? Font.BOLD : Font.NORMAL))
                .orElseGet(() -> FontFactory.getFont(bold ? FontFactory.HELVETICA_BOLD : FontFactory.HELVETICA, size));
    }

    public void write(SteeringPack pack, OutputStream out) throws IOException {
        Locale locale = unicode || LATIN.contains(pack.locale().getLanguage()) ? pack.locale() : Locale.ENGLISH;
        PackLabels labels = new PackLabels(messages, locale);
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onEndPage(PdfWriter page, Document pages) {
                    ColumnText.showTextAligned(page.getDirectContent(), Element.ALIGN_CENTER,
                            new Phrase(labels.text("pack.page", page.getPageNumber()), body),
                            (pages.left() + pages.right()) / 2, pages.bottom() - 20, 0);
                }
            });
            document.addTitle(labels.text("pack.title"));
            document.addCreator("Lodestar");
            document.open();
            cover(document, pack, labels);
            document.newPage();
            summary(document, pack, labels);
            for (SteeringPack.ProjectPage page : pack.pages()) {
                document.newPage();
                project(document, page, labels);
            }
            document.close();
        } catch (DocumentException failed) {
            throw new IOException("could not write the pack as PDF", failed);
        }
    }

    /** What the pack is, for whom and of what: the portfolio or filter, the reports' periods, when and by whom. */
    private void cover(Document document, SteeringPack pack, PackLabels labels) {
        Paragraph name = new Paragraph(labels.text("pack.title"), title);
        name.setSpacingBefore(120);
        name.setAlignment(Element.ALIGN_CENTER);
        document.add(name);
        Paragraph scope = new Paragraph(pack.scope(), heading);
        scope.setAlignment(Element.ALIGN_CENTER);
        document.add(scope);
        Paragraph purpose = new Paragraph(labels.text("pack.purpose"), body);
        purpose.setSpacingBefore(18);
        purpose.setAlignment(Element.ALIGN_CENTER);
        document.add(purpose);
        String periods = pack.periods().map(range -> range[0].equals(range[1])
                        ? labels.text("pack.period", labels.date(range[0]))
                        : labels.text("pack.periods", labels.date(range[0]), labels.date(range[1])))
                .orElse(labels.text("pack.noReports"));
        for (String line : List.of(periods, labels.text("pack.date", labels.date(pack.date())),
                labels.text("pack.author", pack.author()))) {
            Paragraph paragraph = new Paragraph(line, body);
            paragraph.setAlignment(Element.ALIGN_CENTER);
            document.add(paragraph);
        }
    }

    private void summary(Document document, SteeringPack pack, PackLabels labels) {
        DashboardView view = pack.dashboard();
        document.add(new Paragraph(labels.text("pack.summary"), heading));
        document.add(new Paragraph(labels.text("pack.summaryLine", view.projects(), labels.rag(view.rollup().value()),
                labels.text(view.rollup().rule().messageKey()), view.discrepancies(), view.missing().size()), body));
        if (view.healthAsOf() != null) {
            document.add(new Paragraph(labels.text("status.health.asOf", labels.dateTime(view.healthAsOf())), body));
        }
        for (DashboardView.Totals totals : view.totals()) {
            document.add(new Paragraph(labels.text("status.money.budget") + ": "
                    + labels.money(totals.budget(), totals.currency()) + " · " + labels.text("status.money.actual")
                    + ": " + labels.money(totals.actual(), totals.currency()) + " · "
                    + labels.text("status.money.forecast") + ": " + labels.money(totals.forecast(), totals.currency()),
                    body));
        }
        document.add(new Paragraph(" ", body));
        PdfPTable heatmap = new PdfPTable(10);
        heatmap.setWidthPercentage(100);
        heatmap.setHeaderRows(1);
        heatmap.setWidths(new float[] {8, 22, 7, 7, 7, 7, 7, 7, 7, 9});
        header(heatmap, labels.text("project.code"), labels.text("project.name"), labels.text("status.overall"));
        for (Dimension dimension : Dimension.values()) header(heatmap, labels.text(dimension.messageKey()));
        header(heatmap, labels.text("status.computed"));
        for (DashboardView.HeatmapRow row : view.heatmap()) {
            heatmap.addCell(cell(row.code(), null));
            heatmap.addCell(cell(row.name(), null));
            heatmap.addCell(rag(row.overall(), labels));
            for (Dimension dimension : Dimension.values()) heatmap.addCell(rag(row.rating(dimension), labels));
            PdfPCell computed = rag(row.computed(), labels);
            if (row.discrepancy()) computed.setPhrase(new Phrase(labels.rag(row.computed()) + " !", bold));
            heatmap.addCell(computed);
        }
        document.add(heatmap);
    }

    private void project(Document document, SteeringPack.ProjectPage page, PackLabels labels) {
        DashboardView.HeatmapRow row = page.row();
        document.add(new Paragraph(row.code() + " " + row.name(), heading));
        ReportView report = page.report();
        if (report == null) {
            document.add(new Paragraph(labels.text("pack.noReport"), body));
            return;
        }
        document.add(new Paragraph(labels.text("pack.reportLine", labels.date(report.periodEnd()),
                labels.rag(report.overall().rag()), labels.rag(report.computed())), body));
        if (report.discrepancy()) document.add(new Paragraph(labels.text("status.health.discrepancy"), bold));
        PdfPTable ratings = new PdfPTable(3);
        ratings.setWidthPercentage(100);
        ratings.setWidths(new float[] {15, 10, 75});
        header(ratings, labels.text("status.dimension"), labels.text("status.rating"), labels.text("status.comment"));
        ratings.addCell(cell(labels.text("status.overall"), null));
        ratings.addCell(rag(report.overall().rag(), labels));
        ratings.addCell(cell(PackLabels.orEmpty(report.overall().comment()), null));
        for (Dimension dimension : Dimension.values()) {
            ratings.addCell(cell(labels.text(dimension.messageKey()), null));
            ratings.addCell(rag(report.rating(dimension).rag(), labels));
            ratings.addCell(cell(PackLabels.orEmpty(report.rating(dimension).comment()), null));
        }
        document.add(ratings);
        for (String field : new String[] {"accomplishments", "nextSteps", "decisions", "keyRisks"}) {
            String text = switch (field) {
                case "accomplishments" -> report.accomplishments();
                case "nextSteps" -> report.nextSteps();
                case "decisions" -> report.decisions();
                default -> report.keyRisks();
            };
            document.add(new Paragraph(labels.text("status." + field), bold));
            document.add(new Paragraph(text == null ? "-" : text, body));
        }
        if (!report.register().isEmpty()) {
            document.add(new Paragraph(labels.text("raid.report.frozen"), bold));
            PdfPTable register = new PdfPTable(4);
            register.setWidthPercentage(100);
            register.setWidths(new float[] {12, 58, 15, 15});
            header(register, labels.text("raid.report.kind"), labels.text("raid.risk.title"),
                    labels.text("raid.report.rating"), labels.text("raid.report.owner"));
            for (RegisterLine line : report.register()) {
                register.addCell(cell(labels.text("raid.report.kind." + line.kind()), null));
                register.addCell(cell(line.title(), null));
                register.addCell(cell(line.kind().equals("ISSUE") ? labels.text("raid.priority." + line.rating())
                        : line.rating(), null));
                register.addCell(cell(line.owner() == null ? "-" : line.owner(), null));
            }
            document.add(register);
        }
        if (!report.milestones().isEmpty()) {
            document.add(new Paragraph(labels.text("status.milestones"), bold));
            PdfPTable milestones = new PdfPTable(4);
            milestones.setWidthPercentage(70);
            milestones.setHorizontalAlignment(Element.ALIGN_LEFT);
            header(milestones, labels.text("status.milestone.name"), labels.text("status.milestone.due"),
                    labels.text("status.milestone.forecast"), labels.text("status.milestone.done"));
            for (MilestoneLine line : report.milestones()) {
                milestones.addCell(cell(line.name(), null));
                milestones.addCell(cell(labels.date(line.due()), null));
                milestones.addCell(cell(labels.date(line.forecast()), null));
                milestones.addCell(cell(line.done() ? labels.text("value.yes") : labels.text("value.no"), null));
            }
            document.add(milestones);
        }
    }

    private void header(PdfPTable table, String... texts) {
        for (String text : texts) table.addCell(cell(text, NONE, bold));
    }

    private PdfPCell rag(Rag rag, PackLabels labels) {
        Color color = rag == null ? NONE : switch (rag) {
            case GREEN -> GREEN;
            case AMBER -> AMBER;
            case RED -> RED;
        };
        return cell(labels.rag(rag), color);
    }

    private PdfPCell cell(String text, Color background) {
        return cell(text, background, body);
    }

    private static PdfPCell cell(String text, Color background, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        if (background != null) cell.setBackgroundColor(background);
        return cell;
    }
}
