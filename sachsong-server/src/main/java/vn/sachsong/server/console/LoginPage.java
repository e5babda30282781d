package vn.sachsong.server.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in form ({@code /login}; Spring Security takes the POST) and the pages a refused form is forwarded to. */
@Controller
class LoginPage {
    @GetMapping("/login")
    @Access(Access.Level.SIGNED_IN)
    String login() {
        return Viewer.current() == null ? "login" : "redirect:/";
    }

    /** A POST whose CSRF token was missing or wrong: a tampered form, or one from an ended session. */
    @RequestMapping("/problem/form")
    @Access(Access.Level.SIGNED_IN)
    org.springframework.web.servlet.ModelAndView form(jakarta.servlet.http.HttpServletResponse response) {
        return ErrorPages.page(response, org.springframework.http.HttpStatus.FORBIDDEN, "error.csrf");
    }

    @RequestMapping("/problem/denied")
    @Access(Access.Level.SIGNED_IN)
    org.springframework.web.servlet.ModelAndView denied(jakarta.servlet.http.HttpServletResponse response) {
        return ErrorPages.page(response, org.springframework.http.HttpStatus.FORBIDDEN, "error.forbidden");
    }
}
