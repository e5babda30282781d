package vn.sachsong.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SexCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Nam", "nam", "NAM", " Nam ", "M", "m", "Male", "MALE", "1", "Nam giới", "Ông", "ông", "Ong", "Mr", "Trai", "Con trai"})
    void male_codes(String text) {
        assertThat(SexCodes.parse(text)).contains(Sex.M);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nữ", "nữ", "NỮ", "Nu", "NU", "nư", "Nử", "F", "f", "Female", "0", "2", "Nữ giới", "Bà", "BÀ", "Mrs", "Ms", "Gái", "con gái"})
    void female_codes(String text) {
        assertThat(SexCodes.parse(text)).contains(Sex.F);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Khác", "x", "?", "ba", "Ba", "3", "Nam Nữ", "N", "Nguyễn Văn Nam"})
    void ambiguous_or_unknown_codes_give_nothing(String text) {
        assertThat(SexCodes.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void decomposed_unicode_is_read_like_composed() {
        assertThat(SexCodes.parse(Normalizer.normalize("Nữ", Normalizer.Form.NFD))).contains(Sex.F);
        assertThat(SexCodes.parse(Normalizer.normalize("Bà", Normalizer.Form.NFD))).contains(Sex.F);
    }
}
