package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.People;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.status.StatusFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Ledger cost files through the API and the import page: Excel workbooks read like CSV, all or nothing unless only
 * the valid rows are asked for, column mappings saved per user.
 */
class CostImportIntegrationTests extends PageTestSupport {

    private static final Map<String, String> MAPPING =
            Map.of("date", "Posted", "amount", "Amount", "category", "Category", "reference", "Voucher");

    @Autowired
    People people;

    private static String workbookFile(Map<String, Object> extra, Object[]... rows) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("xlsx", Base64.getEncoder().encodeToString(CostWorkbookTests.workbook("Ledger", rows)));
        body.put("mapping", MAPPING);
        body.putAll(extra);
        return ProjectFixtures.json(body);
    }

    private static final Object[] HEADER = {"Voucher", "Posted", "Amount", "Category"};

    @Test
    void anExcelFileWithABadRowWritesNothingAndACleanOneImportsEveryRow() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Excel costs", 100_000);
        Api pm = Api.as(port, "pm");
        String costs = "/api/v1/projects/" + project + "/actual-costs";

        Api.Response refused = pm.post(costs + "/import", workbookFile(Map.of(), HEADER,
                new Object[] {"X-1", LocalDate.of(2026, 3, 31), 100.25d, "labour-opex"},
                new Object[] {"X-2", LocalDate.of(2026, 3, 31), "ten", "labour-opex"}));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors")).extracting(error -> error.get("field").asString())
                .containsExactly("line 3: Amount");
        assertThat(pm.get(costs).json().get("costs")).as("all or nothing").isEmpty();

        Api.Response imported = pm.post(costs + "/import", workbookFile(Map.of(), HEADER,
                new Object[] {"X-1", LocalDate.of(2026, 3, 31), 100.25d, "labour-opex"},
                new Object[] {"X-2", "2026-04-30", "10", "labour-opex"}));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(pm.get(costs).json().get("total").decimalValue()).isEqualByComparingTo("110.25");

        String notAWorkbook = ProjectFixtures.json(Map.of("xlsx",
                Base64.getEncoder().encodeToString("Voucher,Posted\n".getBytes()), "mapping", MAPPING));
        Api.Response unreadable = pm.post(costs + "/import", notAWorkbook);
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.json().get("errors")).extracting(error -> error.get("field").asString())
                .containsExactly("file");
    }

    @Test
    void onRequestTheValidRowsAreImportedAndTheSkippedOnesReportedWithWhy() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Valid rows only", 100_000);
        Api pm = Api.as(port, "pm");
        String costs = "/api/v1/projects/" + project + "/actual-costs";
        assertThat(pm.post(costs + "/import", workbookFile(Map.of(), HEADER,
                new Object[] {"V-1", LocalDate.of(2026, 2, 27), 5, "labour-opex"})).status()).isEqualTo(201);

        Api.Response imported = pm.post(costs + "/import", workbookFile(Map.of("validOnly", true), HEADER,
                new Object[] {"V-2", LocalDate.of(2026, 3, 31), 100, "labour-opex"},
                new Object[] {"V-3", LocalDate.of(2026, 3, 31), 20, "travel"},
                new Object[] {"V-1", LocalDate.of(2026, 3, 31), 7, "labour-opex"},
                new Object[] {"V-4", "2026-04-30", 30, "labour-capex"}));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
        assertThat(imported.json().get("skipped")).extracting(row -> row.get("line").asInt(),
                row -> row.get("column").asString()).containsExactly(
                org.assertj.core.api.Assertions.tuple(3, "Category"), org.assertj.core.api.Assertions.tuple(4, "Voucher"));
        assertThat(imported.json().get("skipped").get(1).get("message").asString()).contains("V-1");
        assertThat(pm.get(costs).json().get("costs")).extracting(cost -> cost.get("reference").asString())
                .containsExactlyInAnyOrder("V-1", "V-2", "V-4");
        var audit = Api.as(port, "pmo").get("/api/v1/audit?entityType=actual-cost-import&entityId=" + project).json();
        assertThat(audit.get("total").asLong()).as("one entry per import").isEqualTo(2);

        Api.Response nothingValid = pm.post(costs + "/import", workbookFile(Map.of("validOnly", true), HEADER,
                new Object[] {"V-2", LocalDate.of(2026, 3, 31), 100, "labour-opex"}));
        assertThat(nothingValid.status()).as("no valid row: nothing to import").isEqualTo(400);
        assertThat(Api.as(port, "pmo").get("/api/v1/audit?entityType=actual-cost-import&entityId=" + project).json()
                .get("total").asLong()).isEqualTo(2);
    }

    @Test
    void aSavedMappingIsItsOwnersToListUseAndDeleteAndNobodyElses() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Saved mappings", 100_000);
        Api pm = Api.as(port, "pm");
        Api pmo = Api.as(port, "pmo");
        String mappings = "/api/v1/finance/cost-file-mappings";
        String name = "Ledger export " + System.nanoTime();
        Api.Response saved = pm.post(mappings, ProjectFixtures.json(Map.of("name", name, "sheet", "Ledger",
                "date", "Posted", "amount", "Amount", "category", "Category", "reference", "Voucher")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        long id = saved.json().get("id").asLong();

        assertThat(pm.get(mappings).json()).anySatisfy(mapping -> {
            assertThat(mapping.get("id").asLong()).isEqualTo(id);
            assertThat(mapping.get("reference").asString()).isEqualTo("Voucher");
        });
        Api.Response twice = pm.post(mappings, ProjectFixtures.json(Map.of("name", name, "date", "D", "amount", "A",
                "category", "C", "reference", "R")));
        assertThat(twice.status()).isEqualTo(409);
        Api.Response blank = pm.post(mappings, "{\"name\":\"Half\",\"date\":\"Posted\"}");
        assertThat(blank.json().get("errors")).extracting(error -> error.get("field").asString())
                .containsExactly("amount", "category", "reference");

        // the saved mapping gives the columns and the sheet of a workbook whose first sheet is another
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("xlsx", Base64.getEncoder().encodeToString(CostWorkbookTests.workbook("Ledger", HEADER,
                new Object[] {"M-1", LocalDate.of(2026, 3, 31), 40, "labour-opex"})));
        body.put("mappingId", id);
        String costs = "/api/v1/projects/" + project + "/actual-costs";
        Api.Response imported = pm.post(costs + "/import", ProjectFixtures.json(body));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(1);

        // another user neither sees, uses nor deletes it
        assertThat(pmo.get(mappings).json()).noneSatisfy(
                mapping -> assertThat(mapping.get("id").asLong()).isEqualTo(id));
        Api.Response usedByAnother = pmo.post(costs + "/import", ProjectFixtures.json(body));
        assertThat(usedByAnother.status()).isEqualTo(400);
        assertThat(usedByAnother.json().get("errors")).extracting(error -> error.get("field").asString())
                .containsExactly("mappingId");
        assertThat(pmo.delete(mappings + "/" + id).status()).isEqualTo(404);
        assertThat(Api.as(port, "requester").get(mappings).status()).isEqualTo(403);

        assertThat(pm.delete(mappings + "/" + id).status()).isEqualTo(204);
        assertThat(pm.get(mappings).json()).noneSatisfy(
                mapping -> assertThat(mapping.get("id").asLong()).isEqualTo(id));
        assertThat(pmo.get("/api/v1/audit?entityType=cost-file-mapping&entityId=" + id).json().get("total").asLong())
                .as("saved and deleted").isEqualTo(2);
    }

    @Test
    void theImportPageReportsEveryBadRowInTheReadersLanguageAndImportsTheValidRowsWhenAsked() throws Exception {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Cost import page", 100_000);
        String page = "/projects/" + project + "/finance/costs/import";
        String costs = "/api/v1/projects/" + project + "/actual-costs";
        byte[] csv = ("Voucher,Posted,Amount,Category\nP-1,2026-03-31,100,labour-opex\nP-2,2026-03-31,dix,labour-opex\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String name = "Page mapping " + System.nanoTime();

        assertThat(page("/projects/" + project + "/finance", "pm", java.util.Locale.ENGLISH))
                .contains("id=\"cost-import-link\"");
        assertThat(page("/projects/" + project + "/finance", "exec", java.util.Locale.ENGLISH))
                .doesNotContain("id=\"cost-import-link\"");
        assertThat(mvc.perform(get(page).with(as("exec"))).andReturn().getResponse().getStatus()).isEqualTo(403);

        String refused = mvc.perform(multipart(page).file(new MockMultipartFile("file", "ledger.csv", "text/csv", csv))
                        .param("date", "Posted").param("amount", "Amount").param("category", "Category")
                        .param("reference", "Voucher").param("saveAs", name)
                        .with(as("pm")).with(csrf()).locale(java.util.Locale.FRENCH))
                .andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("id=\"cost-import-report\"", "Rien n&#39;a été importé", "Montant invalide",
                "<td class=\"num\">3</td>", "<td>Amount</td>", "id=\"cost-import-saved\"");
        assertThat(Api.as(port, "pm").get(costs).json().get("costs")).as("all or nothing").isEmpty();
        long mappingId = java.util.stream.StreamSupport.stream(
                        Api.as(port, "pm").get("/api/v1/finance/cost-file-mappings").json().spliterator(), false)
                .filter(mapping -> mapping.get("name").asString().equals(name)).findFirst().orElseThrow()
                .get("id").asLong();

        String imported = mvc.perform(multipart(page).file(new MockMultipartFile("file", "ledger.csv", "text/csv", csv))
                        .param("mappingId", Long.toString(mappingId)).param("validOnly", "true")
                        .with(as("pm")).with(csrf()).locale(java.util.Locale.ENGLISH))
                .andReturn().getResponse().getContentAsString();

        assertThat(imported).contains("id=\"cost-import-done\"", "Lines imported: 1;", "id=\"cost-import-skipped\"",
                "Not an amount").doesNotContain("id=\"cost-import-report\"");
        assertThat(Api.as(port, "pm").get(costs).json().get("costs")).extracting(cost -> cost.get("reference")
                .asString()).containsExactly("P-1");

        String tooLarge = mvc.perform(multipart(page).file(new MockMultipartFile("file", "big.csv", "text/csv",
                        new byte[5 * 1024 * 1024 + 1])).param("mappingId", Long.toString(mappingId))
                        .with(as("pm")).with(csrf()).locale(java.util.Locale.ENGLISH))
                .andReturn().getResponse().getContentAsString();
        assertThat(tooLarge).contains("The file is larger than 5 MB");
        assertThat(page(page + "?refused=too-large", "pm", java.util.Locale.JAPANESE)).contains("5 MB を超えています");
        assertThat(mvc.perform(multipart(page).file(new MockMultipartFile("file", "ledger.csv", "text/csv", csv))
                .param("mappingId", Long.toString(mappingId)).with(as("pm"))).andReturn().getResponse().getStatus())
                .as("no CSRF token").isEqualTo(403);
    }
}
