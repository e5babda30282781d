package vn.sachsong.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sachsong.linkage.PersonFields.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sachsong.linkage.fs.Similarity;
import vn.sachsong.record.PartialDate;
import vn.sachsong.refdata.Communes;
import vn.sachsong.refdata.PersonalId;
import vn.sachsong.refdata.Provinces;

class ComparisonLevelsTest {
    static int date(int y, int m, int d) {
        return Keys.packDate(y, m, d);
    }

    @Test
    void birthLevels() {
        int registry = date(1986, 3, 4);
        assertThat(BirthLevels.level(new int[] {date(1986, 3, 4)}, false, registry)).isEqualTo(BIRTH_EXACT);
        assertThat(BirthLevels.level(new int[] {date(1986, 4, 3), date(1986, 3, 4)}, false, registry))
                .isEqualTo(BIRTH_SWAPPED);
        assertThat(BirthLevels.level(new int[] {date(1986, 3, 9)}, false, registry)).isEqualTo(BIRTH_DAYS_OFF);
        assertThat(BirthLevels.level(new int[] {date(1987, 3, 4)}, false, registry)).isEqualTo(BIRTH_YEAR_OFF);
        assertThat(BirthLevels.level(new int[] {date(1986, 0, 0)}, false, registry)).isEqualTo(BIRTH_YEAR);
        assertThat(BirthLevels.level(new int[] {date(1986, 3, 0)}, false, registry)).isEqualTo(BIRTH_YEAR_MONTH);
        assertThat(BirthLevels.level(new int[] {date(1986, 4, 20)}, false, registry)).isEqualTo(BIRTH_DISAGREE);
        assertThat(BirthLevels.level(new int[0], false, registry)).isEqualTo(BIRTH_MISSING);
    }

    @Test
    void aWordWithOtherAccentsOrAnotherNameOfFewLettersIsNotTheSameWord() {
        var index = PersonIndex.builder()
                .add(new RegistryPerson("001053000001", null, "Nguyễn Văn Trí", PartialDate.parseIso("1953-01-01"),
                        vn.sachsong.refdata.Sex.M, "001", "Xã Cao Sơn, Tỉnh Lào Cai", false))
                .add(new RegistryPerson("001078000002", null, "Trần Thị Liên", PartialDate.parseIso("1978-01-01"),
                        vn.sachsong.refdata.Sex.F, "001", "Xã Cao Sơn, Tỉnh Lào Cai", false))
                .build();
        // his wife's row: "Vân" is not "Văn", and "Thị" / "Trí" are two names, not a slip
        var wife = new RowFeatures(LinkerFixtures.row("Nguyễn Thị Vân", "", "", List.of()), index);
        assertThat(NameLevels.level(wife, index, index.rowOfPid(1_053_000_001L))).isEqualTo(NAME_DISAGREE);
        // the same row with its accents lost agrees with either spelling as far as the letters go
        var plain = new RowFeatures(LinkerFixtures.row("Nguyen Van Tri", "", "", List.of()), index);
        assertThat(NameLevels.level(plain, index, index.rowOfPid(1_053_000_001L))).isEqualTo(NAME_KEY);
        // a sister's given name two letters off is another name; a slip in a long word is a typo
        var sister = new RowFeatures(LinkerFixtures.row("Trần Thị Uyên", "", "", List.of()), index);
        assertThat(NameLevels.level(sister, index, index.rowOfPid(1_078_000_002L))).isEqualTo(NAME_DISAGREE);
        assertThat(NameLevels.typo("nguyen", "nguyne")).isTrue();
        assertThat(NameLevels.typo("trang", "chang")).as("tr/ch").isTrue();
        assertThat(NameLevels.typo("an", "anh")).isFalse();
        assertThat(NameLevels.typo("uyen", "lien")).isFalse();
    }

    @Test
    void firstOfJanuaryStandsForAnUnknownDayAndMonth() {
        assertThat(BirthLevels.level(new int[] {date(1975, 1, 1)}, false, date(1975, 6, 12))).isEqualTo(BIRTH_YEAR);
        assertThat(BirthLevels.level(new int[] {date(1975, 6, 12)}, false, date(1975, 1, 1))).isEqualTo(BIRTH_YEAR);
        assertThat(BirthLevels.level(new int[] {date(1975, 1, 1)}, false, date(1975, 1, 1))).isEqualTo(BIRTH_EXACT);
        assertThat(BirthLevels.level(new int[] {date(1975, 1, 1)}, false, date(1976, 6, 12))).isEqualTo(BIRTH_DISAGREE);
        assertThat(BirthLevels.level(new int[] {date(1975, 2, 1)}, false, date(1975, 6, 12))).isEqualTo(BIRTH_DISAGREE);
    }

