package vn.sachsong.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.sachsong.record.PartialDate;
import vn.sachsong.refdata.OldIdCard;
import vn.sachsong.refdata.PersonalId;
import vn.sachsong.refdata.Province;
import vn.sachsong.refdata.Provinces;
import vn.sachsong.refdata.Sex;

class RegistryOutputTest {
    private final GeneratedFiles files = GeneratedFiles.get();

    @Test
    void headerIsTheInterchangeHeaderAndEveryPersonHasARow() {
        assertThat(String.join(",", files.registry.get(0)))
                .isEqualTo("pid,old_id,full_name,birth_date,sex,birth_province_code,address,status,died_on");
        assertThat(files.registry).hasSize(GeneratedFiles.PEOPLE + 1);
        assertThat(files.result.registryRows()).isEqualTo(GeneratedFiles.PEOPLE);
    }

    @Test
    void everyPidIsValidForItsSexAndBirthYearAndUnique() {
        var seen = new HashSet<String>();
        for (var r : files.registry.subList(1, files.registry.size())) {
            var birth = PartialDate.parseIso(r.get(3));
            assertThat(PersonalId.check(r.get(0), Sex.valueOf(r.get(4)), birth.year()).valid()).isTrue();
            assertThat(r.get(5)).isEqualTo(r.get(0).substring(0, 3));
            assertThat(seen.add(r.get(0))).as("pid unique").isTrue();
        }
    }

    @Test
    void oldCardsAreNineDigitsAndOnlyForPeopleBornBefore2000() {
        long withCard = files.registry.stream().skip(1).filter(r -> !r.get(1).isEmpty())
                .peek(r -> assertThat(OldIdCard.check(r.get(1)).valid()).isTrue())
                .peek(r -> assertThat(PartialDate.parseIso(r.get(3)).year()).isLessThan(2000))
                .count();
        assertThat(withCard).isBetween(GeneratedFiles.PEOPLE / 3L, GeneratedFiles.PEOPLE * 9L / 10);
    }

    @Test
    void namesAreNfcAndAddressesUseThe2025Provinces() {
        Set<String> newNames = Provinces.new34().stream().map(Province::name).collect(Collectors.toSet());
        for (var r : files.registry.subList(1, files.registry.size())) {
            assertThat(Normalizer.isNormalized(r.get(2), Normalizer.Form.NFC)).isTrue();
            assertThat(r.get(2).split(" ")).hasSizeBetween(2, 6);
            var address = r.get(6);
            assertThat(address).matches("(Xã|Phường|Đặc khu) .+, .+");
            assertThat(newNames).contains(address.substring(address.indexOf(", ") + 2));
        }
    }

    @Test
    void deceasedAreAFewPercentWithADeathAfterBirth() {
        var deceased = files.registry.stream().skip(1).filter(r -> r.get(7).equals("deceased")).toList();
        assertThat(deceased.size()).isBetween(GeneratedFiles.PEOPLE / 200, GeneratedFiles.PEOPLE * 3 / 100);
        assertThat(files.result.deceased()).isEqualTo(deceased.size());
        for (var r : deceased) {
            assertThat(r.get(8).substring(0, 4)).isGreaterThanOrEqualTo(r.get(3).substring(0, 4));
        }
        assertThat(files.registry.stream().skip(1).filter(r -> r.get(7).equals("alive")))
                .allMatch(r -> r.get(8).isEmpty());
    }

    @Test
    void agesFollowAPyramidWithSomeCentenariansAndPartialDatesOnlyForTheOld() {
        var years = files.registry.stream().skip(1).map(r -> PartialDate.parseIso(r.get(3))).toList();
        long children = years.stream().filter(d -> d.year() > 2011).count();
        long over80 = years.stream().filter(d -> d.year() < 1946).count();
        assertThat(children).isGreaterThan(over80 * 4);
        assertThat(years).allMatch(d -> d.year() >= 1925 && d.year() <= 2026);
        assertThat(years.stream().filter(d -> d.day() == 0 && d.year() >= 1950).count())
                .isLessThan(years.stream().filter(d -> d.day() == 0 && d.year() < 1950).count() + 2_000);
    }

    @Test
    void householdsShareAFamilyNameAndAnAddress() {
        var pairs = files.registry.stream().skip(1)
                .collect(Collectors.groupingBy(r -> r.get(6) + "|" + r.get(2).split(" ")[0], Collectors.counting()));
        long shared = pairs.values().stream().filter(n -> n >= 2).mapToLong(Long::longValue).sum();
        assertThat(shared).isGreaterThan(GeneratedFiles.PEOPLE / 3L);
    }
}
