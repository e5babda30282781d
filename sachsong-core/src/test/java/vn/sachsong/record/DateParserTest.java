package vn.sachsong.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static DateEvidence parse(String text) {
        return DateParser.parse(text, TODAY);
    }

    private static DateEvidence.Exact exact(String iso, boolean swapped) {
        return new DateEvidence.Exact(PartialDate.parseIso(iso), swapped);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            25/03/1990                | 1990-03-25
            25-03-1990                | 1990-03-25
            25.03.1990                | 1990-03-25
            7/7/1990                  | 1990-07-07
            1990-03-05                | 1990-03-05
            1990/3/5                  | 1990-03-05
            19900305                  | 1990-03-05
            05031990                  | 1990-03-05
            ngày 5 tháng 3 năm 1990   | 1990-03-05
            ngay 5 thang 3 nam 1990   | 1990-03-05
            Ngày 05 tháng 03 năm 1990 | 1990-03-05
            25/3/85                   | 1985-03-25
            25/3/05                   | 2005-03-25
            25/3/30                   | 1930-03-25
            32874                     | 1990-01-01
            32874.0                   | 1990-01-01
            75                        | 1975
            05                        | 2005
            khoảng 1950               | 1950
            1950 (?)                  | 1950
            1990                      | 1990
            03/1990                   | 1990-03
            3-1990                    | 1990-03
            T3/1990                   | 1990-03
            tháng 3/1990              | 1990-03
            1990-03                   | 1990-03
            1990-01-01 00:00:00       | 1990-01-01
            2001-09-02T00:00:00       | 2001-09-02
            00/00/1975                | 1975
            18-Mar-1968               | 1968-03-18
            18-Mar-68                 | 1968-03-18
            'March 18, 1968'          | 1968-03-18
            5 Sept 1990               | 1990-09-05
            18-Thg3-1968              | 1968-03-18
            18/03/1968 (âm lịch)      | 1968
            18/3/1968 AL              | 1968
            25/11/1990 (dương lịch)   | 1990-11-25
            0/0/1975                  | 1975
            00/03/1975                | 1975-03
            1975-00-00                | 1975
            """)
    void exactReadings(String text, String iso) {
        assertThat(parse(text)).isEqualTo(exact(iso, false));
    }

    @Test
    void aDateWrittenInWordsOfALegacyFontIsRead() {
        for (var font : vn.sachsong.text.LegacyEncoding.values()) {
            var cell = font.encode("ngày 9 tháng 10 năm 1956");
            assertThat(DateParser.parse(cell)).as(font + ": " + cell).isEqualTo(exact("1956-10-09", false));
        }
    }

    @Test
    void anAgeIsTheYearOrTheOneBefore() {
        var today = LocalDate.of(2026, 11, 29);
        var expected = new DateEvidence.Ambiguous(List.of(new PartialDate(1990, 0, 0), new PartialDate(1989, 0, 0)));
        assertThat(DateParser.fromAge("36", today)).isEqualTo(expected);
        assertThat(DateParser.fromAge("36 tuổi", today)).isEqualTo(expected);
        assertThat(DateParser.fromAge("", today)).isInstanceOf(DateEvidence.Missing.class);
        assertThat(DateParser.fromAge("không rõ", today)).isInstanceOf(DateEvidence.Invalid.class);
        assertThat(DateParser.fromAge("1990", today)).isInstanceOf(DateEvidence.Invalid.class);
        assertThat(DateParser.fromAge("130", today)).isInstanceOf(DateEvidence.Invalid.class);
    }

    @Test
    void bothOrdersValidIsAmbiguousDayFirstFirst() {
        var expected = new DateEvidence.Ambiguous(
                List.of(PartialDate.parseIso("1990-03-05"), PartialDate.parseIso("1990-05-03")));
        assertThat(parse("05/03/1990")).isEqualTo(expected);
        assertThat(parse("5-3-1990")).isEqualTo(expected);
        assertThat(parse("5/3/90")).isEqualTo(expected);
        assertThat(parse("05/03/1990").candidates()).first().hasToString("1990-03-05");
    }

    @Test
    void onlyMonthFirstValidIsExactButSwapped() {
        assertThat(parse("03/25/1990")).isEqualTo(exact("1990-03-25", true));
        assertThat(parse("1990-25-03")).isEqualTo(exact("1990-03-25", true));
    }

    @Test
    void aFutureReadingIsDroppedFromTheCandidates() {
        // today is 1 June 2025: 5 December 2025 cannot be a birth date, 12 May 2025 can
        assertThat(parse("12/05/2025")).isEqualTo(exact("2025-05-12", false));
        assertThat(parse("05/12/2025")).isEqualTo(exact("2025-05-12", true));
        assertThat(parse("07/12/2025")).isInstanceOf(DateEvidence.Invalid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/1990", "13/13/1990", "29/02/1991", "05/03/2030", "1750", "01/01/1900", "1", "13/1990",
        "không rõ", "12/03", "123456", "1990-02-30", "0"})
    void impossibleDatesAreInvalidWithAReason(String text) {
        assertThat(parse(text)).isInstanceOfSatisfying(DateEvidence.Invalid.class,
                invalid -> assertThat(invalid.reason()).isNotBlank());
    }

    @Test
    void emptyCellsAreMissing() {
        assertThat(parse("")).isEqualTo(new DateEvidence.Missing());
        assertThat(parse("   ")).isEqualTo(new DateEvidence.Missing());
        assertThat(parse(null)).isEqualTo(new DateEvidence.Missing());
        assertThat(parse(null).candidates()).isEmpty();
    }

    @Test
    void leapDayExistsOnlyInLeapYears() {
        assertThat(parse("29/02/2000")).isEqualTo(exact("2000-02-29", false));
        assertThat(parse("29/02/1900")).isInstanceOf(DateEvidence.Invalid.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            25/03/1990 | 1990-03-25
            05/03/1990 | 1990-03-05 or 1990-05-03
            03/25/1990 | 1990-03-25 (written month first)
            1990       | 1990
            08/1947    | 1947-08
            ''         | ''
            """)
    void describesWhatTheCellSaysForAReviewer(String text, String described) {
        assertThat(parse(text).describe()).isEqualTo(described);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', emptyValue = "", nullValues = "null", textBlock = """
            4    | 5    | 1971 | 1971-05-04
            04   | 05   | 1971 | 1971-05-04
            13   | 05   | 1971 | 1971-05-13
            4.0  | 5.0  | 1971 | 1971-05-04
            ''   | 5    | 1971 | 1971-05
            ''   | ''   | 1971 | 1971
            ''   | ''   | ''   | null
            31   | 2    | 1990 | invalid
            4    | 13   | 1990 | invalid
            x    | 5    | 1990 | invalid
            4    | 5    | ''   | invalid
            4    | 5    | abc  | invalid
            """)
    void aDateInThreeColumnsTakesTheColumnsAtTheirWord(String day, String month, String year, String expected) {
        var evidence = DateParser.fromParts(day, month, year, TODAY);
        if (expected == null) {
            assertThat(evidence).isInstanceOf(DateEvidence.Missing.class);
        } else if (expected.equals("invalid")) {
            assertThat(evidence).isInstanceOf(DateEvidence.Invalid.class);
        } else {
            assertThat(evidence).isEqualTo(new DateEvidence.Exact(PartialDate.parseIso(expected), false));
        }
    }
}
