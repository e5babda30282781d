package vn.sachsong.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdParserTest {
    private static final IdEvidence HANOI_1990 = new IdEvidence.Pid12("001090123445", false);

    @ParameterizedTest
    @ValueSource(strings = {"001090123445", " 001090123445 ", "001 090 123 445", "001.090.123.445",
        "001-090-123-445", "'001090123445", "=\"001090123445\"", "CCCD: 001090123445", "Số định danh 001090123445",
        "1.090123445E+09" + "x"})
    void cleanTwelveDigitIds(String text) {
        if (text.endsWith("x")) {
            assertThat(IdParser.parse(text.substring(0, text.length() - 1)))
                    .isEqualTo(new IdEvidence.Pid12("001090123445", true));
            return;
        }
        assertThat(IdParser.parse(text)).isEqualTo(HANOI_1990);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1090123445", "1090123445.0", "1090123445,0", "79090123445", "'79090123445"})
    void leadingZerosLostInExcelAreRestored(String text) {
        var evidence = IdParser.parse(text);
        assertThat(evidence).isInstanceOf(IdEvidence.Pid12.class);
        var pid = (IdEvidence.Pid12) evidence;
        assertThat(pid.restoredLeadingZeros()).isTrue();
        assertThat(pid.digits()).hasSize(12).startsWith("0").endsWith(text.replace("'", "").replace(".0", "")
                .replace(",0", ""));
    }

    @Test
    void passportsAreNoIdAndLettersTypedForDigitsAreRead() {
        assertThat(IdParser.parse("C5583310")).isInstanceOfSatisfying(IdEvidence.Invalid.class,
                i -> assertThat(i.reason()).contains("passport"));
        assertThat(IdParser.parse("Hộ chiếu: B1234567")).isInstanceOf(IdEvidence.Invalid.class);
        assertThat(IdParser.parseAll("B1234567 / 001090123445")).first().isEqualTo(HANOI_1990);
        assertThat(IdParser.parse("CCCD 001090123445, HC B1234567")).isEqualTo(HANOI_1990);
        assertThat(IdParser.parse("0O109O123445")).isEqualTo(HANOI_1990);
        assertThat(IdParser.parse("00l090l23445")).isEqualTo(HANOI_1990);
        // a label is not a mistyped number
        assertThat(IdParser.parse("CCCD 001090123445")).isEqualTo(HANOI_1990);
    }

    @Test
    void oldCards() {
        assertThat(IdParser.parse("012345678")).isEqualTo(new IdEvidence.OldCard9("012345678", false));
        assertThat(IdParser.parse("CMND 12345678")).isEqualTo(new IdEvidence.OldCard9("012345678", true));
        assertThat(IdParser.parse("271 234 567")).isEqualTo(new IdEvidence.OldCard9("271234567", false));
    }

    @Test
    void bothNumbersInOneCellPreferTheTwelveDigitAndKeepTheOld() {
        var both = java.util.List.of(HANOI_1990, new IdEvidence.OldCard9("012345678", false));
        assertThat(IdParser.parseAll("012345678 / 001090123445")).isEqualTo(both);
        assertThat(IdParser.parseAll("012345678; 001090123445")).isEqualTo(both);
        assertThat(IdParser.parseAll("012345678 001090123445")).isEqualTo(both);
        assertThat(IdParser.parseAll("CMND: 012345678, CCCD: 001090123445")).isEqualTo(both);
        assertThat(IdParser.parse("012345678 / 001090123445")).isEqualTo(HANOI_1990);
    }

    @Test
    void scientificNotationKeepsOnlyTheLeadingDigits() {
        assertThat(IdParser.parse("1.09012E+09")).isEqualTo(new IdEvidence.Partial("00109012", 12));
        var hcm = (IdEvidence.Partial) IdParser.parse("7,90901E+10");
        assertThat(hcm.knownPrefix()).isEqualTo("0790901");
        assertThat(hcm.lostDigits()).isEqualTo(5);
        assertThat(IdParser.parse("1.2345E+07")).isEqualTo(new IdEvidence.Partial("012345", 9));
    }

    @Test
    void wrongShapesAreInvalidWithAReasonThatHidesTheNumber() {
        for (var text : new String[] {"099090123445", "12345", "000000000", "không có", "0010901234456789"}) {
            var evidence = IdParser.parse(text);
            assertThat(evidence).as(text).isInstanceOf(IdEvidence.Invalid.class);
            assertThat(((IdEvidence.Invalid) evidence).reason()).doesNotContain("090123");
        }
    }

    @Test
    void emptyIsMissingAndStringFormsAreMasked() {
        assertThat(IdParser.parse("  ")).isEqualTo(new IdEvidence.Missing());
        assertThat(IdParser.parseAll(null)).isEmpty();
        assertThat(HANOI_1990.toString()).doesNotContain("001090123445").contains("0010");
    }
}
