package vn.sachsong.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdTest {

    @Test
    void a_well_formed_number_passes_and_agrees_with_its_record() {
        assertThat(PersonalId.check("001090123445").valid()).isTrue();
        assertThat(PersonalId.check("001090123445", Sex.M, 1990).problems()).isEmpty();
        assertThat(PersonalId.check("079305000001", Sex.F, 2005).valid()).isTrue();
        assertThat(PersonalId.check("096187654321", Sex.F, 1987).summary()).isEmpty();
    }

    @Test
    void a_number_of_the_wrong_length_says_how_long_it_is() {
        var check = PersonalId.check("01090123445");
        assertThat(check.valid()).isFalse();
        assertThat(check.problems()).containsExactly(new PidProblem.WrongLength("personal ID", 12, 11));
        assertThat(check.summary()).isEqualTo("personal ID must have 12 digits, got 11");
        assertThat(PersonalId.check(null).summary()).isEqualTo("personal ID must have 12 digits, got 0");
        assertThat(PersonalId.check("1.09012345E+11", Sex.M, 1990).problems()).hasSize(1);
    }

    @Test
    void a_letter_in_the_number_is_located_without_quoting_the_number() {
        var check = PersonalId.check("0010901234O5");
        assertThat(check.problems()).containsExactly(new PidProblem.NotDigits("personal ID", 11));
        assertThat(check.summary()).isEqualTo("personal ID must contain only digits, but character 11 is not a digit")
                .doesNotContain("001090");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "003", "005", "013", "050", "097", "099", "100", "101"})
    void prefixes_outside_the_63_birth_registration_codes_are_reported(String prefix) {
        var check = PersonalId.check(prefix + "090123445");
        assertThat(check.problems()).containsExactly(new PidProblem.UnknownProvince(prefix));
        assertThat(check.summary()).isEqualTo("province code " + prefix + " is not a birth-registration code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"001", "002", "024", "027", "046", "062", "077", "079", "093", "096"})
    void the_63_prefixes_are_zero_plus_the_old_province_code(String prefix) {
        assertThat(PersonalId.check(prefix + "090123445").valid()).isTrue();
        assertThat(PersonalId.provinceOf(prefix + "090123445")).get()
                .extracting(Province::code, Province::era).containsExactly(prefix.substring(1), Era.OLD_63);
    }

    @Test
    void the_prefix_names_the_old_province_even_when_its_code_now_means_another() {
        assertThat(PersonalId.provinceOf("024090123445").orElseThrow().shortName()).isEqualTo("Bắc Giang");
        assertThat(PersonalId.provinceCode("024090123445")).isEqualTo("024");
        assertThat(PersonalId.provinceOf("003090123445")).isEmpty();
    }

    @Test
    void a_birth_year_in_the_future_is_reported() {
        assertThat(PersonalId.check("001499123445").problems()).containsExactly(new PidProblem.FutureBirthYear(2199));
        assertThat(PersonalId.check("001499123445", Sex.M, 2199).problems())
                .containsExactly(new PidProblem.FutureBirthYear(2199));
        int nextYear = Year.now().getValue() + 1;
        var pid = "0012" + String.format("%02d", nextYear % 100) + "123445";
        assertThat(PersonalId.check(pid).summary())
                .isEqualTo("digits 4-6 give birth year " + nextYear + ", which is in the future");
    }

    @Test
    void a_century_sex_digit_that_disagrees_says_what_it_means() {
        var check = PersonalId.check("001287123445", Sex.F, 1987);
        assertThat(check.summary()).isEqualTo(
                "digit 4 (century/sex) is 2, which means male born 2000-2099, but sex is F and birth year 1987");
        var problem = (PidProblem.CenturySexMismatch) check.problems().get(0);
        assertThat(problem.sexDiffers()).isTrue();
        assertThat(problem.centuryDiffers()).isTrue();
    }

    @Test
    void sex_and_century_mismatches_are_told_apart() {
        var sexOnly = (PidProblem.CenturySexMismatch) PersonalId.check("001190123445", Sex.M, 1990).problems().get(0);
        assertThat(sexOnly.sexDiffers()).isTrue();
        assertThat(sexOnly.centuryDiffers()).isFalse();
        var centuryOnly = (PidProblem.CenturySexMismatch) PersonalId.check("001005123445", Sex.M, 2005).problems().get(0);
        assertThat(centuryOnly.sexDiffers()).isFalse();
        assertThat(centuryOnly.centuryDiffers()).isTrue();
    }

    @Test
    void birth_year_digits_that_disagree_are_reported() {
        var check = PersonalId.check("001088123445", Sex.M, 1987);
        assertThat(check.problems()).containsExactly(new PidProblem.BirthYearMismatch("88", 1987));
        assertThat(check.summary()).isEqualTo("digits 5-6 (birth year) are 88, but birth year is 1987");
    }

    @Test
    void several_problems_are_all_reported_but_a_bad_shape_stops_the_rest() {
        var check = PersonalId.check("003388123445", Sex.M, 1987);
        assertThat(check.problems()).hasSize(3)
                .hasExactlyElementsOfTypes(PidProblem.UnknownProvince.class, PidProblem.CenturySexMismatch.class,
                        PidProblem.BirthYearMismatch.class);
        assertThat(check.summary()).contains("; ");
        assertThat(PersonalId.check("00308812344", Sex.M, 1987).problems()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({
        "001090123445, M, 20, 1990",
        "001190123445, F, 20, 1990",
        "001200123445, M, 21, 2000",
        "001399123445, F, 21, 2099",
        "001405123445, M, 22, 2105",
        "001500123445, F, 22, 2100",
        "001601123445, M, 23, 2201",
        "001701123445, F, 23, 2201",
        "001810123445, M, 24, 2310",
        "001999123445, F, 24, 2399",
        "001000123445, M, 20, 1900",
    })
    void digits_4_to_6_give_sex_century_and_birth_year(String pid, Sex sex, int century, int year) {
        assertThat(PersonalId.sexOf(pid)).isEqualTo(sex);
        assertThat(PersonalId.centuryOf(pid)).isEqualTo(century);
        assertThat(PersonalId.birthYearOf(pid)).isEqualTo(year);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00109012344", "0010901234450", "00109012344x", "001 090 123 445"})
    void accessors_refuse_a_malformed_number_without_echoing_it(String pid) {
        assertThatThrownBy(() -> PersonalId.sexOf(pid)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a 12-digit personal ID");
        assertThatThrownBy(() -> PersonalId.birthYearOf(pid)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generated_numbers_check_clean_against_their_record_for_every_province() {
        for (var province : Provinces.old63()) {
            for (var sex : Sex.values()) {
                for (int year : new int[] {1900, 1907, 1999, 2000, 2024}) {
                    var pid = PersonalId.generate("0" + province.code(), sex, year, 4_321);
                    assertThat(pid).hasSize(12).endsWith("004321");
                    assertThat(PersonalId.check(pid, sex, year).valid()).as(pid).isTrue();
                    assertThat(PersonalId.sexOf(pid)).isEqualTo(sex);
                    assertThat(PersonalId.birthYearOf(pid)).isEqualTo(year);
                    assertThat(PersonalId.provinceOf(pid)).contains(province);
                }
            }
        }
    }

    @Test
    void generate_writes_the_documented_layout() {
        assertThat(PersonalId.generate("001", Sex.M, 1990, 123_445)).isEqualTo("001090123445");
        assertThat(PersonalId.generate("079", Sex.F, 2005, 1)).isEqualTo("079305000001");
        assertThat(PersonalId.generate("096", Sex.F, 1901, 999_999)).isEqualTo("096101999999");
    }

    @Test
    void generate_refuses_what_cannot_be_a_personal_id() {
        assertThatThrownBy(() -> PersonalId.generate("003", Sex.M, 1990, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonalId.generate("01", Sex.M, 1990, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonalId.generate("001", Sex.M, 1899, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonalId.generate("001", Sex.M, 2400, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonalId.generate("001", Sex.M, 1990, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonalId.generate("001", Sex.M, 1990, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "001090123445, 0010******45",
        "123456789, 1234***89",
        "12345678, 1234**78",
        "1234567, *******",
        "'', ''",
        "NULL, ''",
    })
    void mask_keeps_only_the_ends(String id, String masked) {
        assertThat(PersonalId.mask(id)).isEqualTo(masked);
    }
}
