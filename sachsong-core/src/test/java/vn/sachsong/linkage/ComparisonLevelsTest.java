package vn.sachsong.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sachsong.linkage.PersonFields.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sachsong.linkage.fs.Similarity;

class ComparisonLevelsTest {
    static int date(int y, int m, int d) {
        return Keys.packDate(y, m, d);
    }

    @Test
    void birthLevels() {
        int registry = date(1986, 3, 4);
        assertThat(BirthLevels.level(new int[] {date(1986, 3, 4)}, false, registry)).isEqualTo(BIRTH_EXACT);
        assertThat(BirthLevels.level(new int[] {date(1986, 4, 3), date(1986, 3, 4)}, false, registry))
                .isEqualTo(BIRTH_SWAPPED);
        assertThat(BirthLevels.level(new int[] {date(1986, 3, 9)}, false, registry)).isEqualTo(BIRTH_DAYS_OFF);
        assertThat(BirthLevels.level(new int[] {date(1987, 3, 4)}, false, registry)).isEqualTo(BIRTH_YEAR_OFF);
        assertThat(BirthLevels.level(new int[] {date(1986, 0, 0)}, false, registry)).isEqualTo(BIRTH_YEAR);
        assertThat(BirthLevels.level(new int[] {date(1986, 3, 0)}, false, registry)).isEqualTo(BIRTH_YEAR_MONTH);
        assertThat(BirthLevels.level(new int[] {date(1986, 4, 20)}, false, registry)).isEqualTo(BIRTH_DISAGREE);
        assertThat(BirthLevels.level(new int[0], false, registry)).isEqualTo(BIRTH_MISSING);
    }

    @Test
    void firstOfJanuaryStandsForAnUnknownDayAndMonth() {
        assertThat(BirthLevels.level(new int[] {date(1975, 1, 1)}, false, date(1975, 6, 12))).isEqualTo(BIRTH_YEAR);
        assertThat(BirthLevels.level(new int[] {date(1975, 6, 12)}, false, date(1975, 1, 1))).isEqualTo(BIRTH_YEAR);
        assertThat(BirthLevels.level(new int[] {date(1975, 1, 1)}, false, date(1975, 1, 1))).isEqualTo(BIRTH_EXACT);
        assertThat(BirthLevels.level(new int[] {date(1975, 1, 1)}, false, date(1976, 6, 12))).isEqualTo(BIRTH_DISAGREE);
        assertThat(BirthLevels.level(new int[] {date(1975, 2, 1)}, false, date(1975, 6, 12))).isEqualTo(BIRTH_DISAGREE);
    }

    @Test
    void aDateReadOneWayButTypedTheOtherIsASwapNotADisagreement() {
        // "1986-04-03" in an ISO cell, or 3 | 4 | 1986 in columns: no doubt in the reading, a slip in the typing
        assertThat(BirthLevels.level(new int[] {date(1986, 4, 3)}, false, date(1986, 3, 4))).isEqualTo(BIRTH_SWAPPED);
        assertThat(BirthLevels.level(new int[] {date(1986, 12, 11)}, false, date(1986, 11, 12))).isEqualTo(BIRTH_SWAPPED);
        // the same day and month is no swap; a swap in another year is not this person's date
        assertThat(BirthLevels.level(new int[] {date(1986, 5, 5)}, false, date(1987, 5, 5))).isEqualTo(BIRTH_YEAR_OFF);
        assertThat(BirthLevels.level(new int[] {date(1986, 4, 3)}, false, date(1987, 3, 4))).isEqualTo(BIRTH_DISAGREE);
    }

    @Test
    void epochDayCountsAcrossMonthsAndLeapYears() {
        assertThat(BirthLevels.epochDay(date(1970, 1, 1))).isZero();
        assertThat(BirthLevels.epochDay(date(2000, 3, 1)) - BirthLevels.epochDay(date(2000, 2, 28))).isEqualTo(2);
    }

    @Test
    void pidOneEditIsASubstitutionOrNeighbourSwap() {
        assertThat(IdLevels.oneEdit(79_086_012_345L, 79_086_012_346L)).isTrue();
        assertThat(IdLevels.oneEdit(79_086_012_345L, 79_086_012_354L)).isTrue();
        assertThat(IdLevels.oneEdit(79_086_012_345L, 79_086_012_543L)).isFalse();
        assertThat(IdLevels.oneEdit(79_086_012_345L, 79_086_099_345L)).isFalse();
    }

    @Test
    void stringSimilarities() {
        assertThat(Similarity.editDistance("truong", "chuong", 2)).isEqualTo(2);
        assertThat(Similarity.editDistance("huyen", "huyne", 2)).isEqualTo(1);
        assertThat(Similarity.editDistance("nguyen", "tran", 2)).isEqualTo(3);
        assertThat(Similarity.jaroWinkler("martha", "marhta")).isBetween(0.96, 0.962);
        assertThat(Similarity.jaroWinkler("abc", "xyz")).isZero();
    }

    @Test
    void namesKeepAccentsAsAHigherLevel() {
        var index = PersonIndex.builder().add(LinkerFixtures.person("001086000001", "Nguyễn Văn Hùng", 1986, 3, 4))
                .build();
        assertThat(nameLevel(index, "Nguyễn Văn Hùng")).isEqualTo(NAME_EXACT);
        assertThat(nameLevel(index, "NGUYEN VAN HUNG")).isEqualTo(NAME_KEY);
        assertThat(nameLevel(index, "Hùng Nguyễn Văn")).isEqualTo(NAME_REORDERED);
        assertThat(nameLevel(index, "Nguyễn Văn Hun")).isEqualTo(NAME_TYPO);
        assertThat(nameLevel(index, "Nguyễn Hùng")).isEqualTo(NAME_PARTIAL);
        assertThat(nameLevel(index, "Trần Thị Mai")).isEqualTo(NAME_DISAGREE);
    }

    private static int nameLevel(PersonIndex index, String name) {
        var row = LinkerFixtures.row(name, "04/03/1986", "", List.of());
        return NameLevels.level(new RowFeatures(row, index), index, 0);
    }
}
