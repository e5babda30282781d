package vn.sachsong.server.console;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** {@code /account}: the signed-in user's name and role, and the change of their own password. */
@Controller
class AccountPage {
    /** The password form. */
    record PasswordChange(String current, String next, String repeat) {
    }

    private final Users users;

    AccountPage(Users users) {
        this.users = users;
    }

    @GetMapping("/account")
    @Access(Access.Level.SIGNED_IN)
    String account(Model model) {
        model.addAttribute("form", new PasswordChange("", "", ""));
        return "account";
    }

    @PostMapping("/account")
    @Access(Access.Level.SIGNED_IN)
    String change(@ModelAttribute("form") PasswordChange form, Model model, jakarta.servlet.http.HttpServletResponse response) {
        String problem = null;
        if (form.next() == null || !form.next().equals(form.repeat())) {
            problem = "account.mismatch";
        } else {
            try {
                users.changePassword(Viewer.current().name(), form.current(), form.next());
            } catch (UserException e) {
                problem = e.getMessage().startsWith("account.") ? e.getMessage() : "account.failed";
            }
        }
        if (problem != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", problem);
            model.addAttribute("form", new PasswordChange("", "", ""));
            return "account";
        }
        return "redirect:/account?changed";
    }
}
