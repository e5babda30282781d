package vn.sachsong.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8CheckTest {
    private static boolean wellFormed(int... bytes) {
        var b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return Utf8Check.isWellFormed(b, b.length);
    }

    @Test
    void vietnameseTextIsWellFormed() {
        var text = "Nguyễn Văn Ánh, Thủy, Đặng 😀".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Check.isWellFormed(text, text.length)).isTrue();
    }

    @Test
    void overlongFormsAreMalformed() {
        assertThat(wellFormed(0xC0, 0xB0)).as("'0' in two bytes").isFalse();
        assertThat(wellFormed(0xC0, 0xAF)).as("'/' in two bytes").isFalse();
        assertThat(wellFormed(0xE0, 0x80, 0xAF)).as("'/' in three bytes").isFalse();
        assertThat(wellFormed(0xF0, 0x80, 0x80, 0xAF)).as("'/' in four bytes").isFalse();
    }

    @Test
    void surrogatesCodePointsPastTheRangeAndCutSequencesAreMalformed() {
        assertThat(wellFormed(0xED, 0xA0, 0x80)).as("U+D800").isFalse();
        assertThat(wellFormed(0xF4, 0x90, 0x80, 0x80)).as("U+110000").isFalse();
        assertThat(wellFormed('a', 0xE1, 0xBB)).as("cut at the end").isFalse();
        assertThat(wellFormed(0xFF)).isFalse();
        assertThat(wellFormed(0x80)).as("a lone continuation byte").isFalse();
    }

    @Test
    void theLimitsOfEachLengthAreWellFormed() {
        assertThat(wellFormed(0xC2, 0x80)).as("U+0080").isTrue();
        assertThat(wellFormed(0xE0, 0xA0, 0x80)).as("U+0800").isTrue();
        assertThat(wellFormed(0xEF, 0xBF, 0xBF)).as("U+FFFF").isTrue();
        assertThat(wellFormed(0xF4, 0x8F, 0xBF, 0xBF)).as("U+10FFFF").isTrue();
        assertThat(wellFormed()).isTrue();
    }
}
