package org.lodestar.interchange.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lodestar.interchange.ImportPreview;
import org.lodestar.interchange.ImportRefusedException;
import org.lodestar.interchange.PlanImports;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.RuleException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.CustomFieldView;
import org.lodestar.portfolio.CustomFields;
import org.lodestar.portfolio.PortfolioAct;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.PortfolioRights;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
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
 * The import page of a project's plan: upload a Microsoft Project or Primavera file, see the preview (counts, the
 * field-level differences, warnings, what is not stored, the project of a multi-project file), then confirm it.
 * The uploaded file waits in the database between preview and confirmation (any node may take the confirmation).
 * A refused file or confirmation is shown on the form, naming the file. Plan editors only, refused before the
 * upload is read.
 */
@Controller
class ImportPageController implements AuthorisedFirst {

    /** The extensions MPXJ's universal reader takes (a hint to the browser: the server reads the content). */
    /** Files from this size on are sent in the background, with their progress shown (import.js). */
    static final long PROGRESS_FROM_BYTES = 256 * 1024;
    static final String ACCEPTED = ".mpp,.mpt,.mpx,.xml,.xer,.pmxml,.planner,.gan,.pod,.pp,.pep,.mpd,.sp,.cdpx,"
            + ".fts,.pc,.prx,.stx,.zip";

    private final PlanImports imports;
    private final ProjectRights rights;
    private final ProjectRegistry projects;
    private final MessageSource messages;
    private final PortfolioRights portfolioRights;
    private final PortfolioRegistry portfolios;
    private final CustomFields customFields;

    ImportPageController(PlanImports imports, ProjectRights rights, ProjectRegistry projects, MessageSource messages,
                         PortfolioRights portfolioRights, PortfolioRegistry portfolios, CustomFields customFields) {
        this.customFields = customFields;
        this.imports = imports;
        this.rights = rights;
        this.projects = projects;
        this.messages = messages;
        this.portfolioRights = portfolioRights;
        this.portfolios = portfolios;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        if ("newProjectUpload".equals(handler)) {
            Long portfolio = AuthorisedFirst.id(path, "id");
            if (portfolio != null) portfolioRights.require(portfolio, PortfolioAct.CREATE_PROJECTS);
            return;
        }
        Long project = AuthorisedFirst.id(path, "projectId");
        if (project != null) rights.require(new ProjectId(project), ProjectRight.EDIT);
    }

    @GetMapping("/projects/{projectId}/plan/import")
    String form(@PathVariable("projectId") long id, @RequestParam(required = false) String refused, Model model) {
        // AuthorisedFirst covers writes only: the form itself is for the plan's editors too
        rights.require(new ProjectId(id), ProjectRight.EDIT);
        // an upload refused before this controller (a body far over the limit) comes back here to say so
        List<String> problems = "too-large".equals(refused) ? problems(new ImportRefusedException(413,
                "interchange.import.file.tooLarge", imports.maxUploadBytes() / (1024 * 1024))) : List.of();
        return form(id, model, null, problems);
    }

    @PostMapping("/projects/{projectId}/plan/import")
    String upload(@PathVariable("projectId") long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  Model model) {
        String name = file == null || file.getOriginalFilename() == null ? null : file.getOriginalFilename();
        return preview(id, name, model, () -> {
            if (file == null || (file.isEmpty() && (name == null || name.isBlank()))) {
                throw new ImportRefusedException(400, "interchange.import.file.missing");
            }
            if (file.getSize() > imports.maxUploadBytes()) {
                throw new ImportRefusedException(413, "interchange.import.file.tooLarge",
                        imports.maxUploadBytes() / (1024 * 1024));
            }
            try {
                return imports.preview(new ProjectId(id), name, file.getInputStream(), null);
            } catch (IOException unreadable) {
                throw new ImportRefusedException(400, "interchange.import.file.unreadable", unreadable.getMessage());
            }
        });
    }

    /** A new project from a file: the form, for those who may create projects in the portfolio. */
    @GetMapping("/portfolios/{id}/import-project")
    String newProjectForm(@PathVariable long id, Model model) {
        portfolioRights.require(id, PortfolioAct.CREATE_PROJECTS);
        return newProjectForm(id, model, null, List.of());
    }

