package vn.sachsong.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MojibakeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Nguyễn|Nguyá»…n",
        "Nguyễn Văn Hùng|Nguyá»…n VÄƒn HÃ¹ng",
        "Phạm Thị Hương|Pháº¡m Thá»‹ HÆ°Æ¡ng",
        "Ủy ban nhân dân|á»¦y ban nhÃ¢n dÃ¢n",
    })
    void encodesAsWindows1252ShowsUtf8(String unicode, String shown) {
        assertThat(Mojibake.encode(unicode)).isEqualTo(shown);
        assertThat(Mojibake.decode(shown)).isEqualTo(unicode);
    }

    @Test
    void undefinedCp1252BytesSurviveAsC1Controls() {
        // Đ is C4 90 and ờ is E1 BB 9D: both hit bytes Windows-1252 leaves undefined.
        assertThat(Mojibake.encode("Đờ")).isEqualTo("Ä\u0090á»\u009D");
        assertThat(Mojibake.decode("Ä\u0090á»\u009D")).isEqualTo("Đờ");
        assertThat(Mojibake.decode("Ngá»\u008Dc")).isEqualTo("Ngọc");
    }

    @Test
    void latinOneReadingOfTheSameBytesIsRepairedToo() {
        // Read as ISO-8859-1, byte 0x80 of "…" (E2 80 A6) shows as U+0080, not the euro sign.
        assertThat(Mojibake.decode("Nguyá»\u0085n")).isEqualTo("Nguyễn");
        assertThat(Mojibake.decode("Nguyá»…n")).isEqualTo("Nguyễn");
    }

    @Test
    void noBreakSpaceTurnedSpaceOrTrimmedIsForgiven() {
        assertThat(Mojibake.decode("HoÃ ng Thu HÃ")).isEqualTo("Hoàng Thu Hà");
    }

    @Test
    void textThatIsNotAMisreadingIsReturnedUnchanged() {
        assertThat(Mojibake.decode("Nguyễn Văn Hùng")).isEqualTo("Nguyễn Văn Hùng");
        assertThat(Mojibake.decode("Tô Hà")).isEqualTo("Tô Hà");
        assertThat(Mojibake.decode("Hµ Néi")).isEqualTo("Hµ Néi");
        assertThat(Mojibake.decode("Café")).isEqualTo("Café");
        assertThat(Mojibake.decode("plain ASCII")).isEqualTo("plain ASCII");
    }
}
