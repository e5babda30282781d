package vn.sachsong.server.console;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal of the console (wherever the interceptor raised it) as a page in the user's language
 * with its status: what happened and what to do, never a stack trace.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages {
    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(ConsoleException.class)
    ModelAndView refused(ConsoleException e, HttpServletResponse response) {
        var page = page(response, e.status, e.key, e.args);
        page.addObject("back", e.back);
        return page;
    }

    /** A path nothing serves: for a signed-in user a page; for anyone else (the API's clients) the API's answer. */
    @ExceptionHandler(org.springframework.web.servlet.resource.NoResourceFoundException.class)
    ModelAndView missing(Exception e, jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (Viewer.current() == null || request.getRequestURI().startsWith("/api/")) {
            throw e;
        }
        return page(response, HttpStatus.NOT_FOUND, "error.not-found", request.getRequestURI());
    }

    static ModelAndView page(HttpServletResponse response, HttpStatus status, String key, Object... args) {
        response.setStatus(status.value());
        var page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("messageKey", key);
        page.addObject("messageArgs", args);
        page.addObject("viewer", Viewer.current());
        return page;
    }

    static Logger log() {
        return log;
    }
}
