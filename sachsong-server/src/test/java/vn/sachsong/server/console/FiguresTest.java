package vn.sachsong.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiguresTest {
    private final Figures figures = new Figures(null);

    /** A rate on a page is rounded once, from its counts: 206 of 1,917 is 10.746%, so 10,7% (not 10.75% rounded again). */
    @Test
    void aShareIsRoundedOnceFromItsCounts() {
        assertThat(figures.share(206, 1917, Locale.forLanguageTag("vi"))).isEqualTo("10,7%");
        assertThat(figures.share(120, 152, Locale.ENGLISH)).isEqualTo("78.9%");
        assertThat(figures.share(1, 8, Locale.ENGLISH)).as("12.5 exactly, half up").isEqualTo("12.5%");
        assertThat(figures.share(1, 3, Locale.ENGLISH)).isEqualTo("33.3%");
        assertThat(figures.share(0, 0, Locale.ENGLISH)).isEqualTo("–");
    }

    /** The audit page showed full personal IDs in the paths of requests refused before routing (an unknown key, say). */
    @Test
    void longDigitRunsInAPathAreMaskedLikePersonalIds() {
        assertThat(figures.maskedPath("GET /api/v1/people/001055814396")).isEqualTo("GET /api/v1/people/0010******96");
        assertThat(figures.maskedPath("GET /api/v1/people/123456789/evidence?x=1")).isEqualTo("GET /api/v1/people/1234***89/evidence?x=1");
        assertThat(figures.maskedPath("GET /api/v1/people/{pid}")).isEqualTo("GET /api/v1/people/{pid}");
        assertThat(figures.maskedPath("POST /api/v1/dossiers/HS-2025-0001/result")).as("short runs are codes, kept")
                .isEqualTo("POST /api/v1/dossiers/HS-2025-0001/result");
        assertThat(figures.maskedPath(null)).isEmpty();
    }
}
