package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.finance.EarnedValueIntegrationTests.plannedProject;
import static org.lodestar.finance.EarnedValueIntegrationTests.portfolio;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * The earned-value workbooks: opened with POI, each figure a numeric cell equal to the API's figure for the same
 * filters, with the page's rights.
 */
class FinanceExportIntegrationTests extends PageTestSupport {

    @Autowired
    MessageSource messages;

    /** The roll-up's figure columns as the API names them (metrics, then earned schedule). */
    private static final List<String> COLUMNS = List.of("bac", "pv", "ev", "ac", "cv", "sv", "cpi", "spi", "eac",
            "vac", "tcpi", "es", "svt", "spit", "ieact");

    private MockHttpServletResponse download(String path, String username, Locale locale) throws Exception {
        return mvc.perform(get(path).with(as(username)).locale(locale)).andReturn().getResponse();
    }

    private static Workbook open(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    /** The first row whose first cell is the text. */
    private static int rowOf(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + text);
    }

    /** A figure cell against the API's figure: numeric with a number format, or no cell where the API has null. */
    private static void assertFigure(Row row, int column, JsonNode figure, String what) {
        Cell cell = row.getCell(column);
        if (figure == null || figure.isNull()) {
            assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(what + " is empty").isTrue();
            return;
        }
        assertThat(cell).as(what).isNotNull();
        assertThat(cell.getCellType()).as(what).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getCellStyle().getDataFormatString()).as(what).isNotEqualTo("General");
        assertThat(cell.getNumericCellValue()).as(what).isEqualTo(figure.asDouble());
    }

    private static void assertFigures(Row row, int from, JsonNode metrics, JsonNode schedule, String what) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            String column = COLUMNS.get(c);
            JsonNode source = List.of("es", "svt", "spit", "ieact").contains(column) ? schedule : metrics;
            assertFigure(row, from + c, source.get(column), what + " " + column);
        }
    }

    @Test
    void theRollUpWorkbookHasThePagesFiltersAndSortWithTheApisFiguresAndOnlyTheProjectsTheReaderReads()
            throws Exception {
        Api pmo = Api.as(port, "pmo");
        long portfolio = portfolio(pmo);
        Api.Response created = pmo.post("/api/v1/programmes", "{\"code\":\"XLS" + System.nanoTime() % 100000
                + "\",\"name\":\"Exported programme\",\"portfolioId\":" + portfolio + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long programme = created.json().get("id").asLong();
        plannedProject(pmo, portfolio, programme, "EUR", "30000", "20000");
        plannedProject(pmo, portfolio, programme, "CHF", "3000", "1000");
        plannedProject(pmo, portfolio, null, "EUR", "12000.50", "4000");
        Api.Response rate = pmo.post("/api/v1/finance/exchange-rates",
                "{\"from\":\"EUR\",\"to\":\"CHF\",\"validFrom\":\"2026-06-01\",\"rate\":1.5}");
        assertThat(rate.status()).as(rate.body()).isIn(201, 409);
        String query = "?portfolioId=" + portfolio + "&sort=cpi&descending=true";
        JsonNode api = pmo.get("/api/v1/finance/earned-value" + query).json();
        assertThat(page("/finance/earned-value" + query, "pmo", Locale.ENGLISH))
                .contains("id=\"evm-export\" href=\"/finance/earned-value.xlsx?portfolioId=" + portfolio + "&amp;",
                        "sort=cpi&amp;descending=true\"");

        try (Workbook workbook = open(download("/finance/earned-value.xlsx" + query, "pmo", Locale.ENGLISH))) {
            Sheet sheet = workbook.getSheet("Earned value");
            assertThat(sheet.getRow(rowOf(sheet, "Currency")).getCell(1).getStringCellValue()).isEqualTo("EUR");
            assertThat(sheet.getRow(rowOf(sheet, "Status date")).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .hasToString(api.get("statusDate").asString());
            int header = rowOf(sheet, "Code");
            assertThat(sheet.getRow(header).getCell(4).getStringCellValue()).isEqualTo("BAC");
            JsonNode projects = api.get("projects");
            assertThat(projects).hasSize(3);
            for (int i = 0; i < projects.size(); i++) {
                JsonNode line = projects.get(i);
                Row row = sheet.getRow(header + 1 + i);
                assertThat(row.getCell(0).getStringCellValue()).as("sorted as the API").isEqualTo(
                        line.get("code").asString());
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(line.get("projectCurrency").asString());
                assertFigures(row, 4, line.get("metrics"), line.get("earnedSchedule"), line.get("code").asString());
            }
            Row total = sheet.getRow(header + 1 + projects.size());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertFigures(total, 4, api.get("total"), api.get("totalSchedule"), "total");
            assertThat(total.getCell(4).getNumericCellValue()).as("30,000 + 3,000 CHF at 1.5 + 12,000.50 EUR")
                    .isEqualTo(44000.5);
            assertThat(total.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            JsonNode group = api.get("programmes").get(0);
            Row programmeRow = sheet.getRow(rowOf(sheet, "Programme Exported programme"));
            assertThat(programmeRow.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertFigures(programmeRow, 4, group.get("metrics"), group.get("earnedSchedule"), "programme");
            Row portfolioRow = sheet.getRow(rowOf(sheet, "Portfolio " + api.get("portfolios").get(0).get("name")
                    .asString()));
            assertFigures(portfolioRow, 4, api.get("portfolios").get(0).get("metrics"),
                    api.get("portfolios").get(0).get("earnedSchedule"), "portfolio");
        }

        try (Workbook workbook = open(download("/finance/earned-value.xlsx" + query, "requester", Locale.FRENCH))) {
            Sheet sheet = workbook.getSheet("Valeur acquise");
            int header = rowOf(sheet, "Code");
            assertThat(sheet.getRow(header + 1)).as("no money to read, no project").isNull();
        }
        MockHttpServletResponse refused = download("/finance/earned-value.xlsx?sort=colour", "pmo", Locale.ENGLISH);
        assertThat(refused.getStatus()).as("a bad sort goes back to the page, which names it").isEqualTo(303);
        assertThat(refused.getRedirectedUrl()).isEqualTo("/finance/earned-value?sort=colour");
    }

    @Test
    void aProjectsWorkbookHoldsTheApisMetricsEarnedScheduleAndMonthsAndIsReadLikeItsMoney() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long project = plannedProject(pmo, portfolio(pmo), "EUR", "30000", "20000");
        assertThat(pmo.post("/api/v1/projects/" + project + "/forecasts", """
                {"period": "2027-03", "lines": [{"month": "2027-03", "amount": 4000.25},
                 {"month": "2027-04", "amount": 6000}], "note": "Two more months"}""").status()).isEqualTo(201);
        JsonNode api = pmo.get("/api/v1/projects/" + project + "/earned-value").json();
        assertThat(page("/projects/" + project + "/finance", "exec", Locale.ENGLISH))
                .contains("id=\"finance-export\" href=\"/projects/" + project + "/finance.xlsx");

        try (Workbook workbook = open(download("/projects/" + project + "/finance.xlsx", "exec", Locale.ENGLISH))) {
            Sheet sheet = workbook.getSheet("Earned value");
            assertThat(sheet.getRow(rowOf(sheet, "Currency")).getCell(1).getStringCellValue()).isEqualTo("EUR");
            assertThat(sheet.getRow(rowOf(sheet, "Status date")).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .hasToString("2027-03-31");
            for (String metric : List.of("bac", "pv", "ev", "ac", "sv", "cv", "spi", "cpi", "eac", "eacAtBudgetRate",
                    "eacByCpiAndSpi", "etc", "vac", "tcpi")) {
                Row row = sheet.getRow(rowOf(sheet, messages.getMessage("finance.metric." + metric, null,
                        Locale.ENGLISH)));
                assertFigure(row, 1, api.get("metrics").get(metric), metric);
            }
            JsonNode schedule = api.get("earnedSchedule");
            for (String metric : List.of("es", "at", "pd", "svt", "spit", "ieact")) {
                Row row = sheet.getRow(rowOf(sheet, messages.getMessage("finance.metric." + metric, null,
                        Locale.ENGLISH)));
                assertFigure(row, 1, schedule.get(metric.equals("pd") ? "plannedDuration" : metric), metric);
            }
            assertFigure(sheet.getRow(rowOf(sheet, "Estimate to complete of the forecast")), 1,
                    api.get("forecast").get("etc"), "forecast ETC");
            assertThat(sheet.getRow(rowOf(sheet, "Estimate to complete of the forecast")).getCell(1)
                    .getNumericCellValue()).isEqualTo(10000.25);

            Sheet months = workbook.getSheet("Months");
            JsonNode points = api.get("months");
            assertThat(months.getLastRowNum()).isEqualTo(points.size());
            double previousPv = 0;
            for (int i = 0; i < points.size(); i++) {
                JsonNode point = points.get(i);
                Row row = months.getRow(i + 1);
                String month = point.get("month").asString();
                assertThat(row.getCell(0).getLocalDateTimeCellValue().toLocalDate()).hasToString(month + "-01");
                assertFigure(row, 3, point.get("pv"), month + " cumulative PV");
                assertFigure(row, 5, point.get("ac"), month + " cumulative AC");
                assertFigure(row, 6, point.get("eac"), month + " EAC");
                assertThat(row.getCell(1).getNumericCellValue()).as(month + " PV in the month")
                        .isCloseTo(point.get("pv").asDouble() - previousPv, org.assertj.core.data.Offset.offset(0.001));
                previousPv = point.get("pv").asDouble();
                assertFigure(row, 4, month.equals("2027-03") ? api.get("metrics").get("ev") : null, month + " EV");
            }
        }

        assertThat(download("/projects/" + project + "/finance.xlsx", "requester", Locale.ENGLISH).getStatus())
                .as("no money to read").isEqualTo(403);
        MockHttpServletResponse missing = download("/projects/" + project + "/finance.xlsx?currency=ISK", "pmo",
                Locale.ENGLISH);
        assertThat(missing.getStatus()).as("a missing rate goes back to the tab, which names it").isEqualTo(303);
        assertThat(missing.getRedirectedUrl()).isEqualTo("/projects/" + project + "/finance?currency=ISK");
    }
}
