package org.lodestar.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lodestar.platform.ApiTokens;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.People;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
    private final CurrentUser currentUser;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final boolean demo;

    AccountController(ApiTokens tokens, People people, CurrentUser currentUser,
                      FindByIndexNameSessionRepository<? extends Session> sessions,
                      @Value("${lodestar.demo}") boolean demo) {
        this.tokens = tokens;
        this.people = people;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demo);
        return "login";
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("preferredLanguage", people.get(currentUser.actor().id()).preferredLanguage());
        return "account/account";
    }

    /** Saves the preferred language and shows the account in it (none: the browser's language again). */
    @PostMapping("/account/language")
    String changeLanguage(@RequestParam(defaultValue = "") String preferredLanguage, Model model,
                          RedirectAttributes redirect) {
        try {
            String saved = people.changeOwnLanguage(preferredLanguage).preferredLanguage();
            redirect.addFlashAttribute("languageChanged", true);
            return saved == null ? "redirect:/account" : "redirect:/account?lang=" + saved;
        } catch (InvalidInputException invalid) {
            model.addAttribute("languageProblems", invalid.problems());
            return account(model);
        }
    }

    /** Changes the password and signs the person out everywhere else (a changed password may mean a stolen one). */
    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
                          @RequestParam(defaultValue = "") String newPassword, Model model,
                          RedirectAttributes redirect, HttpServletRequest request) {
        try {
            people.changeOwnPassword(currentPassword, newPassword);
            String thisSession = request.getSession().getId();
            sessions.findByPrincipalName(currentUser.actor().username()).keySet().stream()
                    .filter(id -> !id.equals(thisSession)).forEach(sessions::deleteById);
            redirect.addFlashAttribute("passwordChanged", true);
            return "redirect:/account";
        } catch (InvalidInputException invalid) {
            model.addAttribute("passwordProblems", invalid.problems());
            return account(model);
        }
    }

    /**
     * Creates a token and shows its secret in this one answer: never through the session (which is stored in the
     * database) and never cached by the browser.
     */
    @PostMapping("/account/tokens")
    String createToken(@RequestParam(defaultValue = "") String name, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("createdToken", tokens.create(name));
        } catch (InvalidInputException invalid) {
            model.addAttribute("tokenNameError", true);
        }
        response.setHeader("Cache-Control", "no-store");
        return account(model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id) {
        tokens.revoke(id);
        return "redirect:/account";
    }
}
