package vn.sachsong.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryRowValidatorTest {
    private final RegistryRowValidator validator = new RegistryRowValidator();

    private String reason(String birth, String status, String died) {
        var outcome = validator.check(List.of("001090123456", "", "Nguyễn Văn An", birth, "M", "001", "", status, died));
        assertThat(outcome).isInstanceOf(RegistryRowValidator.Invalid.class);
        return ((RegistryRowValidator.Invalid) outcome).reason();
    }

    /** A date of the right form that cannot be one says why: in the future, or before anyone on record. */
    @Test
    void aDateOutOfRangeSaysWhichWay() {
        var vietnam = java.time.ZoneOffset.ofHours(7);
        var tomorrow = LocalDate.now(vietnam).plusDays(1).toString();
        var born = LocalDate.now(vietnam).toString();
        var bornToday = validator.check(List.of("001090123456", "", "Nguyễn Văn An", born, "M", "001", "", "alive", ""));
        assertThat(((RegistryRowValidator.Invalid) bornToday).column()).as("born today in Vietnam, whatever the server's clock"
                + " zone: the date passes, the ID (of a 1990 birth) does not").isEqualTo("pid");
        assertThat(reason(tomorrow, "alive", "")).startsWith("in the future (today is ");
        assertThat(reason("2999", "alive", "")).startsWith("in the future");
        assertThat(reason("1850-01-01", "alive", "")).startsWith("before 1880");
        assertThat(reason("1990-02-30", "alive", "")).startsWith("not a possible date in the form");
        assertThat(reason("05/03/1990", "alive", "")).startsWith("not a possible date in the form");
        assertThat(reason("1990-03-05", "deceased", "2999-01-01")).startsWith("in the future");
    }

    /** A bell in a name was stored and exported as it came (outside probe); a tab or a line break in an address is no damage. */
    @Test
    void aControlCharacterIsRefusedNamingItsPlace() {
        var bell = validator.check(List.of("001090123456", "", "Nguyễn\u0007 Văn An", "1990-03-05", "M", "001", "", "alive", ""));
        assertThat(bell).isInstanceOf(RegistryRowValidator.Invalid.class);
        assertThat(((RegistryRowValidator.Invalid) bell).column()).isEqualTo("full_name");
        assertThat(((RegistryRowValidator.Invalid) bell).reason()).isEqualTo("a control character (U+0007) at character 7 of the field");
        var c1 = validator.check(List.of("001090123456", "", "Nguyễn Văn An", "1990-03-05", "M", "001", "Số 1\u0085 Hà Nội", "alive", ""));
        assertThat(((RegistryRowValidator.Invalid) c1).column()).isEqualTo("address");
        var broken = validator.check(List.of("001090123456", "", "Nguyễn Văn An", "1990-03-05", "M", "001", "Số 1\nHà\tNội", "alive", ""));
        assertThat(broken).isNotInstanceOf(RegistryRowValidator.Invalid.class);
    }
}
