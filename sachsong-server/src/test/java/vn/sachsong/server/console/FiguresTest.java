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
}
