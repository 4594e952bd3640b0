package org.lodestar.intake.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lodestar.intake.CommentCommand;
import org.lodestar.intake.ConvertCommand;
import org.lodestar.intake.DecisionCommand;
import org.lodestar.intake.RequestDesk;
import org.lodestar.intake.RequestState;
import org.lodestar.intake.RequestTypeCatalog;
import org.lodestar.intake.RequestTypeView;
import org.lodestar.intake.RequestView;
import org.lodestar.intake.Scoring;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.IndexedParameters;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.People;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.CustomFieldView;
import org.lodestar.portfolio.CustomFields;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.PortfolioView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Requests in the web UI: my requests, the review queues, the request page with its workflow acts, the form. */
@Controller
@RequestMapping("/requests")
class RequestsController implements AuthorisedFirst {

    private final RequestDesk desk;
    private final RequestTypeCatalog types;
    private final PortfolioRegistry portfolios;
    private final People people;
    private final CustomFields customFields;
    private final Scoring scoring;

    RequestsController(RequestDesk desk, RequestTypeCatalog types, PortfolioRegistry portfolios, People people,
                       CustomFields customFields, Scoring scoring) {
        this.customFields = customFields;
        this.scoring = scoring;
        this.desk = desk;
        this.types = types;
        this.portfolios = portfolios;
        this.people = people;
    }

