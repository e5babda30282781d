package vn.sachsong.server.console;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Spring Security for the console, and only for it. The exchange API ({@code /api/}), the public
 * keys ({@code /.well-known/}), health and the API's OpenAPI pages are outside every filter chain
 * and its firewall ({@link ConsoleFirewall}): the API authenticates with bearer keys at its own
 * gate, which runs before this and refuses every spelling of an API path but the canonical one.
 * Everything else needs a signed-in user; what each role may do is declared on the handler
 * ({@link Access}), not here.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class ConsoleSecurity {
    /**
     * Outside the console's security: each of these has its own rules (the API's gate) or shows nothing personal
     * (a result's printable page is public: it is the verification URL its QR code carries, Decree 45 Art. 18).
     */
    static final String[] OUTSIDE = {"/api/**", "/.well-known/**", "/results/*", "/actuator/health", "/actuator/health/**",
        "/actuator/info", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};
    static final String HX_REQUEST = "HX-Request";

    @Bean
    WebSecurityCustomizer outsideTheConsole() {
        return web -> web.httpFirewall(new ConsoleFirewall()).ignoring().requestMatchers(OUTSIDE);
    }

    /**
     * The console's one way to sign in, with no parent to fall back on (so a throttled try is not
     * asked again elsewhere, and Spring Boot makes no default user with a generated password).
     */
    @Bean
    org.springframework.security.authentication.AuthenticationManager consoleAuthenticationManager(Users users,
            LoginThrottle throttle) {
        return new org.springframework.security.authentication.ProviderManager(new ConsoleAuthentication(users, throttle));
    }

    @Bean
    SecurityFilterChain console(HttpSecurity http, org.springframework.security.authentication.AuthenticationManager manager)
            throws Exception {
        var login = new LoginUrlAuthenticationEntryPoint("/login");
        login.setFavorRelativeUris(true);   // never a Location built from the Host a request names
        http.authenticationManager(manager)
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/login", "/assets/**", "/favicon.ico", "/error").permitAll()
                        // a signed result's printable page: its QR code is for anyone to check (Decree 45, Art. 18)
                        .requestMatchers("/results/*").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").usernameParameter("username").passwordParameter("password")
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof ConsoleAuthentication.Throttled t ? "/login?slow=" + t.seconds : "/login?error"))))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .csrf(c -> c.csrfTokenRequestHandler(new HeaderOnlyForUploads()))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()).invalidSessionStrategy((request, response) -> {
                    // an expired session: a page goes to the sign-in with a word why; a live part asks htmx to go there
                    request.getSession(true);
                    if (request.getHeader(HX_REQUEST) != null) {
                        response.setHeader("HX-Redirect", request.getContextPath() + "/login?expired");
                        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                    } else {
                        response.sendRedirect(request.getContextPath() + "/login?expired");
                    }
                }))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            // a session that ended (timed out, or the server restarted) is said to have ended
                            boolean ended = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
                            var target = request.getContextPath() + (ended ? "/login?expired" : "/login");
                            if (request.getHeader(HX_REQUEST) != null) {
                                response.setHeader("HX-Redirect", target);
                                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                            } else if (ended) {
                                response.sendRedirect(target);
                            } else {
                                login.commence(request, response, ex);
                            }
                        })
                        .accessDeniedHandler((request, response, ex) -> {
                            // a form without its token (tampered, or from before the session began): a page saying so
                            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                            request.getRequestDispatcher(ex instanceof CsrfException ? "/problem/form" : "/problem/denied")
                                    .forward(request, response);
                        }))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self';"
                                + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none';"
                                + " form-action 'self'; base-uri 'self'"))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
