package vn.sachsong.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FaultsTest {
    @Test
    void halfASurrogatePairAndControlsArePlacedByCharacter() {
        assertThat(Faults.first("Chấp thuận \uD83D\uDE00", true)).isZero();
        assertThat(Faults.first("\uD83D\uDE00x\uD800y", false)).as("the pair counts as one character").isEqualTo(3);
        assertThat(Faults.first("ab\uDC00", false)).isEqualTo(3);
        assertThat(Faults.first("a\nb", false)).isZero();
        assertThat(Faults.first("a\nb", true)).isEqualTo(2);
        assertThat(Faults.first("x\uD800", true)).as("a high half at the end").isEqualTo(2);
    }
}
