package org.lodestar.finance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lodestar.finance.CostFileImport.ColumnMapping;
import org.lodestar.finance.internal.ActualCostStore;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's actual costs, imported from a ledger's cost file (CSV or an Excel workbook): validated row by row
 * ({@link CostFileImport}), all or nothing (any problem is a 400 listing every bad row, and nothing is stored) unless
 * the importer asks for the valid rows only (the bad ones, duplicates included, are skipped and reported), one audit
 * entry per import in its transaction.
 */
@Service
public class ActualCosts {

    static final String AUDIT_TYPE = "actual-cost-import";

    private final ActualCostStore store;
    private final ProjectRights rights;
    private final ProjectRegistry projects;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final CostFileMappings mappings;

    ActualCosts(ActualCostStore store, ProjectRights rights, ProjectRegistry projects, AuditTrail audit,
                MessageSource messages, CostFileMappings mappings) {
        this.messages = messages;
        this.mappings = mappings;
        this.store = store;
        this.rights = rights;
        this.projects = projects;
        this.audit = audit;
    }

    /**
     * A file to import: its CSV text, or an Excel workbook (.xlsx) in Base64 with the sheet to read (the first when
     * none is named); the mapping of its columns, or the id of one of the importer's saved mappings (which then
     * gives the columns, and the sheet when none is named); all or nothing unless {@code validOnly}.
     */
    public record CostFileCommand(String csv, String xlsx, String sheet, ColumnMapping mapping, Long mappingId,
                                  Boolean validOnly) {

        /** A CSV file and its mapping, all or nothing. */
        public CostFileCommand(String csv, ColumnMapping mapping) {
            this(csv, null, null, mapping, null, null);
        }
    }

    /** A cost; {@code supplierId} and {@code invoice} name the supplier's invoice it came from, if any. */
    public record ActualCostView(long id, String postedOn, String category, BigDecimal amount, String reference,
                                 Long supplierId, String invoice) {
    }

    public record ActualCostsView(long projectId, String currency, List<ActualCostView> costs, BigDecimal total) {
    }

    /**
     * What an import stored: the lines and their total, and (importing only the valid rows) each problem of a row
     * skipped, in the reader's language.
     */
    public record ImportResult(int imported, BigDecimal total, List<SkippedRow> skipped) {
    }

    /** A problem of a skipped row: its line (a CSV's line, a sheet's row number), the file's column, why. */
    public record SkippedRow(int line, String column, String message) {
    }

    /** Whether the reader may import cost files into the project (its editors). */
    @Transactional(readOnly = true)
    public boolean mayImport(long project) {
        return rights.may(new ProjectId(project), ProjectRight.EDIT);
    }

    @Transactional(readOnly = true)
    public ActualCostsView costs(long project) {
        ProjectId id = new ProjectId(project);
        rights.require(id, ProjectRight.READ_MONEY);
        String currency = projects.get(id).currency();
        BigDecimal total = BigDecimal.ZERO;
        List<ActualCostView> costs = new java.util.ArrayList<>();
        for (ActualCostStore.Stored cost : store.forProject(project)) {
            BigDecimal amount = cost.amount().stripTrailingZeros();
            if (amount.scale() < 0) amount = amount.setScale(0);
            total = total.add(amount);
            costs.add(new ActualCostView(cost.id(), cost.postedOn().toString(), cost.category(), amount,
                    cost.reference(), cost.supplier(), cost.invoice()));
        }
        return new ActualCostsView(project, currency, List.copyOf(costs), total);
    }

    @Transactional
    public ImportResult importFile(long project, CostFileCommand command) {
        ProjectId id = new ProjectId(project);
        rights.require(id, ProjectRight.EDIT);
        var problems = new InvalidInputException.Collector();
        boolean csv = command.csv() != null && !command.csv().isBlank();
        boolean xlsx = command.xlsx() != null && !command.xlsx().isBlank();
        if (!csv && !xlsx) problems.add("csv", "finance.import.empty");
        if (csv && xlsx) problems.add("xlsx", "finance.import.oneFile");
        byte[] workbook = null;
        if (xlsx && !csv) {
            try {
                workbook = Base64.getMimeDecoder().decode(command.xlsx().strip());
            } catch (IllegalArgumentException notBase64) {
                problems.add("xlsx", "finance.import.notBase64");
            }
        }
        if (command.sheet() != null && command.sheet().length() > 100) problems.add("sheet", "finance.import.sheetName");
        Chosen chosen = chosen(problems, command.mapping(), command.mappingId(), command.sheet());
        problems.throwIfAny();
        byte[] file = workbook;
        return store(id, chosen.mapping(), Boolean.TRUE.equals(command.validOnly()), rows -> file != null
                ? CostWorkbook.rows(file, chosen.sheet(), rows)
                : csvRows(command.csv()));
    }

