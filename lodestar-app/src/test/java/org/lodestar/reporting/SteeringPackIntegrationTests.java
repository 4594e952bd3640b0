package org.lodestar.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.status.StatusFixtures.act;
import static org.lodestar.status.StatusFixtures.activeProjectOfPm;
import static org.lodestar.status.StatusFixtures.completeReport;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.People;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/** The steering-committee pack, read back: the PDF with PDFBox, the workbook with POI. */
class SteeringPackIntegrationTests extends PageTestSupport {

    @Autowired
    People people;

    private String code;
    private LocalDate period;
    private long programme;

    @BeforeEach
    void aProjectWithAPublishedReport() {
        long project = activeProjectOfPm(port, people, "Pack project", 300_000);
        JsonNode view = Api.as(port, "pm").get("/api/v1/projects/" + project).json();
        code = view.get("code").asString();
        Api pm = Api.as(port, "pm");
        assertThat(pm.post("/api/v1/projects/" + project + "/risks", """
                {"kind": "THREAT", "title": "Registered supplier default", "category": "Supply", "probability": 5,
                 "impact": 4}
                """).status()).isEqualTo(201);
        JsonNode draft = pm.post("/api/v1/projects/" + project + "/status-reports", "{}").json();
        long id = draft.get("id").asLong();
        var body = completeReport("AMBER", draft.get("version").asLong());
        body.put("keyRisks", "Vendor insolvency");
        JsonNode saved = pm.put("/api/v1/status-reports/" + id, json(body)).json();
        period = LocalDate.parse(saved.get("periodEnd").asString());
        JsonNode submitted = pm.post("/api/v1/status-reports/" + id + "/submit", act(saved.get("version").asLong(), null)).json();
        Api.as(port, "pmo").post("/api/v1/status-reports/" + id + "/publish", act(submitted.get("version").asLong(), null));
    }

    @Test
    void thePdfHasACoverASummaryAndAPagePerProject() throws Exception {
        MockHttpServletResponse response = download("/status/pack.pdf?portfolioId=1", Locale.FRENCH);

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            JsonNode dashboard = Api.as(port, "pmo").get("/api/v1/status/dashboard?portfolioId=1").json();
            int pages = Math.min(dashboard.get("heatmapPage").get("rows").asInt(), SteeringPacks.MAX_PAGES);
            assertThat(pdf.getNumberOfPages()).as("cover, summary (may run over) and one page per project")
                    .isGreaterThanOrEqualTo(2 + pages);
            assertThat(text).contains("Dossier du comité de pilotage", "Synthèse du portefeuille", code,
                    "Pack project", "Vendor insolvency", "Design approved", "Registered supplier default");
            // A font left to the reader's viewer is replaced by one of other widths, and the glyphs placed at
            // Helvetica's widths drift apart: the code showed as "PRJ -0014" in the heatmap. Embedded, it is whole.
            assertThat(text).contains(code + " Pack project");
            String pmo = people.all().stream().filter(p -> p.username().equals("pmo")).findFirst().orElseThrow()
                    .displayName();
            String cover = new PDFTextStripper() {{ setEndPage(1); }}.getText(pdf);
            assertThat(cover).as("the cover says what, of what, when and by whom").contains("Pour le comité de pilotage",
                    "Préparé par " + pmo, "Rapports de", "Page 1");
            assertThat(text).as("French groups the digits of amounts, which the PDF keeps")
                    .containsPattern("Budget: \\d{1,3}( \\d{3})+ €").contains("Page " + pdf.getNumberOfPages());
            assertEveryFontIsEmbedded(pdf);
        }
    }

    @Test
    void theJapaneseAndKoreanPdfsAreLabelledInTheirLanguage() throws Exception {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.KOREAN}) {
            MockHttpServletResponse response = download("/status/pack.pdf?portfolioId=1", locale);
            try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
                String text = new PDFTextStripper().getText(pdf);
                if (locale.equals(Locale.JAPANESE)) {
                    assertThat(text).contains("運営委員会資料", "ポートフォリオの概要", "主なリスクと課題");
                } else {
                    assertThat(text).contains("운영위원회 자료", "포트폴리오 요약", "주요 위험 및 이슈");
                }
                assertThat(text).as("a pack in %s", locale).contains(code + " Pack project", "Vendor insolvency")
                        .doesNotContain("Steering-committee pack", "Portfolio summary");
                assertEveryFontIsEmbedded(pdf);
            }
        }
    }

    private static void assertEveryFontIsEmbedded(PDDocument pdf) throws Exception {
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
            }
        }
    }

    @Test
    void theWorkbookHoldsTheSameData() throws Exception {
        MockHttpServletResponse response = download("/status/pack.xlsx?portfolioId=1", Locale.ENGLISH);

        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            Sheet heatmap = workbook.getSheet("Heatmap");
            assertThat(heatmap.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Overall");
            Row row = find(heatmap, code);
            assertThat(row).as("the project's heatmap row").isNotNull();
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Amber");
            Row project = find(workbook.getSheet("Projects"), code);
            assertThat(project.getCell(8).getStringCellValue()).isEqualTo("Vendor insolvency");
            assertThat(find(workbook.getSheet("Milestones"), code).getCell(1).getStringCellValue())
                    .isEqualTo("Design approved");
            Row risk = find(workbook.getSheet("Risks and issues"), code);
            assertThat(risk.getCell(1).getStringCellValue()).isEqualTo("Risk");
            assertThat(risk.getCell(2).getStringCellValue()).isEqualTo("Registered supplier default");
            assertThat(risk.getCell(3).getNumericCellValue()).as("a score is a number").isEqualTo(20);
            assertThat(project.getCell(2).getCellType()).as("the period is a date, not text").isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(project.getCell(2))).isTrue();
            assertThat(project.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(period);
            Row totals = workbook.getSheet("Summary").getRow(9);
            assertThat(totals.getCell(1).getCellType()).as("a budget total is a number").isEqualTo(CellType.NUMERIC);
            assertThat(totals.getCell(1).getCellStyle().getDataFormatString()).startsWith("#,##0");
        }
    }

    @Test
    void thePageShowsThePackAndRequestersMayNotHaveIt() throws Exception {
        String html = page("/status/pack?portfolioId=1", "exec", Locale.ENGLISH);
        assertThat(html).contains("id=\"pack-summary\"", code, "Vendor insolvency", "/status/pack.pdf?portfolioId=1",
                "Registered supplier default");
        assertThat(page("/status/pack?portfolioId=1", "exec", Locale.KOREAN)).contains("Registered supplier default",
                "주요 리스크와 이슈");

        assertThat(mvc.perform(get("/status/pack.pdf").with(as("requester"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private MockHttpServletResponse download(String path, Locale locale) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(as("pmo")).locale(locale)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }

    private static Row find(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) return row;
        }
        return null;
    }
}