    @Test
    void aDateReadOneWayButTypedTheOtherIsASwapNotADisagreement() {
        // "1986-04-03" in an ISO cell, or 3 | 4 | 1986 in columns: no doubt in the reading, a slip in the typing
        assertThat(BirthLevels.level(new int[] {date(1986, 4, 3)}, false, date(1986, 3, 4))).isEqualTo(BIRTH_SWAPPED);
        assertThat(BirthLevels.level(new int[] {date(1986, 12, 11)}, false, date(1986, 11, 12))).isEqualTo(BIRTH_SWAPPED);
        // the same day and month is no swap; a swap in another year is not this person's date
        assertThat(BirthLevels.level(new int[] {date(1986, 5, 5)}, false, date(1987, 5, 5))).isEqualTo(BIRTH_YEAR_OFF);
        assertThat(BirthLevels.level(new int[] {date(1986, 4, 3)}, false, date(1987, 3, 4))).isEqualTo(BIRTH_DISAGREE);
    }

    @Test
    void epochDayCountsAcrossMonthsAndLeapYears() {
        assertThat(BirthLevels.epochDay(date(1970, 1, 1))).isZero();
        assertThat(BirthLevels.epochDay(date(2000, 3, 1)) - BirthLevels.epochDay(date(2000, 2, 28))).isEqualTo(2);
    }

    @Test
    void pidOneEditIsASubstitutionOrNeighbourSwap() {
        assertThat(IdLevels.oneEdit(79_086_012_345L, 79_086_012_346L)).isTrue();
        assertThat(IdLevels.oneEdit(79_086_012_345L, 79_086_012_354L)).isTrue();
        assertThat(IdLevels.oneEdit(79_086_012_345L, 79_086_012_543L)).isFalse();
        assertThat(IdLevels.oneEdit(79_086_012_345L, 79_086_099_345L)).isFalse();
    }

    @Test
    void stringSimilarities() {
        assertThat(Similarity.editDistance("truong", "chuong", 2)).isEqualTo(2);
        assertThat(Similarity.editDistance("huyen", "huyne", 2)).isEqualTo(1);
        assertThat(Similarity.editDistance("nguyen", "tran", 2)).isEqualTo(3);
        assertThat(Similarity.jaroWinkler("martha", "marhta")).isBetween(0.96, 0.962);
        assertThat(Similarity.jaroWinkler("abc", "xyz")).isZero();
    }

    @Test
    void namesKeepAccentsAsAHigherLevel() {
        var index = PersonIndex.builder().add(LinkerFixtures.person("001086000001", "Nguyễn Văn Hùng", 1986, 3, 4))
                .build();
        assertThat(nameLevel(index, "Nguyễn Văn Hùng")).isEqualTo(NAME_EXACT);
        assertThat(nameLevel(index, "NGUYEN VAN HUNG")).isEqualTo(NAME_KEY);
        assertThat(nameLevel(index, "Hùng Nguyễn Văn")).isEqualTo(NAME_REORDERED);
        assertThat(nameLevel(index, "Nguyễn Văn Hun")).isEqualTo(NAME_TYPO);
        assertThat(nameLevel(index, "Nguyễn Hùng")).isEqualTo(NAME_PARTIAL);
        assertThat(nameLevel(index, "Trần Thị Mai")).isEqualTo(NAME_DISAGREE);
    }

