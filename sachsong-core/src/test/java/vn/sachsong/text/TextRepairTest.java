package vn.sachsong.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextRepairTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NguyÔn V¨n Hïng|Nguyễn Văn Hùng",
        "TrÇn ThÞ Thu Hµ|Trần Thị Thu Hà",
        "§ç §øc M¹nh|Đỗ Đức Mạnh",
        "Ph¹m ThÞ H\u00AD¬ng|Phạm Thị Hương",
        "Hoµng ThÞ Ngäc A¸nh|Hoàng Thị Ngọc Ánh",
        "Thµnh phè Hå ChÝ Minh|Thành phố Hồ Chí Minh",
        "x· ¦øng Hßa, huyÖn ¦øng Hßa|xã Ứng Hòa, huyện Ứng Hòa",
        "Hµ Néi|Hà Nội",
        "Lª Quang §¹o|Lê Quang Đạo",
        "NGUY£ÔN THIÞ H¤åNG NHUNG|NGUYỄN THỊ HỒNG NHUNG",
    })
    void repairsTcvn3(String cell, String expected) {
        assertThat(TextRepair.repair(cell)).isEqualTo(new Repair(expected, TextSource.TCVN3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NGUYÔN V¨N HïNG|NGUYỄN VĂN HÙNG",
        "TRÇN THÞ HåNG|TRẦN THỊ HỒNG",
        "HOµ B×NH|HOÀ BÌNH",
    })
    void repairsTcvn3TypedInACapitalOnlyFont(String cell, String expected) {
        assertThat(TextRepair.repair(cell)).isEqualTo(new Repair(expected, TextSource.TCVN3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Nguyeãn Vaên Huøng|Nguyễn Văn Hùng",
        "Traàn Thò Thu Haø|Trần Thị Thu Hà",
        "Ñoã Ñöùc Maïnh|Đỗ Đức Mạnh",
        "Buøi Xuaân Tröôøng|Bùi Xuân Trường",
        "Haø Noäi|Hà Nội",
        "NGUYEÃN THÒ HOÀNG NHUNG|NGUYỄN THỊ HỒNG NHUNG",
        "UÛy ban nhaân daân xaõ ÖÙng Hoøa|Ủy ban nhân dân xã Ứng Hòa",
    })
    void repairsVni(String cell, String expected) {
        assertThat(TextRepair.repair(cell)).isEqualTo(new Repair(expected, TextSource.VNI));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Nguyá»…n VÄƒn HÃ¹ng|Nguyễn Văn Hùng",
        "Tráº§n Thá»‹ Thu HÃ|Trần Thị Thu Hà",
        "Ä\u0090á»— Ä\u0090á»©c Máº¡nh|Đỗ Đức Mạnh",
        "Pháº¡m Thá»‹ HÆ°Æ¡ng|Phạm Thị Hương",
        "HoÃ ng Thá»‹ Ngá»\u008Dc Ã\u0081nh|Hoàng Thị Ngọc Ánh",
        "José Nguyá»…n|José Nguyễn",
    })
    void repairsMojibake(String cell, String expected) {
        assertThat(TextRepair.repair(cell)).isEqualTo(new Repair(expected, TextSource.MOJIBAKE));
    }

    @Test
    void repairsDoubleMojibake() {
        var twice = Mojibake.encode(Mojibake.encode("Nguyễn Thị Lan"));
        assertThat(TextRepair.repair(twice)).isEqualTo(new Repair("Nguyễn Thị Lan", TextSource.MOJIBAKE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Nguye^~n Va(n A|Nguyễn Văn A",
        "Ha` No^.i|Hà Nội",
        "Ha` No^.i.|Hà Nội.",
        "DDa(.ng Va(n U+o+'c|Đặng Văn Ước",
        "Tra^`n Thi. Thu Ha`|Trần Thị Thu Hà",
        "Nguyen Thi. Ha.nh|Nguyễn Thị Hạnh",
        "Pha.m Giang Nam|Phạm Giang Nam",
        "DDinh Thi. Thanh Loan|Đinh Thị Thanh Loan",
        "Phan Thu'y Vy|Phan Thúy Vy",
    })
    void repairsViqr(String cell, String expected) {
        assertThat(TextRepair.repair(cell).text()).isIn(expected, expected.replace("Nguyễn", "Nguyen"));
        assertThat(TextRepair.repair(cell).source()).isEqualTo(TextSource.VIQR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Nguyen Van A", "Ha Noi", "Ha Noi.", "O'Brien", "ABC-123", "Mr. Smith", "e.g. a test",
        "Nguyễn Văn Anh", "Hà Nội.", "Đỗ Đức Mạnh", "ĐÀ NẴNG", "Tô Hà", "Lý Tú Hà", "Tô Hoài",
        "nguyen.van.a@gmail.com", "hoa.nguyen@moh.gov.vn", "https://dichvucong.gov.vn/p?a=1",
        "0912 345 678", "12/03/1985", "Nhóm máu A+", "Nhom mau A+", "Café Müller", "Zürich",
        "José María", "100.000 đ", "Số 5, ngõ 12", "C++ developer", "Is it? Yes.", "",
        "  spaced   out  ", "Thanh Hoá", "Khánh Hoà",
    })
    void leavesGenuineTextAlone(String cell) {
        assertThat(TextRepair.repair(cell)).isEqualTo(new Repair(cell, TextSource.UNICODE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BïI V¨N H¶I|BÙI VĂN HẢI",
        "®OµN V¨N L­U|ĐOÀN VĂN LƯU",
        "Vò ®øC ®¹T|VŨ ĐỨC ĐẠT",
    })
    void capitalsWithLowerCaseAccentedLettersAreACapitalFont(String cell, String expected) {
        assertThat(TextRepair.repair(cell)).isEqualTo(new Repair(expected, TextSource.TCVN3));
    }

    @Test
    void ambiguousCellsNeedTheColumnHint() {
        // "Thò" is a real Unicode word and also VNI for "Thị"; "Vò" is TCVN3 for "Vũ".
        assertThat(TextRepair.repair("Phan Thò Minh Oanh").source()).isEqualTo(TextSource.UNICODE);
        assertThat(TextRepair.repair("Phan Thò Minh Oanh", TextSource.VNI))
                .isEqualTo(new Repair("Phan Thị Minh Oanh", TextSource.VNI));
        assertThat(TextRepair.repair("Vò Thanh An", TextSource.TCVN3))
                .isEqualTo(new Repair("Vũ Thanh An", TextSource.TCVN3));
        assertThat(TextRepair.repair("MAI THÕ LONG", TextSource.TCVN3))
                .isEqualTo(new Repair("MAI THẾ LONG", TextSource.TCVN3));
    }

    @Test
    void columnHintNeverBreaksGenuineUnicodeOrAscii() {
        assertThat(TextRepair.repair("Nguyễn Văn Anh", TextSource.TCVN3).source()).isEqualTo(TextSource.UNICODE);
        assertThat(TextRepair.repair("Nguyen Van Anh", TextSource.VNI).text()).isEqualTo("Nguyen Van Anh");
        assertThat(TextRepair.repair("José María", TextSource.TCVN3).text()).isEqualTo("José María");
    }

    @Test
    void dominantSourceOfAColumn() {
        var vni = java.util.List.of("Nguyeãn Vaên Huøng", "Phan Thò Minh Oanh", "Traàn Thò Thu Haø", "Cao Nam Anh");
        assertThat(TextRepair.dominantSource(vni)).isEqualTo(TextSource.VNI);
        var tcvn3 = java.util.List.of("NguyÔn V¨n Hïng", "Vò Thanh An", "Hµ Néi");
        assertThat(TextRepair.dominantSource(tcvn3)).isEqualTo(TextSource.TCVN3);
        assertThat(TextRepair.dominantSource(java.util.List.of("Hà Nội", "Ha Noi"))).isEqualTo(TextSource.UNICODE);
    }

    @Test
    void flagsVisibleDamageItCannotRepair() {
        var repair = TextRepair.repair("Nguy\uFFFDn V\uFFFDn");
        assertThat(repair).isEqualTo(new Repair("Nguy\uFFFDn V\uFFFDn", TextSource.UNKNOWN));
        assertThat(repair.changed()).isFalse();
    }

    @Test
    void nullStaysNull() {
        assertThat(TextRepair.repair(null).text()).isNull();
    }

    @Test
    void decodedRepairsReportAChange() {
        assertThat(TextRepair.repair("Hµ Néi").changed()).isTrue();
        assertThat(TextRepair.repair("Hà Nội").changed()).isFalse();
    }

    /**
     * Legacy-font text has bytes that look like lost mojibake bytes too ("ThÞ": Þ could open a
     * two-byte sequence); refilling them must never win over the legacy decoding.
     */
    @Test
    void legacyFontNamesAreNeverTakenForMojibakeWithLostBytes() {
        var families = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
                "Hồ", "Ngô", "Dương", "Lý");
        var middles = List.of("Thị", "Văn", "Hữu", "Đức", "Ngọc", "Thanh", "Minh", "Quốc", "Thùy", "Kim");
        var givens = List.of("Anh", "Hương", "Ngân", "Thảo", "Dũng", "Hùng", "Tuấn", "Phương", "Hiền", "Nhung", "Quỳnh",
                "Trâm", "Yến", "Tú", "Sơn", "Đạt", "Thủy", "Lộc", "Phúc", "Ngọc");
        int checked = 0;
        for (var family : families) {
            for (var middle : middles) {
                for (var given : givens) {
                    var name = family + " " + middle + " " + given;
                    for (var encoding : List.of(LegacyEncoding.TCVN3, LegacyEncoding.VNI)) {
                        var repair = TextRepair.repair(encoding.encode(name), TextSource.valueOf(encoding.name()));
                        assertThat(repair.source()).as(name + " in " + encoding).isNotEqualTo(TextSource.MOJIBAKE);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(2 * 16 * 10 * 20);
    }
}
