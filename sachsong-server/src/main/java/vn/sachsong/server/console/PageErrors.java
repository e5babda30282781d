package vn.sachsong.server.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import vn.sachsong.server.dataset.DatasetException;

/** Failures in the console's own handlers, as pages: bad input a 400, a lost page a 404, the rest a 500 with no detail. */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageErrors {
    /** How much of an address's value a page repeats. */
    private static final int SHOWN = 64;

    @ExceptionHandler(DatasetException.class)
    ModelAndView dataset(DatasetException e, HttpServletResponse response) {
        return ErrorPages.page(response, HttpStatus.NOT_FOUND, "error.dataset");
    }

    @ExceptionHandler(UserException.class)
    ModelAndView user(UserException e, HttpServletResponse response) {
        return ErrorPages.page(response, HttpStatus.BAD_REQUEST, "error.bad-input");
    }

    /** A number in the address that is none (a job "abc", a run past any id) names nothing: 404; in a form, a bad form. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            var value = String.valueOf(e.getValue());
            return ErrorPages.page(response, HttpStatus.NOT_FOUND, "error.not-found",
                    value.length() > SHOWN ? value.substring(0, SHOWN) + "..." : value);
        }
        return badForm(e, response);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class,
        org.springframework.web.bind.MethodArgumentNotValidException.class,
        org.springframework.web.method.annotation.HandlerMethodValidationException.class,
        org.springframework.validation.BindException.class})
    ModelAndView badForm(Exception e, HttpServletResponse response) {
        return ErrorPages.page(response, HttpStatus.BAD_REQUEST, "error.bad-form");
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView upload(MultipartException e, HttpServletResponse response) {
        return ErrorPages.page(response, HttpStatus.BAD_REQUEST, "error.upload-damaged");
    }

    /**
     * A request the container could not read as it says it is: a multipart body without its boundary
     * or cut short (an interrupted upload), parameters it cannot decode. The client's, not ours: 400.
     */
    @ExceptionHandler({org.apache.tomcat.util.http.InvalidParameterException.class, jakarta.servlet.ServletException.class,
        java.io.IOException.class})
    ModelAndView unreadable(Exception e, HttpServletResponse response) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.apache.tomcat.util.http.fileupload.FileUploadException) {
                return ErrorPages.page(response, HttpStatus.BAD_REQUEST, "error.upload-damaged");
            }
        }
        if (e instanceof org.apache.tomcat.util.http.InvalidParameterException) {
            return badForm(e, response);
        }
        return failed(e, response);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView method(Exception e, HttpServletResponse response) {
        return ErrorPages.page(response, HttpStatus.METHOD_NOT_ALLOWED, "error.method");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e, HttpServletResponse response) {
        // the message may quote a value of the data: its long digit runs (IDs) are cut
        ErrorPages.log().error("A console page failed: {}: {}", e.getClass().getName(),
                String.valueOf(e.getMessage()).replaceAll("[0-9]{6,}", "######"));
        return ErrorPages.page(response, HttpStatus.INTERNAL_SERVER_ERROR, "error.internal");
    }
}
