package vn.sachsong.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void splitsFamilyMiddleGiven() {
        assertThat(PersonName.parse("Nguyễn Thị Minh Khai"))
                .isEqualTo(new PersonName("Nguyễn", "Thị Minh", "Khai"));
        assertThat(PersonName.parse("Trần Hưng Đạo")).isEqualTo(new PersonName("Trần", "Hưng", "Đạo"));
    }

    @Test
    void twoWordsHaveNoMiddle() {
        assertThat(PersonName.parse("Lê Lợi")).isEqualTo(new PersonName("Lê", "", "Lợi"));
    }

    @Test
    void oneWordIsTheGivenName() {
        assertThat(PersonName.parse(" Hùng ")).isEqualTo(new PersonName("", "", "Hùng"));
    }

    @Test
    void normalizesSpacesAndTones() {
        var name = PersonName.parse("  Đoàn\u00A0 Thị   Thuỷ\t");
        assertThat(name).isEqualTo(new PersonName("Đoàn", "Thị", "Thủy"));
        assertThat(name.full()).isEqualTo("Đoàn Thị Thủy");
    }

    @Test
    void emptyOrNullGivesEmptyParts() {
        assertThat(PersonName.parse("   ")).isEqualTo(new PersonName("", "", ""));
        assertThat(PersonName.parse(null).full()).isEmpty();
    }
}
