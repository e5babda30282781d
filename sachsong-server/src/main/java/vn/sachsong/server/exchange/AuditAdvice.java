package vn.sachsong.server.exchange;

import java.lang.reflect.Type;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import vn.sachsong.server.audit.AuditEntry;
import vn.sachsong.server.audit.AuditRecorder;
import vn.sachsong.server.audit.AuditUnavailableException;
import vn.sachsong.server.audit.Audited;

/**
 * The audit of the exchange API's endpoints, declared once: a body that names people
 * ({@link Audited}) names them in the request's trail, and every answer, data or refusal, is
 * recorded by the {@link AuditRecorder} just before it is written, unless its handler already
 * recorded it. If it cannot be recorded, data is withheld and the client gets AUDIT_UNAVAILABLE.
 */
@ControllerAdvice
class AuditAdvice extends RequestBodyAdviceAdapter implements ResponseBodyAdvice<Object> {
    private final AuditRecorder audit;
    private final int maxSubjects;

    AuditAdvice(AuditRecorder audit, ExchangeProperties props) {
        this.audit = audit;
        this.maxSubjects = props.maxBatch();
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
        return targetType instanceof Class<?> c && Audited.class.isAssignableFrom(c);
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converter) {
        var trail = ApiTrails.of(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
        if (trail != null && body instanceof Audited audited) {
            var subjects = audited.subjects();
            // a batch over the limit is refused whole: one entry, not one per item it holds
            trail.subjects(subjects.size() > maxSubjects ? List.of() : subjects);
        }
        return body;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (!(request instanceof ServletServerHttpRequest servletRequest)) {
            return body;
        }
        var trail = ApiTrails.of(servletRequest.getServletRequest());
        if (trail == null || trail.recorded()) {
            return body;
        }
        int status = ((ServletServerHttpResponse) response).getServletResponse().getStatus();
        var outcome = body instanceof ProblemDetail p && p.getProperties() != null && p.getProperties().get("code") != null
                ? p.getProperties().get("code").toString() : AuditEntry.ALLOWED;
        try {
            audit.recordAnswer(trail, outcome, status);
            return body;
        } catch (AuditUnavailableException e) {
            if (body instanceof ProblemDetail) {
                return body;
            }
            audit.recordWithheld(trail);   // the allowed entry may still be committed: the log must say the answer was not given
            response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
            return ApiErrors.problem(ErrorCode.AUDIT_UNAVAILABLE, ApiErrors.UNRECORDED, trail.requestId());
        }
    }
}
