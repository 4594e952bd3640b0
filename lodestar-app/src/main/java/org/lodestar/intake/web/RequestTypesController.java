package org.lodestar.intake.web;

import java.util.Map;
import org.lodestar.intake.FieldType;
import org.lodestar.intake.RequestTypeCatalog;
import org.lodestar.intake.RequestTypeView;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The PMO's pages for request types and their forms. */
@Controller
@RequestMapping("/request-types")
class RequestTypesController implements AuthorisedFirst {

    private final RequestTypeCatalog types;
    private final OrganisationRights rights;

    RequestTypesController(RequestTypeCatalog types, OrganisationRights rights) {
        this.rights = rights;
        this.types = types;
    }

    /** Request types are the PMO's, refused before the form is bound. */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        rights.require(OrganisationAct.DEFINE_REQUEST_TYPES);
    }

    @GetMapping
    String list(Model model) {
        requirePmo();
        model.addAttribute("types", types.all());
        return "requests/types";
    }

    @GetMapping("/new")
    String newType(Model model) {
        requirePmo();
        model.addAttribute("form", RequestTypeForm.blank());
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") RequestTypeForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) return form(model, null);
        try {
            types.create(form.toCommand());
            return "redirect:/request-types";
        } catch (InvalidInputException invalid) {
            invalid.rejectInto(errors);
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        requirePmo();
        RequestTypeView type = types.get(id);
        model.addAttribute("form", RequestTypeForm.of(type, types::asRead));
        return form(model, type);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") RequestTypeForm form, BindingResult errors,
                  Model model) {
        RequestTypeView type = types.get(id);
        if (errors.hasErrors()) return form(model, type);
        try {
            types.change(id, form.toCommand());
            return "redirect:/request-types";
        } catch (InvalidInputException invalid) {
            invalid.rejectInto(errors);
            return form(model, type);
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
            return form(model, type);
        }
    }

    private String form(Model model, RequestTypeView type) {
        model.addAttribute("type", type);
        model.addAttribute("fieldTypes", FieldType.values());
        return "requests/type-form";
    }

    private void requirePmo() {
        rights.require(OrganisationAct.DEFINE_REQUEST_TYPES);
    }
}
