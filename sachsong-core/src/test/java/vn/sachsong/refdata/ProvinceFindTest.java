package vn.sachsong.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProvinceFindTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Thành phố Hồ Chí Minh|79|false",
        "TP.HCM|79|false",
        "TP. HCM|79|false",
        "tp hcm|79|false",
        "TPHCM|79|false",
        "HCM|79|false",
        "Tp. Hồ Chí Minh|79|false",
        "Ho Chi Minh City|79|false",
        "Sài Gòn|79|false",
        "Sai Gon|79|false",
        "SG|79|false",
        "HN|01|false",
        "Hà Nội|01|false",
        "Ha Noi|01|false",
        "Hanoi|01|false",
        "HÀ NỘI|01|false",
        "TP Hà Nội|01|false",
        "Đà Nẵng|48|false",
        "Da Nang|48|false",
        "TP. Đà Nẵng|48|false",
        "Huế|46|false",
        "Thành phố Huế|46|false",
        "Thừa Thiên Huế|46|true",
        "Thừa Thiên - Huế|46|true",
        "TT Huế|46|true",
        "TT-Huế|46|true",
        "thua thien hue|46|true",
        "Bà Rịa - Vũng Tàu|77|true",
        "Bà Rịa-Vũng Tàu|77|true",
        "BR-VT|77|true",
        "BRVT|77|true",
        "Tỉnh BR-VT|77|true",
        "Đắk Lắk|66|false",
        "Đắc Lắc|66|false",
        "Dak Lak|66|false",
        "Daklak|66|false",
        "Đăk Lăk|66|false",
        "Đắk Nông|67|true",
        "Dak Nong|67|true",
        "Hòa Bình|17|true",
        "Hoà Bình|17|true",
        "T. Hoà Bình|17|true",
        "Thanh Hóa|38|false",
        "Thanh Hoá|38|false",
        "Tỉnh Thanh Hoá|38|false",
        "Khánh Hòa|56|false",
        "Khánh Hoà|56|false",
        "Kon Tum|62|true",
        "Kontum|62|true",
        "Bắc Giang|24|true",
        "bac giang|24|true",
        "Bắc Ninh|24|false",
        "Bình Dương|74|true",
        "Hà Giang|02|true",
        "Bắc Cạn|06|true",
        "Hà Tây|01|true",
        "  tỉnh   quảng   bình  |44|true",
    })
    void recognises_names_prefixes_and_aliases(String text, String code, boolean old) {
        var match = Provinces.find(text).orElseThrow();
        assertThat(match.old()).isEqualTo(old);
        assertThat(match.province().code()).isEqualTo(code);
        assertThat(match.province().era()).isEqualTo(old ? Era.OLD_63 : Era.NEW_34);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ĐN", "DN", "Hà", "Tỉnh", "TP", "Việt Nam", "Quận 1", "Hà Nội Mới", "Giang"})
    void does_not_guess(String text) {
        assertThat(Provinces.find(text)).isEmpty();
    }

    @Test
    void old_and_new_only_lookups_keep_to_their_era() {
        assertThat(Provinces.findOld("Hà Nội")).get().extracting(Province::era).isEqualTo(Era.OLD_63);
        assertThat(Provinces.findOld("Bắc Ninh")).get().extracting(Province::code).isEqualTo("27");
        assertThat(Provinces.findNew("Bắc Ninh")).get().extracting(Province::code).isEqualTo("24");
        assertThat(Provinces.findNew("Bắc Giang")).isEmpty();
        assertThat(Provinces.findOld("TP.HCM")).isEmpty();
        assertThat(Provinces.findOld("Thừa Thiên Huế")).get().extracting(Province::code).isEqualTo("46");
    }

    @Test
    void the_current_province_of_an_old_name_is_its_successor() {
        assertThat(Provinces.find("Bình Dương").orElseThrow().current().shortName()).isEqualTo("Hồ Chí Minh");
        assertThat(Provinces.find("Kon Tum").orElseThrow().current().shortName()).isEqualTo("Quảng Ngãi");
        assertThat(Provinces.find("Đà Nẵng").orElseThrow().current().shortName()).isEqualTo("Đà Nẵng");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Số 5, phường Bến Nghé, quận 1, TP. Hồ Chí Minh|79|false",
        "Số 5, phường Bến Nghé, quận 1, TP. Hồ Chí Minh, Việt Nam|79|false",
        "12 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội, 100000|01|false",
        "Thôn 3, xã Tân Lập, huyện Lục Ngạn, tỉnh Bắc Giang|24|true",
        "Thôn 3 xã Tân Lập huyện Lục Ngạn Bắc Giang|24|true",
        "Q.1 TP.HCM|79|false",
        "phường Phú Hội, TP Huế, Thừa Thiên Huế|46|true",
        "so 7 duong tran phu, p.1, tp vung tau, ba ria vung tau|77|true",
        "Khu phố 2, Dĩ An, Bình Dương, VN|74|true",
    })
    void finds_the_province_at_the_end_of_an_address(String address, String code, boolean old) {
        var match = Provinces.findInAddress(address).orElseThrow();
        assertThat(match.province().code()).isEqualTo(code);
        assertThat(match.old()).isEqualTo(old);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Số 5, phường Bến Nghé, quận 1", ", , Việt Nam", "Hà Nội, quận Ba Đình"})
    void an_address_without_a_province_at_its_end_gives_nothing(String address) {
        assertThat(Provinces.findInAddress(address)).isEmpty();
    }
}
