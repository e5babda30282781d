package vn.sachsong.server.exchange;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.DispatcherType;
import java.util.function.Supplier;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;
import vn.sachsong.server.audit.AuditRecorder;

/**
 * Puts the API's gate, fast path and access rules in front of {@code /api/}, its problem answers in
 * place of the container's error report, and describes the API for OpenAPI.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeWebConfig implements WebMvcConfigurer {
    private final ExchangeProperties props;

    ExchangeWebConfig(ExchangeProperties props) {
        this.props = props;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiInterceptor());
    }

    @Bean
    VerifyFastPath verifyFastPath(Verification verification, Refusals refusals, JsonMapper json) {
        return new VerifyFastPath(verification, refusals, json);
    }

    /** Ahead of every other filter, on every path: an API request may be spelled many ways. */
    @Bean
    FilterRegistrationBean<ApiGate> apiGate(Callers callers, RateLimiter rateLimiter, Refusals refusals, AuditRecorder audit,
            VerifyFastPath fastPath, ObjectProvider<FastPath> fastPaths, JsonMapper json,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> mapping) {
        var others = new FastPaths(fastPaths::orderedStream, refusals, json);
        var gate = new ApiGate(callers, rateLimiter, new BodyReader(props, refusals), refusals, audit, fastPath, others,
                new Routes(mapping::getObject), props.maxBody().toBytes());
        var registration = new FilterRegistrationBean<>(gate);
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Tomcat's HTML error report replaced by {@link ContainerEdge}. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerEdge(ObjectProvider<ContainerRefusals> refusals) {
        return new EdgeCustomizer(refusals::getObject);
    }

    /**
     * Ordered last, so it runs after Spring Boot's own customizer, which adds an error report valve of
     * its own; that one is taken out. The refusals are looked up at the first refusal, not at start.
     */
    private record EdgeCustomizer(Supplier<ContainerRefusals> refusals)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                var host = (StandardHost) context.getParent();
                for (var valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ContainerEdge(refusals));
                host.setErrorReportValveClass(ContainerEdge.class.getName());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /**
     * Bodies are read strictly: a key given twice ("purpose" twice, the second allowed) is refused,
     * not last-one-wins; a number or true where text is expected is refused, not turned into text,
     * and a number or text where true or false is ("digitised": 2 or "TRUE") is refused too. A
     * number in free JSON (a result's decision) is kept exactly as its value: 1e400 is not Infinity.
     * A member the endpoint does not take is refused, not ignored: a misspelt optional member
     * ("evidence_codes" for "evidence") would otherwise store a dossier without what it meant to say,
     * and its code then holds that content for good. (A verification, which stores nothing, ignores
     * them: {@link ExchangeApi.VerifyRequest}.)
     */
    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
    }

    @Bean
    OpenAPI exchangeOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Sạch Sống exchange API").version("v1")
                        .description("Verify and look up citizens' registry data. Every request is audited. "
                                + "Errors are RFC 9457 problem+json with a stable `code`; see docs/API.md."))
                .components(new Components().addSecuritySchemes("apiKey", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").description("ss_live_... key from `sachsong agency create`")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
