package vn.sachsong.server.exchange;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * An answer is {@code application/json} and only a problem is {@code application/problem+json}: a
 * client accepting the problem type alone (as the gate allows) was otherwise sent its 200 and 201
 * answers under the problem type, which a client switching on the media type reads as an error.
 */
@ControllerAdvice
class JsonAnswers implements ResponseBodyAdvice<Object> {
    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selected,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(selected) && !(body instanceof ProblemDetail)) {
            response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        }
        return body;
    }
}
