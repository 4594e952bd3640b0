package org.lodestar.finance.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lodestar.finance.ActualCosts;
import org.lodestar.finance.ActualCosts.ImportResult;
import org.lodestar.finance.CostFileImport;
import org.lodestar.finance.CostFileImport.ColumnMapping;
import org.lodestar.finance.CostFileMappings;
import org.lodestar.finance.CostFileMappings.MappingCommand;
import org.lodestar.finance.CostFileMappings.MappingView;
import org.lodestar.finance.CostFileRefusedException;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.RuleException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The cost import page of a project's editors: upload a ledger's cost file (CSV or Excel), pick a saved column
 * mapping or type the four columns (and save them under a name), choose to import only the valid rows, import. The
 * import is direct (no preview): all or nothing by default, so a file with a bad row writes nothing and the page
 * shows every problem by row and column; with "only the valid rows" the page lists the rows skipped. A file over
 * the limit comes back to the form with a message, also when refused before this controller
 * ({@code ?refused=too-large}).
 */
@Controller
class CostImportPageController implements AuthorisedFirst {

    private final ActualCosts actuals;
    private final CostFileMappings mappings;
    private final ProjectRights rights;
    private final ProjectRegistry projects;
    private final MessageSource messages;
    private final long maxBytes;

    CostImportPageController(ActualCosts actuals, CostFileMappings mappings, ProjectRights rights,
                             ProjectRegistry projects, MessageSource messages,
                             @Value("${lodestar.finance.max-cost-file-bytes:5242880}") long maxBytes) {
        this.actuals = actuals;
        this.mappings = mappings;
        this.rights = rights;
        this.projects = projects;
        this.messages = messages;
        this.maxBytes = maxBytes;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long project = AuthorisedFirst.id(path, "id");
        if (project != null) rights.require(new ProjectId(project), ProjectRight.EDIT);
    }

    /** A line of the page's report: the row (none for the file), the column or field, the problem in words. */
    record ReportLine(Integer row, String column, String message) {
    }

    /** What the form was sent with, to show it again. */
    record Form(Long mappingId, String date, String amount, String category, String reference, String sheet,
                String saveAs, boolean validOnly) {

        static Form empty() {
            return new Form(null, "", "", "", "", "", "", false);
        }
    }

    @GetMapping("/projects/{id}/finance/costs/import")
    String form(@PathVariable long id, @RequestParam(required = false) String refused, Model model) {
        // AuthorisedFirst covers writes only: the form itself is for the project's editors too
        rights.require(new ProjectId(id), ProjectRight.EDIT);
        List<ReportLine> problems = "too-large".equals(refused)
                ? List.of(new ReportLine(null, null, tooLarge())) : List.of();
        return page(id, model, Form.empty(), problems, null, List.of());
    }

    @PostMapping("/projects/{id}/finance/costs/import")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) Long mappingId, @RequestParam(required = false) String date,
                  @RequestParam(required = false) String amount, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String reference, @RequestParam(required = false) String sheet,
                  @RequestParam(required = false) String saveAs,
                  @RequestParam(defaultValue = "false") boolean validOnly, Model model) {
        Form form = new Form(mappingId, text(date), text(amount), text(category), text(reference), text(sheet),
                text(saveAs), validOnly);
        if (file != null && file.getSize() > maxBytes) {
            return page(id, model, form, List.of(new ReportLine(null, null, tooLarge())), null, List.of());
        }
        ColumnMapping typed = new ColumnMapping(form.date(), form.amount(), form.category(), form.reference());
        try {
            if (mappingId == null && !form.saveAs().isBlank()) {
                // saved first, in its own transaction: kept even if the file is then refused, and chosen on the form
                MappingView view = mappings.save(new MappingCommand(form.saveAs(), form.sheet(), form.date(),
                        form.amount(), form.category(), form.reference()));
                model.addAttribute("savedAs", view.name());
                form = new Form(view.id(), form.date(), form.amount(), form.category(), form.reference(),
                        form.sheet(), "", validOnly);
            }
            byte[] bytes = file == null ? null : file.getBytes();
            ImportResult result = actuals.importUpload(id, bytes, form.sheet(), typed, form.mappingId(), validOnly);
            List<ReportLine> skipped = result.skipped().stream()
                    .map(row -> new ReportLine(row.line(), row.column(), row.message())).toList();
            return page(id, model, form, List.of(), result, skipped);
        } catch (IOException unreadable) {
            return page(id, model, form, List.of(new ReportLine(null, null,
                    messages.getMessage("finance.import.unreadable", null, LocaleContextHolder.getLocale()))),
                    null, List.of());
        } catch (InvalidInputException | RuleException refused) {
            return page(id, model, form, report(refused), null, List.of());
        }
    }

    private String page(long id, Model model, Form form, List<ReportLine> problems, ImportResult result,
                        List<ReportLine> skipped) {
        model.addAttribute("project", projects.get(new ProjectId(id)));
        model.addAttribute("mappings", mappings.mine());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("result", result);
        model.addAttribute("resultTotal", result == null ? null
                : new Money(LocaleContextHolder.getLocale()).format(result.total()));
        model.addAttribute("skipped", skipped);
        model.addAttribute("maxMegabytes", Math.max(1, maxBytes / (1024 * 1024)));
        model.addAttribute("maxRows", CostFileImport.MAX_ROWS);
        return "finance/cost-import";
    }

    private String tooLarge() {
        return messages.getMessage("finance.import.tooLarge", new Object[] {Math.max(1, maxBytes / (1024 * 1024))},
                LocaleContextHolder.getLocale());
    }

    /** A refusal in the reader's language: each bad row by line and column, problems of the file by field. */
    private List<ReportLine> report(RuntimeException refused) {
        Locale locale = LocaleContextHolder.getLocale();
        List<ReportLine> lines = new ArrayList<>();
        if (refused instanceof CostFileRefusedException file && !file.rows().isEmpty()) {
            for (CostFileImport.RowProblem row : file.rows()) {
                lines.add(new ReportLine(row.line(), row.column(), row.problem().text(messages, locale)));
            }
            return lines;
        }
        if (refused instanceof InvalidInputException invalid) {
            for (InvalidInputException.FieldProblem problem : invalid.problems()) {
                lines.add(new ReportLine(null, null, problem.text(messages, locale)));
            }
        } else if (refused instanceof RuleException rule) {
            lines.add(new ReportLine(null, null,
                    messages.getMessage(rule.messageKey(), rule.arguments(), rule.messageKey(), locale)));
        }
        return lines;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
