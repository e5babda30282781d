package vn.sachsong.server.exchange;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/** Puts the API's filter and access rules in front of {@code /api/}, and describes the API for OpenAPI. */
@Configuration(proxyBeanMethods = false)
class ExchangeWebConfig implements WebMvcConfigurer {
    private final Authenticator authenticator;
    private final RateLimiter rateLimiter;
    private final ExchangeProperties props;

    ExchangeWebConfig(Authenticator authenticator, RateLimiter rateLimiter, ExchangeProperties props) {
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.props = props;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiInterceptor(authenticator, rateLimiter, props.maxBody().toBytes()))
                .addPathPatterns("/api/**").excludePathPatterns(ApiFilter.PING);
    }

    @Bean
    FilterRegistrationBean<ApiFilter> apiFilter(AuditAdvice audit) {
        var registration = new FilterRegistrationBean<>(new ApiFilter(props.maxBody().toBytes(), audit));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    /** Ahead of every other filter: the everyday verification it answers needs none of them. */
    @Bean
    FilterRegistrationBean<VerifyFastPath> verifyFastPath(PersonReader people, AuditAdvice audit, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new VerifyFastPath(authenticator, rateLimiter, people, audit, json,
                props.maxBody().toBytes()));
        registration.addUrlPatterns(VerifyFastPath.PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Bodies are read strictly: a key given twice ("purpose" twice, the second allowed) is refused,
     * not last-one-wins, and a number or true where text is expected is refused, not turned into text.
     */
    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
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