    /**
     * Imports a file uploaded as it is (the import page): an Excel workbook when its bytes are one (a zip archive),
     * CSV text in UTF-8 otherwise.
     */
    @Transactional
    public ImportResult importUpload(long project, byte[] bytes, String sheet, ColumnMapping mapping,
                                     Long mappingId, boolean validOnly) {
        ProjectId id = new ProjectId(project);
        rights.require(id, ProjectRight.EDIT);
        var problems = new InvalidInputException.Collector();
        if (bytes == null || bytes.length == 0) problems.add("file", "finance.import.empty");
        if (sheet != null && sheet.length() > 100) problems.add("sheet", "finance.import.sheetName");
        Chosen chosen = chosen(problems, mapping, mappingId, sheet);
        problems.throwIfAny();
        return store(id, chosen.mapping(), validOnly, rows -> CostWorkbook.looksLikeWorkbook(bytes)
                ? CostWorkbook.rows(bytes, chosen.sheet(), rows)
                : csvRows(new String(bytes, StandardCharsets.UTF_8)));
    }

    /** The columns and sheet to read with: a saved mapping of the importer's, or the mapping given. */
    private record Chosen(ColumnMapping mapping, String sheet) {
    }

    private Chosen chosen(InvalidInputException.Collector problems, ColumnMapping mapping, Long mappingId,
                          String sheet) {
        String named = blank(sheet) ? null : sheet.strip();
        if (mappingId != null) {
            var saved = mappings.mine(mappingId);
            if (saved.isEmpty()) {
                problems.add("mappingId", "finance.mapping.unknown");
                return new Chosen(null, named);
            }
            return new Chosen(saved.get().columns(), named != null ? named : saved.get().sheet());
        }
        if (mapping == null || blank(mapping.date()) || blank(mapping.amount()) || blank(mapping.category())
                || blank(mapping.reference())) {
            problems.add("mapping", "finance.import.mapping");
        }
        return new Chosen(mapping, named);
    }

    /** A CSV's rows (a byte order mark at the start is not part of the first column's name). */
    private static List<CostFileImport.SourceRow> csvRows(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<List<String>> parsed = CostFileImport.parse(text);
        List<CostFileImport.SourceRow> rows = new java.util.ArrayList<>(parsed.size());
        for (int i = 0; i < parsed.size(); i++) rows.add(new CostFileImport.SourceRow(i + 1, parsed.get(i)));
        return rows;
    }

    /**
     * Validates the rows (read with at most the row limit and one more) and stores them with one audit entry: all
     * or nothing, or with {@code validOnly} the valid rows of a sound file (a file with no valid row stores
     * nothing and is refused with its report).
     */
    private ImportResult store(ProjectId id, ColumnMapping mapping, boolean validOnly,
                               java.util.function.IntFunction<List<CostFileImport.SourceRow>> read) {
        long project = id.value();
        Currency currency = Currency.getInstance(projects.get(id).currency());
        CostFileImport.Report report = CostFileImport.validate(read.apply(CostFileImport.MAX_ROWS), mapping,
                currency, store.references(project), CostFileImport.MAX_ROWS);
        List<CostFileImport.CostLine> importable = report.importable(validOnly);
        if (!report.ok() && importable.isEmpty()) throw new CostFileRefusedException(report);
        BigDecimal total = BigDecimal.ZERO;
        for (CostFileImport.CostLine line : importable) {
            store.insert(project, line.date(), line.category().code(), line.amount(), line.reference());
            total = total.add(line.amount());
        }
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("project", Long.toString(project));
        snapshot.put("lines", Integer.toString(importable.size()));
        snapshot.put("total", total.toPlainString() + " " + currency.getCurrencyCode());
        long skippedLines = report.rows().stream().mapToInt(CostFileImport.RowProblem::line).distinct().count();
        if (skippedLines > 0) snapshot.put("skipped", Long.toString(skippedLines));
        audit.created(AUDIT_TYPE, project, total.toPlainString() + " " + currency.getCurrencyCode(), snapshot);
        Locale locale = LocaleContextHolder.getLocale();
        List<SkippedRow> skipped = report.rows().stream().map(row -> new SkippedRow(row.line(), row.column(),
                row.problem().text(messages, locale))).toList();
        return new ImportResult(importable.size(), total, skipped);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
