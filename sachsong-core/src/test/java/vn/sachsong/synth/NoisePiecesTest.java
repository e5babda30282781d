package vn.sachsong.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.sachsong.text.VietText;

class NoisePiecesTest {
    @Test
    void diacriticsGoEntirelyOrOnlyTheTones() {
        assertThat(Marks.stripAll("Đặng Thị Huệ")).isEqualTo("Dang Thi Hue");
        assertThat(Marks.stripTones("Nguyễn Thắng")).isEqualTo("Nguyên Thăng");
        assertThat(Marks.stripTones("Đỗ Ngọc Ánh")).isEqualTo("Đô Ngoc Anh");
    }

    @Test
    void excelShowsTwelveDigitIdsWithSixSignificantDigits() {
        assertThat(IdNoise.excelScientific(79_123_456_789L)).isEqualTo("7.91235E+10");
        assertThat(IdNoise.excelScientific(1_090_000_000L)).isEqualTo("1.09E+9");
    }

    @Test
    void anIdTypoChangesOneOrTwoDigitsAndKeepsTheLength() {
        var rng = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            String typo = IdNoise.digitTypo("001090123456", rng);
            assertThat(typo).hasSize(12).isNotEqualTo("001090123456").containsOnlyDigits();
            int differing = 0;
            for (int k = 0; k < 12; k++) {
                differing += typo.charAt(k) != "001090123456".charAt(k) ? 1 : 0;
            }
            assertThat(differing).isBetween(1, 2);
        }
    }

    @Test
    void dateStylesWriteTheSameDayTheirOwnWay() {
        var d = LocalDate.of(1990, 3, 5);
        assertThat(DateStyle.DMY_SLASH.format(d)).isEqualTo("05/03/1990");
        assertThat(DateStyle.SHORT_YEAR.format(d)).isEqualTo("5/3/90");
        assertThat(DateStyle.TEXT.format(d)).isEqualTo("ngày 5 tháng 3 năm 1990");
        assertThat(DateStyle.EXCEL.format(d)).isEqualTo("32937");
        assertThat(DateStyle.DOT.format(d)).isEqualTo("05.03.1990");
    }

    @Test
    void typosChangeOneWordOnlyAndStayCloseToTheName() {
        var rng = new SplittableRandom(3);
        for (String name : new String[] {"Nguyễn Thị Thúy", "Trần Văn Sơn", "Lê Giang", "Phạm Minh Tuấn"}) {
            String typo = Typos.apply(name, rng);
            assertThat(typo).isNotEqualTo(name);
            assertThat(typo.split(" ")).hasSameSizeAs(name.split(" "));
            assertThat(VietText.key(typo).length()).isBetween(VietText.key(name).length() - 1,
                    VietText.key(name).length() + 1);
        }
    }

    @Test
    void weightedTableFollowsItsWeights() {
        var table = new WeightedTable<>(java.util.List.of("Nguyễn", "Trần"), new long[] {3, 1});
        var rng = new SplittableRandom(11);
        int nguyen = 0;
        for (int i = 0; i < 40_000; i++) {
            nguyen += table.sample(rng).equals("Nguyễn") ? 1 : 0;
        }
        assertThat(nguyen).isBetween(29_000, 31_000);
    }
}