    /** Writes are refused before the form is bound to whoever may not take them at all (as through the API). */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        RequestsApiController.authorise(desk, handler, path);
    }

    @GetMapping
    String mine(Model model) {
        model.addAttribute("requests", desk.mine());
        model.addAttribute("notices", desk.notices());
        model.addAttribute("types", types.all());
        model.addAttribute("reviewer", desk.isReviewer());
        return "requests/mine";
    }

    @GetMapping("/queues")
    String queues(Model model) {
        model.addAttribute("pending", desk.queue(List.of(RequestState.SUBMITTED, RequestState.SCREENING)));
        model.addAttribute("returned", desk.queue(List.of(RequestState.RETURNED)));
        model.addAttribute("evaluation", desk.queue(List.of(RequestState.EVALUATION)));
        model.addAttribute("decided", desk.queue(List.copyOf(RequestState.DECIDED)));
        return "requests/queues";
    }

    @GetMapping("/new")
    String newRequest(@RequestParam long typeId, Model model) {
        model.addAttribute("form", RequestForm.blank(typeId));
        return form(model, types.get(typeId), null);
    }

    @PostMapping
    String create(@ModelAttribute("form") RequestForm form, BindingResult errors, Model model) {
        RequestTypeView type = types.get(form.getTypeId() == null ? 0 : form.getTypeId());
        if (errors.hasErrors()) return form(model, type, null);
        try {
            return "redirect:/requests/" + desk.create(form.toCommand()).id();
        } catch (InvalidInputException invalid) {
            FormErrors.reject(invalid, errors);
            return form(model, type, null);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "overview") String tab, Model model) {
        RequestView request = desk.get(id);
        desk.readNotices(id);
        model.addAttribute("request", request);
        model.addAttribute("tab", tab);
        if ("history".equals(tab)) model.addAttribute("history", desk.history(id));
        if (request.can("convert")) {
            model.addAttribute("portfolios", portfolios.portfolios().stream().filter(PortfolioView::editable).toList());
            model.addAttribute("programmes", portfolios.programmes(null));
            model.addAttribute("people", people.all());
            model.addAttribute("requiredCustomFields", customFields.forProjects().stream().filter(CustomFieldView::required).toList());
        }
        model.addAttribute("today", LocalDate.now());
        boolean scorable = scoring.canScore() && List.of(RequestState.EVALUATION, RequestState.DEFERRED,
                RequestState.APPROVED).contains(request.state());
        model.addAttribute("scoringModels", scorable ? scoring.all() : List.of());
        return "requests/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        RequestView request = desk.editable(id);
        model.addAttribute("form", RequestForm.of(request));
        return form(model, types.get(request.type().id()), request);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") RequestForm form, BindingResult errors, Model model) {
        RequestView request = desk.get(id);
        RequestTypeView type = types.get(request.type().id());
        form.setTypeId(type.id());
        if (errors.hasErrors()) return form(model, type, request);
        try {
            desk.change(id, form.toCommand());
            return "redirect:/requests/" + id;
        } catch (InvalidInputException invalid) {
            FormErrors.reject(invalid, errors);
            return form(model, type, request);
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
            return form(model, type, request);
        }
    }

    @GetMapping("/{id}/financials")
    String financials(@PathVariable long id, Model model) {
        RequestView request = desk.editable(id);
        model.addAttribute("form", FinancialsForm.of(request.financials(), request.version()));
        model.addAttribute("request", request);
        return "requests/financials";
    }

    @PostMapping("/{id}/financials")
    String changeFinancials(@PathVariable long id, @ModelAttribute("form") FinancialsForm form, BindingResult errors,
                            Model model) {
        model.addAttribute("request", desk.get(id));
        if (errors.hasErrors()) return "requests/financials";
        try {
            desk.changeFinancials(id, form.toCommand());
            return "redirect:/requests/" + id;
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
            return "requests/financials";
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
            return "requests/financials";
        }
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @RequestParam long version, Model model) {
        return act(id, model, () -> desk.submit(id, version));
    }

    @PostMapping("/{id}/screen")
    String screen(@PathVariable long id, @RequestParam long version, Model model) {
        return act(id, model, () -> desk.startScreening(id, version));
    }

    @PostMapping("/{id}/evaluate")
    String evaluate(@PathVariable long id, @RequestParam long version, Model model) {
        return act(id, model, () -> desk.acceptForEvaluation(id, version));
    }

    @PostMapping("/{id}/reconsider")
    String reconsider(@PathVariable long id, @RequestParam long version, Model model) {
        return act(id, model, () -> desk.reconsider(id, version));
    }

    @PostMapping("/{id}/return")
    String returnForInformation(@PathVariable long id, @RequestParam(required = false) String comment,
                                @RequestParam long version, Model model) {
        return act(id, model, () -> desk.returnForInformation(id, new CommentCommand(comment, version)));
    }

    @PostMapping("/{id}/decide")
    String decide(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  @RequestParam long version, Model model) {
        DecisionCommand command = new DecisionCommand(reason, date, version);
        return act(id, model, () -> {
            switch (decision) {
                case "approve" -> desk.approve(id, command);
                case "reject" -> desk.reject(id, command);
                case "defer" -> desk.defer(id, command);
                default -> throw new InvalidInputException(List.of(
                        new InvalidInputException.FieldProblem("decision", "intake.validation.decision")));
            }
        });
    }

    @PostMapping("/{id}/convert")
    String convert(@PathVariable long id, @RequestParam(required = false) Long portfolioId,
                   @RequestParam(required = false) Long programmeId, @RequestParam(required = false) Long managerId,
                   @RequestParam long version, @RequestParam Map<String, String> parameters, Model model) {
        Map<String, String> custom = IndexedParameters.of(parameters, "customFields");
        return act(id, model, () -> desk.convert(id, new ConvertCommand(portfolioId, programmeId, managerId, custom, version)));
    }

    @PostMapping("/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam String field, @RequestParam("file") MultipartFile file,
                  Model model) throws IOException {
        byte[] bytes = file.getBytes();
        return act(id, model, () -> desk.attach(id, field, file.getOriginalFilename(), file.getContentType(), bytes));
    }

    @GetMapping("/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachment) {
        return RequestsApiController.download(desk.attachment(id, attachment));
    }

    @PostMapping("/{id}/attachments/{attachment}/delete")
    String removeAttachment(@PathVariable long id, @PathVariable long attachment, Model model) {
        return act(id, model, () -> desk.removeAttachment(id, attachment));
    }

    /** Runs a workflow act; its problems (an incomplete request, a missing reason) are shown on the request page. */
    private String act(long id, Model model, Runnable act) {
        try {
            act.run();
            return "redirect:/requests/" + id;
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
            detail(id, "overview", model);
            return "requests/detail";
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
            detail(id, "overview", model);
            return "requests/detail";
        }
    }

    private String form(Model model, RequestTypeView type, RequestView request) {
        model.addAttribute("type", type);
        model.addAttribute("request", request);
        model.addAttribute("portfolios", portfolios.portfolios());
        model.addAttribute("programmes", portfolios.programmes(null));
        model.addAttribute("people", people.all());
        model.addAttribute("objectives", portfolios.objectives());
        return "requests/form";
    }
}
