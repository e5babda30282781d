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

    /**
     * The undefined bytes lost on the way, as Python's cp1252 codec loses them with errors="replace"
     * (U+FFFD) or "ignore" (dropped), and as tools that print "?" do. Each gap takes the byte that
     * makes its word a Vietnamese syllable in a consistent case: "Hường", not "Hưọng"; "ÁNH", not "ÍNH".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Nguyễn Thị Ngọc Hương|Nguyá»…n Thá»‹ Ngá»\uFFFDc HÆ°Æ¡ng|Nguyá»…n Thá»‹ Ngá»c HÆ°Æ¡ng|Nguyá»…n Thá»‹ Ngá»?c HÆ°Æ¡ng",
        "Đỗ Văn Hùng|Ä\uFFFDá»— VÄƒn HÃ¹ng|Äá»— VÄƒn HÃ¹ng|Ä?á»— VÄƒn HÃ¹ng",
        "NGUYỄN THỊ ÁNH|NGUYá»„N THá»Š Ã\uFFFDNH|NGUYá»„N THá»Š ÃNH|NGUYá»„N THá»Š Ã?NH",
        "Phạm Thị Thu Hường|Pháº¡m Thá»‹ Thu HÆ°á»\uFFFDng|Pháº¡m Thá»‹ Thu HÆ°á»ng|Pháº¡m Thá»‹ Thu HÆ°á»?ng",
        "Đặng Đình Thọ|Ä\uFFFDáº·ng Ä\uFFFDÃ¬nh Thá»\uFFFD|Äáº·ng ÄÃ¬nh Thá»|Ä?áº·ng Ä?Ã¬nh Thá»?",
    })
    void bytesLostOnTheWayAreRefilled(String unicode, String replaced, String dropped, String questionMarks) {
        for (var shown : new String[] {replaced, dropped, questionMarks}) {
            assertThat(Mojibake.decode(shown)).as(shown).isEqualTo(unicode);
            var repair = TextRepair.repair(shown);
            assertThat(repair.text()).as(shown).isEqualTo(unicode);
            assertThat(repair.source()).isEqualTo(TextSource.MOJIBAKE);
        }
    }

    @Test
    void aQuestionMarkOrReplacementCharacterOutsideMojibakeIsLeftAlone() {
        assertThat(TextRepair.repair("Nguyễn Văn ?").text()).isEqualTo("Nguyễn Văn ?");
        assertThat(TextRepair.repair("Lê Thị \uFFFD").text()).isEqualTo("Lê Thị \uFFFD");
        assertThat(TextRepair.repair("Ai? Không rõ").text()).isEqualTo("Ai? Không rõ");
    }
}
