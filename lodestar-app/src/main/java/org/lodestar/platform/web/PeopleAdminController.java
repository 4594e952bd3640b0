package org.lodestar.platform.web;

import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.Role;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.platform.UserId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Administration of people and their roles (administrators only, enforced for /admin/** and in People). */
@Controller
@RequestMapping("/admin/users")
class PeopleAdminController {

    private final People people;

    PeopleAdminController(People people) {
        this.people = people;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("people", people.all());
        model.addAttribute("form", new PersonForm());
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @PostMapping
    String create(@ModelAttribute("form") PersonForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                people.create(form.toNewPerson());
                return "redirect:/admin/users";
            } catch (InvalidInputException invalid) {
                invalid.rejectInto(errors);
            }
        }
        model.addAttribute("people", people.all());
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Person person = people.get(new UserId(id));
        model.addAttribute("person", person);
        model.addAttribute("form", PersonForm.of(person));
        model.addAttribute("roles", Role.values());
        model.addAttribute("lockedUntil", lockedUntil(person));
        return "admin/user";
    }

    @PostMapping("/{id}/sign-in-lock")
    String liftSignInLock(@PathVariable long id) {
        people.liftSignInLock(new UserId(id));
        return "redirect:/admin/users/" + id;
    }

    /** The end of the person's sign-in lock in the server's zone, or null when they are not locked out. */
    private java.time.LocalDateTime lockedUntil(Person person) {
        return people.signInLockedUntil(person.id())
                .map(until -> java.time.LocalDateTime.ofInstant(until, java.time.ZoneId.systemDefault())).orElse(null);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @ModelAttribute("form") PersonForm form, BindingResult errors, Model model) {
        Person person = people.get(new UserId(id));
        if (!errors.hasErrors()) {
            try {
                people.change(new UserId(id), form.toChange());
                return "redirect:/admin/users";
            } catch (InvalidInputException invalid) {
                invalid.rejectInto(errors);
            } catch (StaleVersionException stale) {
                model.addAttribute("stale", true);
            }
        }
        model.addAttribute("person", person);
        model.addAttribute("roles", Role.values());
        model.addAttribute("lockedUntil", lockedUntil(person));
        return "admin/user";
    }
}
