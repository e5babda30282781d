package vn.sachsong.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Header rows whose columns mean more together than alone. */
class HeaderDetectorTest {
    private static List<Field> fields(String... titles) {
        return HeaderDetector.detect(List.of(new Row(1, List.of(titles))), Map.of()).orElseThrow().fields();
    }

    @Test
    void aBirthDateInThreeColumnsIsDayMonthAndYear() {
        assertThat(fields("STT", "Họ và tên", "Ngày sinh", "Tháng sinh", "Năm sinh", "Số CCCD")).containsExactly(
                Field.OTHER, Field.FULL_NAME, Field.BIRTH_DAY, Field.BIRTH_MONTH, Field.BIRTH_YEAR, Field.PID);
        assertThat(fields("Họ và tên", "Ngày", "Tháng", "Năm", "Giới tính")).containsExactly(
                Field.FULL_NAME, Field.BIRTH_DAY, Field.BIRTH_MONTH, Field.BIRTH_YEAR, Field.SEX);
    }

    @Test
    void aContributionMonthAndYearAreNotABirthDate() {
        assertThat(fields("Họ và tên", "Ngày sinh", "Số CCCD", "Tháng", "Năm", "Số tiền")).containsExactly(
                Field.FULL_NAME, Field.BIRTH_DATE, Field.PID, Field.OTHER, Field.OTHER, Field.OTHER);
    }

    @Test
    void aNameInThreeColumnsIsFamilyMiddleAndGiven() {
        assertThat(fields("TT", "Họ", "Chữ đệm", "Tên", "Ngày sinh")).containsExactly(
                Field.OTHER, Field.FAMILY_NAME, Field.MIDDLE_NAME, Field.GIVEN_NAME, Field.BIRTH_DATE);
    }

    @Test
    void aColumnNamedOnTheCommandLineIsLeftAsNamed() {
        var header = HeaderDetector.detect(List.of(new Row(1, List.of("Họ và tên", "Ngày sinh", "Tháng sinh", "Năm sinh"))),
                Map.of("Ngày sinh", Field.BIRTH_DATE)).orElseThrow();
        assertThat(header.fields()).containsExactly(Field.FULL_NAME, Field.BIRTH_DATE, Field.BIRTH_MONTH, Field.BIRTH_YEAR);
    }

    @Test
    void namBeforeNuIsAMaleMarkButAYearBesideAMonthIsAYear() {
        assertThat(fields("Họ và tên", "Nam", "Nữ", "Quê quán")).containsExactly(
                Field.FULL_NAME, Field.MALE_MARK, Field.FEMALE_MARK, Field.HOMETOWN);
        assertThat(fields("Họ và tên", "Ngày", "Tháng", "Năm", "Nữ")).containsExactly(
                Field.FULL_NAME, Field.BIRTH_DAY, Field.BIRTH_MONTH, Field.BIRTH_YEAR, Field.FEMALE_MARK);
    }
}
