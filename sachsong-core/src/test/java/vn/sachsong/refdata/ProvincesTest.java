package vn.sachsong.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvincesTest {

    @Test
    void there_are_63_old_and_34_new_provinces_with_two_digit_codes() {
        assertThat(Provinces.old63()).hasSize(63).allMatch(p -> p.era() == Era.OLD_63);
        assertThat(Provinces.new34()).hasSize(34).allMatch(p -> p.era() == Era.NEW_34);
        assertThat(Provinces.old63()).extracting(Province::code).allMatch(c -> c.matches("\\d{2}")).doesNotHaveDuplicates();
        assertThat(Provinces.new34()).extracting(Province::code).allMatch(c -> c.matches("\\d{2}")).doesNotHaveDuplicates();
    }

    @Test
    void names_are_official_full_names_and_short_names() {
        var hanoi = Provinces.newByCode("01").orElseThrow();
        assertThat(hanoi.name()).isEqualTo("Thành phố Hà Nội");
        assertThat(hanoi.shortName()).isEqualTo("Hà Nội");
        var bacGiang = Provinces.oldByCode("24").orElseThrow();
        assertThat(bacGiang.name()).isEqualTo("Tỉnh Bắc Giang");
        assertThat(bacGiang.shortName()).isEqualTo("Bắc Giang");
        assertThat(Provinces.newByCode("08").orElseThrow().name()).isEqualTo("Tỉnh Tuyên Quang");
    }

    @Test
    void new_codes_reuse_old_codes_with_other_meanings() {
        assertThat(Provinces.oldByCode("24").orElseThrow().shortName()).isEqualTo("Bắc Giang");
        assertThat(Provinces.newByCode("24").orElseThrow().shortName()).isEqualTo("Bắc Ninh");
        assertThat(Provinces.oldByCode("27").orElseThrow().shortName()).isEqualTo("Bắc Ninh");
        assertThat(Provinces.newByCode("27")).isEmpty();
        assertThat(Provinces.oldByCode("03")).isEmpty();
        assertThat(Provinces.oldByCode(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "02, Hà Giang, 08, Tuyên Quang",
        "24, Bắc Giang, 24, Bắc Ninh",
        "27, Bắc Ninh, 24, Bắc Ninh",
        "74, Bình Dương, 79, Hồ Chí Minh",
        "77, Bà Rịa - Vũng Tàu, 79, Hồ Chí Minh",
        "44, Quảng Bình, 44, Quảng Trị",
        "62, Kon Tum, 51, Quảng Ngãi",
        "35, Hà Nam, 37, Ninh Bình",
        "46, Huế, 46, Huế",
        "17, Hoà Bình, 25, Phú Thọ",
        "30, Hải Dương, 31, Hải Phòng",
        "95, Bạc Liêu, 96, Cà Mau",
        "01, Hà Nội, 01, Hà Nội",
    })
    void old_provinces_map_to_their_2025_successor(String oldCode, String oldName, String newCode, String newName) {
        var old = Provinces.oldByCode(oldCode).orElseThrow();
        assertThat(old.shortName()).isEqualTo(oldName);
        var successor = Provinces.successorOf(old);
        assertThat(successor.era()).isEqualTo(Era.NEW_34);
        assertThat(successor.code()).isEqualTo(newCode);
        assertThat(successor.shortName()).isEqualTo(newName);
    }

    @Test
    void every_new_province_has_an_old_predecessor_and_23_kept_their_extent() {
        var successors = Provinces.old63().stream().map(Provinces::successorOf).collect(Collectors.toSet());
        assertThat(successors).containsExactlyInAnyOrderElementsOf(Provinces.new34());
        var merged = Provinces.old63().stream()
                .collect(Collectors.groupingBy(Provinces::successorOf, Collectors.counting()));
        // Nghị quyết 202/2025/QH15: 11 provinces unchanged, 23 formed by merging.
        assertThat(merged.values().stream().filter(n -> n == 1)).hasSize(11);
    }

    @Test
    void a_new_province_is_its_own_successor() {
        var dongNai = Provinces.newByCode("75").orElseThrow();
        assertThat(Provinces.successorOf(dongNai)).isSameAs(dongNai);
    }

    @Test
    void successor_of_an_invented_old_province_is_refused() {
        assertThatThrownBy(() -> Provinces.successorOf(new Province("03", "Tỉnh Hà Tây", "Hà Tây", Era.OLD_63)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_official_name_of_both_eras_is_found() {
        for (var p : Provinces.new34()) {
            assertThat(Provinces.find(p.name())).get().isEqualTo(new ProvinceMatch(p, false));
            assertThat(Provinces.find(p.shortName())).get().isEqualTo(new ProvinceMatch(p, false));
        }
        Set<String> newNames = new HashSet<>();
        Provinces.new34().forEach(p -> newNames.add(p.shortName()));
        for (var p : Provinces.old63()) {
            assertThat(Provinces.findOld(p.name())).contains(p);
            var match = Provinces.find(p.name()).orElseThrow();
            assertThat(match.old()).isEqualTo(!newNames.contains(p.shortName()));
            assertThat(match.current()).isEqualTo(Provinces.successorOf(p));
        }
    }
}
