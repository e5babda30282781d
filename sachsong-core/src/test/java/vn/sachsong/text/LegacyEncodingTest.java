package vn.sachsong.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LegacyEncodingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hà Nội|Hµ Néi|Haø Noäi|Ha` No^.i",
        "Nguyễn Văn Hùng|NguyÔn V¨n Hïng|Nguyeãn Vaên Huøng|Nguye^~n Va(n Hu`ng",
        "Trần Thị Thu Hà|TrÇn ThÞ Thu Hµ|Traàn Thò Thu Haø|Tra^`n Thi. Thu Ha`",
        "Đỗ Đức Mạnh|§ç §øc M¹nh|Ñoã Ñöùc Maïnh|DDo^~ DDu+'c Ma.nh",
        "Huỳnh Thị Thủy|Huúnh ThÞ Thñy|Huyønh Thò Thuûy|Huy`nh Thi. Thu?y",
        "Hoàng Thị Ngọc Ánh|Hoµng ThÞ Ngäc A¸nh|Hoaøng Thò Ngoïc AÙnh|Hoa`ng Thi. Ngo.c A'nh",
        "Bùi Xuân Trường|Bïi Xu©n Tr\u00ADêng|Buøi Xuaân Tröôøng|Bu`i Xua^n Tru+o+`ng",
        "Đặng Văn Ước|§Æng V¨n ¦íc|Ñaëng Vaên Öôùc|DDa(.ng Va(n U+o+'c",
        "NGUYỄN THỊ HỒNG|NGUY£ÔN THIÞ H¤åNG|NGUYEÃN THÒ HOÀNG|NGUYE^~N THI. HO^`NG",
    })
    void encodesAndDecodesRealNames(String unicode, String tcvn3, String vni, String viqr) {
        assertThat(LegacyEncoding.TCVN3.encode(unicode)).isEqualTo(tcvn3);
        assertThat(LegacyEncoding.VNI.encode(unicode)).isEqualTo(vni);
        assertThat(LegacyEncoding.VIQR.encode(unicode)).isEqualTo(viqr);
        assertThat(LegacyEncoding.TCVN3.decode(tcvn3)).isEqualTo(unicode);
        assertThat(LegacyEncoding.VNI.decode(vni)).isEqualTo(unicode);
        assertThat(LegacyEncoding.VIQR.decode(viqr)).isEqualTo(unicode);
    }

    @ParameterizedTest
    @EnumSource(LegacyEncoding.class)
    void everyLetterRoundTrips(LegacyEncoding encoding) {
        assertThat(VietnameseLetters.ALL).hasSize(134);
        for (char c : VietnameseLetters.ALL.toCharArray()) {
            var letter = String.valueOf(c);
            var legacy = encoding.encode(letter);
            assertThat(encoding.decode(legacy)).as("%s of %s", encoding, letter).isEqualTo(letter);
            var inWords = letter + "nh, " + letter + ". " + letter.toLowerCase() + "?";
            assertThat(encoding.decode(encoding.encode(inWords))).isEqualTo(inWords);
        }
    }

    @Test
    void viqrWritesEveryLetterInAscii() {
        for (char c : VietnameseLetters.ALL.toCharArray()) {
            var viqr = LegacyEncoding.VIQR.encode(String.valueOf(c));
            assertThat(viqr.chars()).as("VIQR of %s", c).allMatch(ch -> ch < 0x80);
        }
    }

    @ParameterizedTest
    @EnumSource(LegacyEncoding.class)
    void roundTripGivesNfcOfDecomposedInput(LegacyEncoding encoding) {
        var text = "Ủy ban nhân dân xã Ứng Hòa, tỉnh Thừa Thiên Huế. Ông Đặng Quốc Khánh?";
        var nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertThat(encoding.decode(encoding.encode(nfd))).isEqualTo(text);
    }

    @Test
    void viqrEscapesLiteralPunctuationAfterLetters() {
        var text = "Hà Nội. Mr. O'Brien? Có!";
        var viqr = LegacyEncoding.VIQR.encode(text);
        assertThat(viqr).isEqualTo("Ha` No^.i\\. Mr\\. O\\'Brien\\? Co'!");
        assertThat(LegacyEncoding.VIQR.decode(viqr)).isEqualTo(text);
    }

    @Test
    void viqrReadsDdOnlyAtTheStartOfAWord() {
        assertThat(LegacyEncoding.VIQR.decode("DDi.nh ddi Ddu+o+`ng")).isEqualTo("Định đi Đường");
        assertThat(LegacyEncoding.VIQR.decode("Addison")).isEqualTo("Addison");
    }

    @Test
    void vniAcceptsDiacriticBytesOfTheOtherCase() {
        assertThat(LegacyEncoding.VNI.decode("NGUYEãN VAêN")).isEqualTo("NGUYỄN VĂN");
        assertThat(LegacyEncoding.VNI.decode("Nguyeãn")).isEqualTo("Nguyễn");
    }

    @Test
    void tcvn3UpperCaseToneIsBasePlusToneByte() {
        assertThat(LegacyEncoding.TCVN3.decode("¸nh")).isEqualTo("ánh");
        assertThat(LegacyEncoding.TCVN3.decode("A¸nh")).isEqualTo("Ánh");
        assertThat(LegacyEncoding.TCVN3.decode("¦íc")).isEqualTo("Ước");
    }

    @Test
    void textOutsideTheTablesPassesThrough() {
        assertThat(LegacyEncoding.TCVN3.decode("ABC-123 @ x.y")).isEqualTo("ABC-123 @ x.y");
        assertThat(LegacyEncoding.VNI.encode("Zürich 2024")).isEqualTo("Zürich 2024");
        assertThat(LegacyEncoding.TCVN3.decode(null)).isNull();
    }
}
