package vn.sachsong.server.exchange;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import vn.sachsong.server.audit.AuditUnavailableException;

/**
 * Every failure of an API request becomes an RFC 9457 problem with a stable {@code code}. Details
 * are written here, never taken from an exception's message, so nothing internal reaches a client;
 * unexpected failures are logged with the request id the client also sees.
 */
@RestControllerAdvice
class ApiErrors {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    /** How much of a member name a client sent is repeated in the refusal. */
    private static final int MEMBER_SHOWN = 64;
    /** NOT_ACCEPTABLE's detail, wherever the client's Accept is found to rule JSON out. */
    static final String JSON_ONLY = "This API answers in JSON; send Accept: application/json (or leave Accept out).";
    static final String BEARER = "Bearer";
    /** AUDIT_UNAVAILABLE's detail, wherever the audit log could not record an access. */
    static final String UNRECORDED = "The access could not be recorded, so it was not made; retry later.";

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handle(Exception e, HttpServletRequest request) throws Exception {
        var trail = ApiTrails.of(request);
        if (trail == null) {
            throw e;
        }
        var refusal = refusal(e, trail.requestId());
        var response = ResponseEntity.status(refusal.code().status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (refusal.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
        }
        if (refusal.code().status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, BEARER);
        }
        if (e instanceof HttpRequestMethodNotSupportedException m && m.getSupportedHttpMethods() != null) {
            response.allow(m.getSupportedHttpMethods().toArray(HttpMethod[]::new));
        }
        return response.body(problem(refusal.code(), refusal.getMessage(), trail.requestId()));
    }

    static ProblemDetail problem(ErrorCode code, String detail, String requestId) {
        var problem = ProblemDetail.forStatusAndDetail(code.status(), detail);
        problem.setType(type(code));
        problem.setTitle(code.title());
        problem.setProperty("code", code.name());
        problem.setProperty("request_id", requestId);
        return problem;
    }

    static URI type(ErrorCode code) {
        return URI.create("urn:sachsong:problem:" + code.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static ApiException refusal(Exception e, String requestId) {
        return switch (e) {
            case ApiException api -> api;
            case HttpMessageNotReadableException m -> new ApiException(ErrorCode.MALFORMED_BODY, unreadable(m));
            case HttpMediaTypeNotSupportedException m ->
                new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
            case HttpMediaTypeNotAcceptableException m -> new ApiException(ErrorCode.NOT_ACCEPTABLE, JSON_ONLY);
            case InvalidParameterException m -> new ApiException(ErrorCode.INVALID_PARAMETER,
                    "A query parameter is not valid percent-encoded UTF-8.");
            case HttpRequestMethodNotSupportedException m ->
                new ApiException(ErrorCode.METHOD_NOT_ALLOWED, "This endpoint does not take this method.");
            case NoResourceFoundException m -> new ApiException(ErrorCode.NOT_FOUND, "No such endpoint.");
            case NoHandlerFoundException m -> new ApiException(ErrorCode.NOT_FOUND, "No such endpoint.");
            case MissingServletRequestParameterException m ->
                new ApiException(ErrorCode.INVALID_PARAMETER, "Parameter " + m.getParameterName() + " is required.");
            case MethodArgumentTypeMismatchException m ->
                new ApiException(ErrorCode.INVALID_PARAMETER, "Parameter " + m.getName() + " has the wrong type.");
            default -> failure(e, requestId);
        };
    }

    /** What is wrong with a body that could not be read: the member it does not take, if that was it. */
    private static String unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof UnrecognizedPropertyException u) {
            var name = u.getPropertyName();
            var shown = name.length() > MEMBER_SHOWN ? name.substring(0, MEMBER_SHOWN) + "..." : name;
            return "The body has a member this endpoint does not take: \"" + shown + "\"; see docs/API.md for its members.";
        }
        return "The body is not JSON of the shape this endpoint takes.";
    }

    /**
     * A failure no rule foresaw, inside Spring MVC or out of it (a fast path's): AUDIT_UNAVAILABLE when
     * the audit log could not record the access, else INTERNAL_ERROR, logged with the request id.
     */
    static ApiException failure(Exception e, String requestId) {
        if (e instanceof AuditUnavailableException) {
            return new ApiException(ErrorCode.AUDIT_UNAVAILABLE, UNRECORDED);
        }
        if (clientGone(e)) {   // the client closed the connection before its answer was written: nothing of ours failed
            log.debug("Request {}: the client went before its answer was written ({})", requestId, e.toString());
        } else {
            log.error("Request {} failed", requestId, e);
        }
        return new ApiException(ErrorCode.INTERNAL_ERROR, "The request failed; quote request id " + requestId + ".");
    }

    /** True when writing the answer failed because the client hung up (a broken pipe, a reset), which any client can cause at will. */
    static boolean clientGone(Throwable e) {
        for (var t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ClientAbortException
                    || t instanceof AsyncRequestNotUsableException) {
                return true;
            }
            if (t instanceof IOException && t.getMessage() != null
                    && (t.getMessage().contains("Broken pipe") || t.getMessage().contains("Connection reset"))) {
                return true;
            }
        }
        return false;
    }
}