    /** Creates the project and imports its plan in one go; the answer lists the warnings and links to the plan. */
    @PostMapping("/portfolios/{id}/import-project")
    String newProjectUpload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                            @RequestParam(required = false) String name,
                            @RequestParam Map<String, String> parameters, Model model) {
        String fileName = file == null ? null : file.getOriginalFilename();
        try {
            if (file == null || (file.isEmpty() && (fileName == null || fileName.isBlank()))) {
                throw new ImportRefusedException(400, "interchange.import.file.missing");
            }
            if (file.getSize() > imports.maxUploadBytes()) {
                throw new ImportRefusedException(413, "interchange.import.file.tooLarge",
                        imports.maxUploadBytes() / (1024 * 1024));
            }
            model.addAttribute("made", imports.importIntoNewProject(id, name, null,
                    ImportApiController.customFields(parameters), fileName, file.getInputStream(), null));
            return newProjectForm(id, model, null, List.of());
        } catch (IOException unreadable) {
            return newProjectForm(id, model, fileName, problems(new ImportRefusedException(400,
                    "interchange.import.file.unreadable", unreadable.getMessage())));
        } catch (ImportRefusedException | InvalidInputException | RuleException refused) {
            return newProjectForm(id, model, fileName, problems(refused));
        }
    }

    private String newProjectForm(long id, Model model, String fileName, List<String> problems) {
        model.addAttribute("portfolio", portfolios.portfolio(id));
        model.addAttribute("required", customFields.forProjects().stream().filter(CustomFieldView::required).toList());
        model.addAttribute("accepted", ACCEPTED);
        model.addAttribute("maxMegabytes", imports.maxUploadBytes() / (1024 * 1024));
        model.addAttribute("fileName", fileName == null || fileName.isBlank() ? null : fileName);
        model.addAttribute("problems", problems);
        return "interchange/new-project";
    }

    /** Another project of a multi-project file, from the file kept with the preview. */
    @PostMapping("/projects/{projectId}/plan/import/{previewId}/project")
    String choose(@PathVariable("projectId") long id, @PathVariable String previewId,
                  @RequestParam(required = false) Integer project, @RequestParam(required = false) String fileName,
                  Model model) {
        return preview(id, fileName, model, () -> imports.previewAgain(new ProjectId(id), previewId, project));
    }

    /** The file's custom fields mapped to other task fields, from the file kept with the preview. */
    @PostMapping("/projects/{projectId}/plan/import/{previewId}/fields")
    String mapFields(@PathVariable("projectId") long id, @PathVariable String previewId,
                     @RequestParam(required = false) Integer project, @RequestParam(required = false) String fileName,
                     @RequestParam Map<String, String> parameters, Model model) {
        Map<String, String> fields = ImportApiController.fieldMap(parameters);
        return preview(id, fileName, model, () -> imports.previewAgain(new ProjectId(id), previewId, project,
                fields == null ? Map.of() : fields));
    }

    @PostMapping("/projects/{projectId}/plan/import/{previewId}/confirm")
    String confirm(@PathVariable("projectId") long id, @PathVariable String previewId,
                   @RequestParam(defaultValue = "false") boolean deleteRemoved,
                   @RequestParam(required = false) String fileName, Model model) {
        try {
            imports.confirm(new ProjectId(id), previewId, deleteRemoved);
            return "redirect:/projects/" + id + "/plan";
        } catch (ImportRefusedException | InvalidInputException | StaleVersionException | RuleException refused) {
            return form(id, model, fileName, problems(refused));
        }
    }

    private String preview(long id, String fileName, Model model, Supplier<ImportPreview> preview) {
        try {
            ImportPreview shown = preview.get();
            model.addAttribute("project", projects.get(new ProjectId(id)));
            model.addAttribute("preview", shown);
            model.addAttribute("taskFields", customFields.forTasks());
            model.addAttribute("expires", Instant.parse(shown.expires()));
            return "interchange/preview";
        } catch (ImportRefusedException | InvalidInputException | StaleVersionException | RuleException refused) {
            return form(id, model, fileName, problems(refused));
        }
    }

    private String form(long id, Model model, String fileName, List<String> problems) {
        model.addAttribute("project", projects.get(new ProjectId(id)));
        model.addAttribute("accepted", ACCEPTED);
        model.addAttribute("maxBytes", imports.maxUploadBytes());
        model.addAttribute("maxMegabytes", imports.maxUploadBytes() / (1024 * 1024));
        model.addAttribute("progressFrom", PROGRESS_FROM_BYTES);
        model.addAttribute("fileName", fileName == null || fileName.isBlank() ? null : fileName);
        model.addAttribute("problems", problems);
        return "interchange/import";
    }

    /** The refusal's messages in the reader's language (never a stack trace). */
    private List<String> problems(RuntimeException refused) {
        var locale = LocaleContextHolder.getLocale();
        if (refused instanceof ImportRefusedException file) {
            return List.of(messages.getMessage(file.messageKey(), file.arguments(), locale));
        }
        if (refused instanceof InvalidInputException invalid) {
            return invalid.problems().stream().map(problem -> problem.text(messages, locale)).toList();
        }
        if (refused instanceof RuleException rule) {
            return List.of(messages.getMessage(rule.messageKey(), rule.arguments(), rule.messageKey(), locale));
        }
        return List.of(messages.getMessage("interchange.import.page.stale", null, locale));
    }
}
