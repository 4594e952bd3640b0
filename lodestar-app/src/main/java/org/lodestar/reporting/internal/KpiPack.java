package org.lodestar.reporting.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lodestar.performance.KpiUnit;
import org.lodestar.performance.KpiView;
import org.springframework.context.MessageSource;

/**
 * The KPI pack: one line per KPI (its name, latest value, unit, rating, the month before and the target), as a PDF
 * page (in the embedded font of {@link PdfFonts} when there is one, else Latin text only and a Japanese or Korean pack
 * labelled in English, like the steering pack) or an Excel sheet (numbers as numbers).
 */
public class KpiPack {

    private static final Set<String> LATIN = Set.of("en", "fr");

    private final MessageSource messages;
    private final Optional<BaseFont> font;

    public KpiPack(MessageSource messages, PdfFonts fonts) {
        this.messages = messages;
        this.font = fonts.unicode();
    }

    public void writePdf(List<KpiView> kpis, LocalDate date, Locale asked, OutputStream out) throws IOException {
        Locale locale = font.isPresent() || LATIN.contains(asked.getLanguage()) ? asked : Locale.ENGLISH;
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(text("performance.kpis.title", locale) + " · " + date, font(16, true)));
            PdfPTable table = new PdfPTable(new float[] {4, 1.4f, 1.4f, 1.4f, 1.4f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            for (String head : headers(locale)) table.addCell(new Phrase(head, font(9, true)));
            for (KpiView kpi : kpis) {
                table.addCell(new Phrase(name(kpi, locale), font(9, false)));
                table.addCell(new Phrase(value(kpi.latest(), kpi.unit(), locale), font(9, false)));
                table.addCell(new Phrase(kpi.rating() == null ? "" : text("performance.rating." + kpi.rating(), locale), font(9, false)));
                table.addCell(new Phrase(value(before(kpi), kpi.unit(), locale), font(9, false)));
                table.addCell(new Phrase(value(kpi.target(), kpi.unit(), locale), font(9, false)));
            }
            document.add(table);
        } catch (DocumentException failed) {
            throw new IOException(failed);
        } finally {
            document.close();
        }
    }

    public void writeExcel(List<KpiView> kpis, LocalDate date, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(date.toString());
            Row head = sheet.createRow(0);
            List<String> headers = headers(locale);
            for (int i = 0; i < headers.size(); i++) head.createCell(i).setCellValue(headers.get(i));
            int r = 1;
            for (KpiView kpi : kpis) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(name(kpi, locale));
                number(row, 1, kpi.latest());
                row.createCell(2).setCellValue(kpi.rating() == null ? "" : text("performance.rating." + kpi.rating(), locale));
                number(row, 3, before(kpi));
                number(row, 4, kpi.target());
            }
            sheet.setColumnWidth(0, 40 * 256);
            book.write(out);
        }
    }

    private List<String> headers(Locale locale) {
        return List.of(text("pack.kpi.kpi", locale), text("pack.kpi.latest", locale), text("pack.kpi.rating", locale),
                text("pack.kpi.before", locale), text("performance.kpi.field.target", locale));
    }

    /** The name as the reader reads it: a shipped KPI's in their language, a custom one's as the PMO wrote it. */
    private String name(KpiView kpi, Locale locale) {
        return kpi.shipped() ? text("performance.kpi." + kpi.code() + ".name", locale) : kpi.name();
    }

    private static Double before(KpiView kpi) {
        return kpi.history().size() < 2 ? null : kpi.history().get(kpi.history().size() - 2).value();
    }

    private static void number(Row row, int column, Double value) {
        if (value != null) row.createCell(column).setCellValue(value);
    }

    private String value(Double value, KpiUnit unit, Locale locale) {
        if (value == null) return "–";
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(unit == KpiUnit.RATIO ? 2 : 1, RoundingMode.HALF_UP);
        return java.text.NumberFormat.getNumberInstance(locale).format(rounded) + " " + text(unit.messageKey(), locale);
    }

    private Font font(float size, boolean bold) {
        return font.map(f -> new Font(f, size, bold ? Font.BOLD : Font.NORMAL))
                .orElseGet(() -> FontFactory.getFont(bold ? FontFactory.HELVETICA_BOLD : FontFactory.HELVETICA, size));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
