package org.lodestar.platform.web;

import org.lodestar.platform.ApiTokens;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.People;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in page and the user's own account: password and personal API tokens. */
@Controller
class AccountController {

    private final ApiTokens tokens;
    private final People people;

    AccountController(ApiTokens tokens, People people) {
        this.tokens = tokens;
        this.people = people;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("tokens", tokens.mine());
        return "account/account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
                          @RequestParam(defaultValue = "") String newPassword, Model model,
                          RedirectAttributes redirect) {
        try {
            people.changeOwnPassword(currentPassword, newPassword);
            redirect.addFlashAttribute("passwordChanged", true);
            return "redirect:/account";
        } catch (InvalidInputException invalid) {
            model.addAttribute("passwordProblems", invalid.problems());
            return account(model);
        }
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        if (!StringUtils.hasText(name) || name.length() > 80) {
            redirect.addFlashAttribute("tokenNameError", true);
            return "redirect:/account";
        }
        redirect.addFlashAttribute("createdToken", tokens.create(name));
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id) {
        tokens.revoke(id);
        return "redirect:/account";
    }
}
