package vn.sachsong.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OldIdCardTest {

    @ParameterizedTest
    @ValueSource(strings = {"012345678", "273456789", "381234567", "000000001"})
    void nine_digits_are_a_well_formed_old_card_number(String number) {
        assertThat(OldIdCard.check(number).valid()).isTrue();
    }

    @Test
    void a_number_of_the_wrong_length_says_how_long_it_is() {
        assertThat(OldIdCard.check("12345678").summary()).isEqualTo("old ID card number must have 9 digits, got 8");
        assertThat(OldIdCard.check("001090123445").problems())
                .containsExactly(new PidProblem.WrongLength("old ID card number", 9, 12));
        assertThat(OldIdCard.check(null).valid()).isFalse();
    }

    @Test
    void non_digits_and_all_zeros_are_refused() {
        assertThat(OldIdCard.check("12345678O").problems()).containsExactly(new PidProblem.NotDigits("old ID card number", 9));
        assertThat(OldIdCard.check("1.2346E+8").valid()).isFalse();
        assertThat(OldIdCard.check("000000000").summary()).isEqualTo("old ID card number cannot be all zeros");
    }
}
