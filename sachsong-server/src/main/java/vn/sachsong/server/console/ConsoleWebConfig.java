package vn.sachsong.server.console;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import vn.sachsong.server.system.PrivateFolder;
import vn.sachsong.server.system.SachSongProperties;

/**
 * The console's language (Vietnamese unless {@code ?lang=en} chose English, kept in a cookie), its
 * access rules on every handler, and uploads written to the data folder as they arrive.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class ConsoleWebConfig implements WebMvcConfigurer {
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private final Users users;

    ConsoleWebConfig(Users users) {
        this.users = users;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("sachsong-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // the API's requests are the API's own: not even their query is read here
        registry.addInterceptor(new Language()).excludePathPatterns(ConsoleSecurity.OUTSIDE);
        registry.addInterceptor(new AccessInterceptor(users)).excludePathPatterns(ConsoleSecurity.OUTSIDE);
    }

    /** {@code ?lang=vi} or {@code ?lang=en}; any other value is left alone (the page stays in its language). */
    private static final class Language extends LocaleChangeInterceptor {
        Language() {
            setParamName("lang");
            setIgnoreInvalidLocale(true);
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws jakarta.servlet.ServletException {
            var lang = request.getParameter("lang");
            if ("vi".equals(lang) || "en".equals(lang)) {
                return super.preHandle(request, response, handler);
            }
            return true;
        }
    }

    /**
     * Uploads go to disk as they arrive ({@code data-dir/uploads/incoming}, no part kept in memory)
     * and may be as large as the disk allows; the handler moves the file to its job. The uploads
     * folder is the server user's alone ({@link PrivateFolder}).
     */
    @Bean
    MultipartConfigElement uploads(SachSongProperties settings) {
        var incoming = settings.dataDir().toAbsolutePath().resolve("uploads").resolve("incoming");
        try {
            PrivateFolder.of(PrivateFolder.of(incoming).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the upload folder " + incoming, e);
        }
        return new MultipartConfigElement(incoming.toString(), -1, -1, 0);
    }
}
