package org.lodestar.portfolio.web;

import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.CustomFieldCommand;
import org.lodestar.portfolio.CustomFieldView;
import org.lodestar.portfolio.CustomFieldScope;
import org.lodestar.portfolio.CustomFieldType;
import org.lodestar.portfolio.CustomFields;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Administration of custom fields, on projects and on tasks. */
@Controller
@RequestMapping("/admin/custom-fields")
class CustomFieldsAdminController {

    private final CustomFields customFields;
    CustomFieldsAdminController(CustomFields customFields) {
        this.customFields = customFields;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new CustomFieldForm());
        return page(model);
    }

    @PostMapping
    String define(@ModelAttribute("form") CustomFieldForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                customFields.define(form.toCommand());
                return "redirect:/admin/custom-fields";
            } catch (InvalidInputException invalid) {
                invalid.rejectInto(errors);
            }
        }
        return page(model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        CustomFieldView field = customFields.get(id);
        model.addAttribute("field", field);
        model.addAttribute("form", CustomFieldForm.of(field));
        return "admin/custom-field";
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @ModelAttribute("form") CustomFieldForm form, BindingResult errors,
                  Model model) {
        CustomFieldView field = customFields.get(id);
        if (!errors.hasErrors()) {
            try {
                // key and type never change: they are taken from the stored definition
                CustomFieldCommand command = form.toCommand();
                customFields.change(id, new CustomFieldCommand(field.key(), command.label(), field.type(),
                        command.choices(), command.required(), command.position(), command.version()));
                return "redirect:/admin/custom-fields";
            } catch (InvalidInputException invalid) {
                invalid.rejectInto(errors);
            } catch (StaleVersionException stale) {
                model.addAttribute("stale", true);
            }
        }
        model.addAttribute("field", field);
        return "admin/custom-field";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Model model) {
        try {
            customFields.delete(id);
            return "redirect:/admin/custom-fields";
        } catch (InvalidInputException refused) {
            model.addAttribute("form", new CustomFieldForm());
            model.addAttribute("deleteProblems", refused.problems());
            return page(model);
        }
    }

    private String page(Model model) {
        model.addAttribute("fields", customFields.all());
        model.addAttribute("types", CustomFieldType.values());
        model.addAttribute("scopes", CustomFieldScope.values());
        return "admin/custom-fields";
    }
}
