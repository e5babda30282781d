package vn.sachsong.server.exchange;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error page, in place of Spring Boot's: every error it is forwarded (a status set
 * by the container, an exception no handler took) becomes a problem with a stable code. Asked for
 * directly, it is not found: it is no endpoint of its own.
 */
@Controller
class ApiErrorController implements ErrorController {
    private final ContainerRefusals refusals;

    ApiErrorController(ContainerRefusals refusals) {
        this.refusals = refusals;
    }

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status) {
            var path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            refusals.answer(request, response, status, request.getMethod(), path);
        } else {
            refusals.answer(request, response, 404, request.getMethod(), request.getRequestURI());
        }
    }
}
