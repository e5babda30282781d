package vn.sachsong.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A pid or old card number (never negative) as text, with its leading zeros: as {@code %0Nd} writes it. */
class PersonIndexDigitsTest {
    @Test
    void numbersAreWrittenAsTheFormatterWritesThem() {
        long[] values = {0, 1, 9, 10, 99, 1_234_567, 1_090_000_001L, 1_000_000_000_00L, 999_999_999_999L, 1_000_000_000_000L,
            123_456_789_012_345L, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L, Long.MAX_VALUE};
        for (int width : new int[] {3, 9, 12}) {
            for (long value : values) {
                assertThat(PersonIndex.digits(value, width)).as("%d in %d digits", value, width)
                        .isEqualTo(String.format(Locale.ROOT, "%0" + width + "d", value));
            }
        }
    }
}
