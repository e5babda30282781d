package vn.sachsong.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietTextTest {

    @ParameterizedTest
    @CsvSource({
        "Hoà, Hòa",
        "Khánh Hoà, Khánh Hòa",
        "Thanh Hoá, Thanh Hóa",
        "Thuỷ, Thủy",
        "khoẻ, khỏe",
        "hoả hoạn, hỏa hoạn",
        "Ngã ba Hoạ Mi, Ngã ba Họa Mi",
        "xoè, xòe",
        "Uỷ ban, Ủy ban",
        "luỹ tre, lũy tre",
        "tuỵ, tụy",
        "HOÀ BÌNH, HÒA BÌNH",
        "THUỶ, THỦY",
        "hòang, hoàng",
        "Hùynh, Huỳnh",
        "khoáng, khoáng",
        "quý, quý",
        "Quỳnh, Quỳnh",
        "QUỲNH, QUỲNH",
        "Quý Hoà, Quý Hòa",
        "Qúy, Quý",
        "Qùynh, Quỳnh",
        "QÙYNH, QUỲNH",
        "qúa, quá",
        "Qùyên, Quyền",
        "qúyt, quýt",
        "Qụôc, Quộc",
        "giá, giá",
        "Nguyễn, Nguyễn",
        "khuya, khuya",
        "hoài, hoài",
        "hoặc, hoặc",
        "Đoàn, Đoàn",
    })
    void placesToneMarksTheGsoWay(String input, String expected) {
        assertThat(VietText.canonicalTones(input)).isEqualTo(expected);
    }

    @Test
    void canonicalTonesAcceptsDecomposedInput() {
        var nfd = Normalizer.normalize("Thanh Hoá", Normalizer.Form.NFD);
        assertThat(nfd).hasSizeGreaterThan("Thanh Hoá".length());
        assertThat(VietText.canonicalTones(nfd)).isEqualTo("Thanh Hóa");
    }

    @Test
    void nfcComposesDecomposedVietnamese() {
        var nfd = "Nguye\u0302\u0303n Thi\u0323 Hoa\u0300";
        assertThat(VietText.nfc(nfd)).isEqualTo("Nguyễn Thị Hoà");
        assertThat(VietText.nfc(null)).isNull();
    }

    @Test
    void normalizeTrimsAndCollapsesAllKindsOfSpace() {
        assertThat(VietText.normalize("  Nguyễn\u00A0\u00A0Văn\tHoà \u3000")).isEqualTo("Nguyễn Văn Hòa");
        assertThat(VietText.normalize("Lê\r\nThị   Thuỷ")).isEqualTo("Lê Thị Thủy");
    }

    @Test
    void foldLowersAfterNormalizing() {
        assertThat(VietText.fold(" ĐOÀN  THỊ HOÀ ")).isEqualTo("đoàn thị hòa");
        assertThat(VietText.fold("Hoà")).isEqualTo(VietText.fold("HÒA"));
        assertThat(VietText.fold("I")).isEqualTo("i");
    }

    @ParameterizedTest
    @CsvSource({
        "'Đoàn  Thị Hoà', doan thi hoa",
        "'  NGUYỄN   VĂN ANH ', nguyen van anh",
        "'Trương Ngọc Ánh', truong ngoc anh",
        "'Phạm\u00A0Thị Hương', pham thi huong",
        "'Bùi Xuân Trường', bui xuan truong",
        "'Ủy ban nhân dân', uy ban nhan dan",
        "'O''Brien 123-A', o'brien 123-a",
    })
    void keyIsAccentFreeLowerCaseSingleSpaced(String input, String expected) {
        assertThat(VietText.key(input)).isEqualTo(expected);
    }

    @Test
    void keyHandlesDecomposedInputAndNull() {
        assertThat(VietText.key("Đo\u0300an Thi\u0323")).isEqualTo("doan thi");
        assertThat(VietText.key(null)).isEmpty();
    }

    @Test
    void stripAccentsKeepsCase() {
        assertThat(VietText.stripAccents("Đặng Thị Ánh")).isEqualTo("Dang Thi Anh");
        assertThat(VietText.stripAccents("THỪA THIÊN HUẾ")).isEqualTo("THUA THIEN HUE");
        assertThat(VietText.stripAccents("Ơ ư ă â ê ô")).isEqualTo("O u a a e o");
        assertThat(VietText.stripAccents("Nguye\u0302\u0303n")).isEqualTo("Nguyen");
    }

    @Test
    void everyVietnameseLetterHasAnAsciiKey() {
        for (char c : VietnameseLetters.ALL.toCharArray()) {
            var k = VietText.key(String.valueOf(c));
            assertThat(k).as("key of %s", c).hasSize(1);
            assertThat("aeiouyd").as("key of %s", c).contains(k);
        }
    }
}