    /**
     * What an Excel-rounded ID proves is counted in the registry: of two registries of the same size,
     * the one where fifty more people of that sex and year were registered in the ID's province gives
     * the same row fifty-one times the namesakes' chance to fit.
     */
    @Test
    void anExcelPrefixIsWorthWhatTheRegistrysOwnIdsMakeIt() {
        var crowded = PersonIndex.builder();
        var sparse = PersonIndex.builder();
        crowded.add(LinkerFixtures.person("079086123456", "Nguyễn Văn Hùng", 1986, 3, 4));
        sparse.add(LinkerFixtures.person("079086123456", "Nguyễn Văn Hùng", 1986, 3, 4));
        for (int i = 0; i < 50; i++) {
            crowded.add(LinkerFixtures.person("07908610%04d".formatted(i), "Trần Văn An", 1986, 1, 1 + i % 28));
            sparse.add(LinkerFixtures.person("00108610%04d".formatted(i), "Trần Văn An", 1986, 1, 1 + i % 28));
        }
        // and 17,949 people elsewhere (Đà Nẵng's code), so the registry has 18,000 in all: 100 per sex and year
        for (int i = 0; i < 17_949; i++) {
            var other = LinkerFixtures.person("048%d%02d%06d".formatted(i % 2, i % 100, i), "Lê Thị Mai", 1950, 1, 1);
            crowded.add(other);
            sparse.add(other);
        }
        var row = LinkerFixtures.row("Nguyễn Văn Hùng", "04/03/1986", "7.90861E+10", List.of());
        var crowdedIndex = crowded.build();
        var sparseIndex = sparse.build();
        double inCrowd = Namesakes.excelPrefix(crowdedIndex, new RowFeatures(row, crowdedIndex));
        double alone = Namesakes.excelPrefix(sparseIndex, new RowFeatures(row, sparseIndex));
        assertThat(inCrowd / alone).isCloseTo(51.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(alone).isCloseTo(1 / 100.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    /** A rounded 9-digit old card tells neither sex nor year: its share is of the whole registry. */
    @Test
    void anExcelRoundedOldCardIsWorthTheShareOfTheRegistryItFits() {
        var builder = PersonIndex.builder();
        for (int i = 0; i < 100; i++) {
            var pid = "0010860%05d".formatted(i);
            var oldId = i < 5 ? "28151500" + i : i < 50 ? "1000000%02d".formatted(i) : null;
            builder.add(new RegistryPerson(pid, oldId, "Trần Văn An", new PartialDate(1986, 1, 1),
                    PersonalId.sexOf(pid), "001", "Phường Bến Nghé, Thành phố Hồ Chí Minh", false));
        }
        var index = builder.build();
        var row = LinkerFixtures.row("Trần Văn An", "01/01/1986", "2.81516E+08", List.of());
        assertThat(Namesakes.excelPrefix(index, new RowFeatures(row, index))).isCloseTo(5 / 100.0,
                org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void placeLevelsTellTheCommuneFromTheProvince() {
        // the row's "Phường Bến Nghé, TP. Hồ Chí Minh" is an old ward: today it is part of another
        var benNghe = Communes.findOld("Phường Bến Nghé", Provinces.oldByCode("79").orElseThrow());
        assertThat(benNghe).hasSize(1);
        var today = Communes.newByCode(Communes.successorsOf(benNghe.get(0).code()).get(0)).orElseThrow();
        var elsewhere = Communes.newIn(Provinces.newByCode("79").orElseThrow()).stream()
                .filter(c -> !c.code().equals(today.code())).findFirst().orElseThrow();
        var index = PersonIndex.builder()
                .add(at("079086000001", today.name() + ", Thành phố Hồ Chí Minh"))
                .add(at("079086000002", elsewhere.name() + ", Thành phố Hồ Chí Minh"))
                .add(at("079086000003", "Xã Cao Sơn, Tỉnh Lào Cai"))
                .build();
        var row = new RowFeatures(LinkerFixtures.row("Nguyễn Văn Hùng", "04/03/1986", "", List.of()), index);
        var levels = new int[PersonFields.SPECS.size()];
        var found = new java.util.ArrayList<Integer>();
        for (var pid : List.of(79_086_000_001L, 79_086_000_002L, 79_086_000_003L)) {
            new PairComparer(index).compare(row, index.rowOfPid(pid), levels);
            found.add(levels[PROVINCE]);
        }
        assertThat(found).containsExactly(PLACE_COMMUNE, PLACE_OTHER_COMMUNE, PLACE_DISAGREE);
        // a row naming only the province says nothing of the commune: the province agrees
        var provinceOnly = livingAt("TP. Hồ Chí Minh", index);
        new PairComparer(index).compare(provinceOnly, index.rowOfPid(79_086_000_002L), levels);
        assertThat(levels[PROVINCE]).isEqualTo(PLACE_PROVINCE);
        var noAddress = livingAt("", index);
        new PairComparer(index).compare(noAddress, index.rowOfPid(79_086_000_001L), levels);
        assertThat(levels[PROVINCE]).isEqualTo(PLACE_MISSING);
    }

    /** Nguyễn Văn Hùng, born 4 March 1986 with his birth registered in Hà Nội, living at the address. */
    @Test
    void anOldCommuneSplitInTwoAgreesWithEitherAndCountsTwiceForNamesakes() {
        // old Phường Tân Thành (Hoa Lư, Ninh Bình) went into today's Xã Lai Thành and Phường Hoa Lư
        var oldNinhBinh = Provinces.oldByCode("37").orElseThrow();
        var tanThanh = Communes.findOld("Phường Tân Thành", oldNinhBinh);
        assertThat(tanThanh).hasSize(1);
        var went = Communes.successorsOf(tanThanh.get(0).code());
        assertThat(went).hasSize(2);
        var laiThanh = Communes.newByCode(went.get(0)).orElseThrow();
        var index = PersonIndex.builder()
                .add(at("037086000001", "Tổ 27, " + laiThanh.name() + ", Ninh Bình"))
                .add(at("037086000002", "Tổ 27, Phường Nam Hoa Lư, Ninh Bình"))
                .build();
        var old = livingAt("Phường Tân Thành, Thành phố Hoa Lư, Tỉnh Ninh Bình", index);
        assertThat(old.communes).hasSize(2);
        var levels = new int[PersonFields.SPECS.size()];
        new PairComparer(index).compare(old, index.rowOfPid(37_086_000_001L), levels);
        assertThat(levels[PROVINCE]).isEqualTo(PLACE_COMMUNE);
        double twoChances = Namesakes.expected(index, index.rowOfPid(37_086_000_001L), levels, old);
        // the same person found by today's name of the commune: one chance
        var today = livingAt("Tổ 27, " + laiThanh.name() + ", Ninh Bình", index);
        new PairComparer(index).compare(today, index.rowOfPid(37_086_000_001L), levels);
        assertThat(levels[PROVINCE]).isEqualTo(PLACE_COMMUNE);
        double oneChance = Namesakes.expected(index, index.rowOfPid(37_086_000_001L), levels, today);
        assertThat(twoChances).isCloseTo(2 * oneChance, org.assertj.core.data.Offset.offset(1e-15));
        // a commune the old one did not go into is another commune
        new PairComparer(index).compare(old, index.rowOfPid(37_086_000_002L), levels);
        assertThat(levels[PROVINCE]).isEqualTo(PLACE_OTHER_COMMUNE);
    }

    @Test
    void aNameSeveralOldCommunesHadIsNoCommuneAgreeing() {
        // "Xã Phùng Xá" without its district: communes of two districts of old Hà Tây (Hà Nội since 2008)
        var oldHaNoi = Provinces.oldByCode("01").orElseThrow();
        var phungXa = Communes.findOld("Xã Phùng Xá", oldHaNoi);
        assertThat(phungXa).hasSizeGreaterThan(1);
        var one = Communes.newByCode(Communes.successorsOf(phungXa.get(0).code()).get(0)).orElseThrow();
        var index = PersonIndex.builder().add(at("001086000001", "Thôn Đông, " + one.name() + ", Hà Nội")).build();
        var row = livingAt("Thôn Đông, Xã Phùng Xá, Tỉnh Hà Tây", index);
        assertThat(row.communes).contains(Integer.parseInt(one.code()));
        var levels = new int[PersonFields.SPECS.size()];
        new PairComparer(index).compare(row, index.rowOfPid(1_086_000_001L), levels);
        assertThat(levels[PROVINCE]).isEqualTo(PLACE_PROVINCE);
    }

    /** A row about Nguyễn Văn Hùng, born 4 March 1986, without an ID, at this address ("" for none). */
    private static RowFeatures livingAt(String address, PersonIndex index) {
        return new RowFeatures(LinkerFixtures.PARSER.parse(new vn.sachsong.io.Row(2,
                List.of("Nguyễn Văn Hùng", "04/03/1986", "", address))), index);
    }

    private static RegistryPerson at(String pid, String address) {
        return new RegistryPerson(pid, null, "Nguyễn Văn Hùng", new PartialDate(1986, 3, 4), PersonalId.sexOf(pid), "001",
                address, false);
    }

    private static int nameLevel(PersonIndex index, String name) {
        var row = LinkerFixtures.row(name, "04/03/1986", "", List.of());
        return NameLevels.level(new RowFeatures(row, index), index, 0);
    }
}
