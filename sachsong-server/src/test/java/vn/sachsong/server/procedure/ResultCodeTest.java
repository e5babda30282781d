package vn.sachsong.server.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Result and dossier codes read char by char accept exactly what the patterns they replaced accept. */
class ResultCodeTest {
    private static final Pattern FORM = Pattern.compile("(.+)-KQ([1-9][0-9]{0,5})");

    private static ResultCode byPattern(String text) {
        var m = FORM.matcher(text);
        return m.matches() && DossierRules.CODE.matcher(m.group(1)).matches() ? new ResultCode(m.group(1), Integer.parseInt(m.group(2)))
                : null;
    }

    private static ResultCode byHand(String text) {
        try {
            return ResultCode.parse(text, "x");
        } catch (FieldProblem e) {
            return null;
        }
    }

    @Test
    void theSameCodesAreReadAsByThePatterns() {
        var texts = List.of("HS-0001-KQ1", "HS-0001-KQ999999", "HS-0001-KQ1000000", "HS-0001-KQ0", "HS-0001-KQ01", "A-KQ1-KQ2",
                "A-KQ12X", "-KQ1", "KQ1", "HS-0001-kq1", "HS 1-KQ1", "_HS-KQ1", "HS.1_a-b-KQ7", "HS-KQ", "HS-KQ-1", "Hồ-sơ-KQ1",
                "a".repeat(64) + "-KQ1", "a".repeat(65) + "-KQ1", "HS\n1-KQ1", "HS-0001-KQ1\n", "");
        for (var t : texts) {
            assertThat(byHand(t)).as(t).isEqualTo(byPattern(t));
            assertThat(DossierRules.isCode(t)).as(t).isEqualTo(DossierRules.CODE.matcher(t).matches());
        }
        assertThat(byHand("A-KQ1-KQ2")).isEqualTo(new ResultCode("A-KQ1", 2));
        assertThat(DossierRules.isCode(null)).isFalse();
    }
}
