package vn.sachsong.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommunesTest {
    private static final Province HA_NOI = Provinces.newByCode("01").orElseThrow();

    @Test
    void there_are_3321_new_and_10047_old_communes_with_five_digit_codes() {
        assertThat(Communes.allNew()).hasSize(3321).allMatch(c -> c.era() == Era.NEW_34);
        assertThat(Communes.allOld()).hasSize(10047).allMatch(c -> c.era() == Era.OLD_63);
        assertThat(Communes.allNew()).extracting(Commune::code).allMatch(c -> c.matches("\\d{5}")).doesNotHaveDuplicates();
        assertThat(Communes.allOld()).extracting(Commune::code).allMatch(c -> c.matches("\\d{5}")).doesNotHaveDuplicates();
    }

    @Test
    void every_province_has_its_communes_and_the_lists_add_up() {
        int newTotal = Provinces.new34().stream().mapToInt(p -> Communes.newIn(p).size()).sum();
        int oldTotal = Provinces.old63().stream().mapToInt(p -> Communes.oldIn(p).size()).sum();
        assertThat(newTotal).isEqualTo(3321);
        assertThat(oldTotal).isEqualTo(10047);
        assertThat(Provinces.old63()).allSatisfy(p -> assertThat(Communes.oldIn(p)).isNotEmpty());
        assertThat(Communes.newIn(Provinces.oldByCode("01").orElseThrow())).isEmpty();
        assertThat(Communes.oldIn(HA_NOI)).isEmpty();
    }

    @Test
    void old_communes_of_a_province_carry_their_names_for_the_generator() {
        var bacGiang = Provinces.oldByCode("24").orElseThrow();
        assertThat(Communes.oldIn(bacGiang)).allMatch(c -> c.provinceCode().equals("24"))
                .extracting(Commune::name).contains("Xã Tân Lập");
    }

    @Test
    void codes_are_looked_up_per_era_because_new_communes_reuse_old_codes() {
        assertThat(Communes.oldByCode("00004").orElseThrow().name()).isEqualTo("Phường Trúc Bạch");
        assertThat(Communes.newByCode("00004").orElseThrow().name()).isEqualTo("Phường Ba Đình");
        assertThat(Communes.newByCode("00001")).isEmpty();
        assertThat(Communes.oldByCode(null)).isEmpty();
    }

    @Test
    void the_two_codes_printed_differently_by_sources_find_the_same_commune() {
        assertThat(Communes.newByCode("06978")).isEqualTo(Communes.newByCode("06970"));
        assertThat(Communes.newByCode("06970").orElseThrow().name()).isEqualTo("Xã Ba Chẽ");
        assertThat(Communes.newByCode("23938").orElseThrow().name()).isEqualTo("Xã Ia Mơ");
    }

    @Test
    void old_communes_map_to_one_or_more_new_communes() {
        assertThat(Communes.successorsOf("00001")).containsExactly("00097");
        assertThat(Communes.successorsOf("00007")).containsExactlyInAnyOrder("00008", "00025");
        assertThat(Communes.successorsOf("99999")).isEmpty();
        assertThat(Communes.successorsOf(null)).isEmpty();
        var splitCount = Communes.allOld().stream().filter(c -> Communes.successorsOf(c.code()).size() > 1).count();
        assertThat(splitCount).isEqualTo(460);
        assertThat(Communes.allOld()).allSatisfy(c -> assertThat(Communes.successorsOf(c.code())).isNotEmpty().hasSizeLessThanOrEqualTo(5));
    }

    @Test
    void successors_lie_in_the_successor_province_except_one_known_source_defect() {
        var outside = Communes.allOld().stream()
                .filter(c -> Communes.successorsOf(c.code()).stream().anyMatch(s -> !inSuccessorProvince(c, s)))
                .map(Commune::code)
                .collect(Collectors.toList());
        assertThat(outside).containsExactly("30622");
    }

    private static boolean inSuccessorProvince(Commune old, String newCode) {
        var successor = Provinces.successorOf(Provinces.oldByCode(old.provinceCode()).orElseThrow());
        return Communes.newByCode(newCode).orElseThrow().provinceCode().equals(successor.code());
    }

    @Test
    void every_new_commune_has_an_old_predecessor() {
        var reached = Communes.allOld().stream().flatMap(c -> Communes.successorsOf(c.code()).stream())
                .collect(Collectors.toSet());
        // The 5 island districts that had no communes became đặc khu with no old commune.
        assertThat(Communes.allNew()).filteredOn(c -> !reached.contains(c.code()))
                .extracting(Commune::name).allMatch(n -> n.startsWith("Đặc khu")).hasSizeLessThanOrEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Phường Hồng Hà", "P. Hồng Hà", "P.Hồng Hà", "phuong hong ha", "Hồng Hà", "HONG HA", "  hồng   hà "})
    void finds_a_new_commune_by_name_in_many_spellings(String name) {
        var commune = Communes.findNew(name, HA_NOI).orElseThrow();
        assertThat(commune.code()).isEqualTo("00097");
        assertThat(commune.name()).isEqualTo("Phường Hồng Hà");
    }

    @Test
    void a_commune_name_is_found_only_in_its_own_province() {
        var caoBang = Provinces.newByCode("04").orElseThrow();
        assertThat(Communes.findNew("Phường Hồng Hà", caoBang)).isEmpty();
        assertThat(Communes.findNew("Phường Hồng Hà", Provinces.oldByCode("01").orElseThrow())).isEmpty();
        assertThat(Communes.findNew("Phường Không Có", HA_NOI)).isEmpty();
        assertThat(Communes.findNew(null, HA_NOI)).isEmpty();
    }

    @Test
    void the_unit_type_or_the_accents_tell_apart_names_equal_without_accents() {
        var dongThap = Provinces.newByCode("82").orElseThrow();
        assertThat(Communes.findNew("Phường Mỹ Tho", dongThap).orElseThrow().code()).isEqualTo("28261");
        assertThat(Communes.findNew("P. My Tho", dongThap).orElseThrow().code()).isEqualTo("28261");
        assertThat(Communes.findNew("Xã My Tho", dongThap).orElseThrow().code()).isEqualTo("30076");
        assertThat(Communes.findNew("Mỹ Thọ", dongThap).orElseThrow().code()).isEqualTo("30076");
        assertThat(Communes.findNew("My Tho", dongThap)).isEmpty();
        var thaiNguyen = Provinces.newByCode("19").orElseThrow();
        assertThat(Communes.findNew("Văn Lăng", thaiNguyen).orElseThrow().code()).isEqualTo("05665");
        assertThat(Communes.findNew("xã Văn Lang", thaiNguyen).orElseThrow().code()).isEqualTo("02143");
        assertThat(Communes.findNew("Van Lang", thaiNguyen)).isEmpty();
    }

    @Test
    void finds_a_special_zone_and_a_name_that_starts_like_a_unit_type() {
        var quangNinh = Provinces.newByCode("22").orElseThrow();
        assertThat(Communes.findNew("Đặc khu Vân Đồn", quangNinh).orElseThrow().code()).isEqualTo("06994");
        assertThat(Communes.findNew("Vân Đồn", quangNinh).orElseThrow().code()).isEqualTo("06994");
        var xaNames = Communes.allNew().stream().filter(c -> c.name().startsWith("Xã Xà ")).toList();
        assertThat(xaNames).isNotEmpty();
        for (var c : xaNames) {
            var province = Provinces.newByCode(c.provinceCode()).orElseThrow();
            assertThat(Communes.findNew(c.name(), province)).contains(c);
            assertThat(Communes.findNew(c.name().substring(3), province)).contains(c);
        }
    }

    @Test
    void every_new_commune_is_found_by_its_full_name() {
        for (var c : Communes.allNew()) {
            var province = Provinces.newByCode(c.provinceCode()).orElseThrow();
            assertThat(Communes.findNew(c.name(), province)).as(c.name()).contains(c);
        }
    }

    @Test
    void old_communes_are_found_by_name_with_every_namesake_in_the_province() {
        var hcm = Provinces.oldByCode("79").orElseThrow();
        var wardOnes = Communes.findOld("Phường 01", hcm);
        assertThat(wardOnes).hasSizeGreaterThan(1).allMatch(c -> c.name().equals("Phường 1"));
        assertThat(Communes.findOld("P.1", hcm)).containsExactlyInAnyOrderElementsOf(wardOnes);
        var bacGiang = Provinces.oldByCode("24").orElseThrow();
        assertThat(Communes.findOld("xa tan lap", bacGiang)).extracting(Commune::code).containsExactly("07594");
        assertThat(Communes.findOld("TT. Bố Hạ", bacGiang)).extracting(Commune::name).containsExactly("Thị trấn Bố Hạ");
        assertThat(Communes.findOld("Xã Tân Lập", HA_NOI)).isEmpty();
    }

    @Test
    void an_address_of_today_names_its_commune() {
        var at = Provinces.findInAddress("Số 5 Lý Thái Tổ, Phường Hồng Hà, Thành phố Hà Nội").orElseThrow();
        assertThat(Communes.currentIn("Số 5 Lý Thái Tổ, Phường Hồng Hà, Thành phố Hà Nội", at)).containsExactly("00097");
        // parts between dashes, as exports of some registers write them; a dash inside a part stays
        assertThat(Communes.currentIn("Số 5 Lý Thái Tổ - Phường Hồng Hà - Thành phố Hà Nội", at)).containsExactly("00097");
        assertThat(Communes.currentIn("Ngõ 5-7 Lý Thái Tổ; phường Hồng Hà; Hà Nội", at)).containsExactly("00097");
    }

    @Test
    void an_old_address_names_the_communes_its_commune_went_into() {
        var text = "Phường Láng Hạ, Quận Đống Đa, Thành phố Hà Nội";
        var oldHaNoi = Provinces.oldByCode("01").orElseThrow();
        var langHa = Communes.findOld("Phường Láng Hạ", oldHaNoi);
        assertThat(langHa).hasSize(1);
        var codes = Communes.currentIn(text, Provinces.findInAddress(text).orElseThrow());
        assertThat(codes).isNotEmpty().isEqualTo(Communes.successorsOf(langHa.get(0).code()));
        assertThat(codes).allSatisfy(c -> assertThat(Communes.newByCode(c).orElseThrow().provinceCode()).isEqualTo("01"));
    }

    @Test
    void a_bare_old_name_that_fits_several_communes_names_all_their_successors() {
        // Hà Tây is Hà Nội since 2008; "Xã Phùng Xá" without its district fits communes of two districts
        var text = "Xã Phùng Xá, Tỉnh Hà Tây";
        var oldHaNoi = Provinces.oldByCode("01").orElseThrow();
        var expected = Communes.findOld("Xã Phùng Xá", oldHaNoi).stream()
                .flatMap(c -> Communes.successorsOf(c.code()).stream()).distinct().toList();
        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(Communes.currentIn(text, Provinces.findInAddress(text).orElseThrow()))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Communes.placeIn(text, Provinces.findInAddress(text).orElseThrow()).one()).as("several old communes")
                .isFalse();
        // one old commune split in two is one place
        var split = "Phường Tân Thành, Thành phố Hoa Lư, Tỉnh Ninh Bình";
        var place = Communes.placeIn(split, Provinces.findInAddress(split).orElseThrow());
        assertThat(place.codes()).hasSize(2);
        assertThat(place.one()).isTrue();
    }

    @Test
    void an_old_address_in_a_province_that_kept_its_name_means_that_old_province() {
        // New Tây Ninh (80) took in old Tây Ninh (72) and Long An (80), both with a "Phường 3"; an old
        // address written "..., tỉnh Tây Ninh" is old Tây Ninh's, so only that Phường 3's successor is named
        var oldTayNinh = Provinces.oldByCode("72").orElseThrow();
        var oldLongAn = Provinces.oldByCode("80").orElseThrow();
        assertThat(Communes.findOld("Phường 3", oldLongAn)).isNotEmpty();
        var phuong3 = Communes.findOld("Phường 3", oldTayNinh);
        assertThat(phuong3).hasSize(1);
        var text = "Số 46 Lê Duẩn - phường 3 - thành phố Tây Ninh - tỉnh Tây Ninh";
        assertThat(Communes.currentIn(text, Provinces.findInAddress(text).orElseThrow()))
                .isEqualTo(Communes.successorsOf(phuong3.get(0).code()));
        // a name only the other old province has is still found there
        var longAnOnly = Communes.oldIn(oldLongAn).stream()
                .filter(c -> Communes.findOld(c.name(), oldTayNinh).isEmpty()).findFirst().orElseThrow();
        var other = "Ấp 1, " + longAnOnly.name() + ", Tây Ninh";
        assertThat(Communes.currentIn(other, Provinces.findInAddress(other).orElseThrow()))
                .containsAnyElementsOf(Communes.successorsOf(longAnOnly.code()));
    }

    @Test
    void an_address_written_before_the_reform_names_the_old_commune_not_todays_namesake() {
        // old Xã Hoằng Phụ went into today's Xã Hoằng Thanh; today's Thanh Hóa also has a Xã Hoằng Phú
        var oldThanhHoa = Provinces.oldByCode("38").orElseThrow();
        var hoangPhu = Communes.findOld("Xã Hoằng Phụ", oldThanhHoa);
        assertThat(hoangPhu).hasSize(1);
        var went = Communes.successorsOf(hoangPhu.get(0).code());
        var newThanhHoa = Provinces.newByCode("38").orElseThrow();
        var namesake = Communes.findNew("Xã Hoằng Phú", newThanhHoa).orElseThrow();
        assertThat(went).doesNotContain(namesake.code());
        for (var text : List.of("Thôn Trung, Xã Hoằng Phụ, Huyện Hoằng Hóa, Tỉnh Thanh Hóa",
                "Thôn Trung, Xã Hoằng Phụ, H. Hoằng Hóa, Thanh Hóa", "Thôn Trung, Xã Hoằng Phụ, Thanh Hóa")) {
            assertThat(Communes.currentIn(text, Provinces.findInAddress(text).orElseThrow())).as(text).isEqualTo(went);
        }
        // written as today's commune is written, or without accents to tell them apart: today's
        for (var text : List.of("Thôn Trung, Xã Hoằng Phú, Thanh Hóa", "Thon Trung, xa hoang phu, Thanh Hoa")) {
            assertThat(Communes.currentIn(text, Provinces.findInAddress(text).orElseThrow())).as(text)
                    .containsExactly(namesake.code());
        }
        // a district names no commune, even one named after it: Sa Đéc's Phường An Hoà, not Phường Sa Đéc by the city
        var text = "Tổ 32, Phường An Hoà, Thành phố Sa Đéc, Tỉnh Đồng Tháp";
        var anHoa = Communes.findOld("Phường An Hoà", Provinces.oldByCode("87").orElseThrow());
        assertThat(anHoa).hasSize(1);
        assertThat(Communes.currentIn(text, Provinces.findInAddress(text).orElseThrow()))
                .isEqualTo(Communes.successorsOf(anHoa.get(0).code()));
    }

    @Test
    void an_address_without_a_commune_names_none() {
        var laoCai = Provinces.findInAddress("Tỉnh Lào Cai").orElseThrow();
        assertThat(Communes.currentIn("Tỉnh Lào Cai", laoCai)).isEmpty();
        assertThat(Communes.currentIn("Thôn Khuổi Pao, Tỉnh Lào Cai", laoCai)).isEmpty();
        assertThat(Communes.currentIn("", laoCai)).isEmpty();
        assertThat(Communes.currentIn("Phường Hồng Hà", null)).isEmpty();
    }
}
