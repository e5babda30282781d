package vn.sachsong.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.sachsong.text.LegacyEncoding;
import vn.sachsong.text.Mojibake;
import vn.sachsong.text.VietText;

class DatasetOutputTest {
    private final GeneratedFiles files = GeneratedFiles.get();

    @Test
    void drivingLicenceHeaderFollowsAtMostTwoTitleRows() {
        int header = headerIndex(files.licences, "STT");
        assertThat(header).isBetween(0, 2);
        assertThat(String.join(",", files.licences.get(header)))
                .isEqualTo("STT,Họ và tên,Ngày sinh,Giới tính,Số CCCD,Số GPLX,Nơi cư trú,Hạng");
        assertThat(files.licences.size() - header - 1).isEqualTo(GeneratedFiles.ROWS);
        assertThat(files.licences.get(header + 1).get(0)).isEqualTo("1");
    }

    @Test
    void socialInsuranceIsSemicolonSeparatedWithAsciiHeaders() {
        assertThat(String.join(";", files.insurance.get(0))).isEqualTo("HO TEN;NGAY SINH;GT;SO CMND/CCCD;DIA CHI");
        assertThat(files.insurance).hasSize(GeneratedFiles.ROWS + 1).allMatch(r -> r.size() == 5);
    }

    @Test
    void truthHasOneRowPerDataRowNumberedFromOne() {
        assertThat(String.join(",", files.truth.get(0))).isEqualTo("dataset,row,pid,kind");
        for (String dataset : List.of("driving_licences", "social_insurance")) {
            var rows = files.truthOf(dataset);
            assertThat(rows).hasSize(GeneratedFiles.ROWS);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).get(1)).isEqualTo(Integer.toString(i + 1));
            }
        }
        assertThat(files.result.datasetRows()).containsEntry("driving_licences", GeneratedFiles.ROWS);
    }

    @Test
    void absentPeopleAreExactlyTheRowsWithoutPidAndTheirIdsAreNotRegistered() {
        int header = headerIndex(files.licences, "STT");
        var truth = files.truthOf("driving_licences");
        int absent = 0;
        for (int i = 0; i < truth.size(); i++) {
            var t = truth.get(i);
            boolean isAbsent = t.get(3).contains("absent");
            assertThat(t.get(2).isEmpty()).isEqualTo(isAbsent);
            if (isAbsent) {
                absent++;
                String id = files.licences.get(header + 1 + i).get(4);
                assertThat(files.registryByPid).doesNotContainKey(id);
            } else {
                assertThat(files.registryByPid).containsKey(t.get(2));
            }
        }
        assertThat(absent).isBetween(GeneratedFiles.ROWS * 2 / 100, GeneratedFiles.ROWS * 8 / 100);
    }

    @Test
    void lookalikesShareTheFullNameOfSomeRegisteredPerson() {
        var registeredNames = files.registry.stream().skip(1).map(r -> r.get(2)).collect(java.util.stream.Collectors.toSet());
        var truth = files.truthOf("social_insurance");
        long checked = 0;
        for (int i = 0; i < truth.size(); i++) {
            var kinds = List.of(truth.get(i).get(3).split(";"));
            if (kinds.equals(List.of("absent", "lookalike"))) {
                assertThat(registeredNames).contains(files.insurance.get(i + 1).get(0));
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void deceasedKindMarksExactlyTheRowsOfPeopleTheRegistryHasAsDeceased() {
        long deceasedRows = 0;
        for (var t : files.truth.subList(1, files.truth.size())) {
            if (t.get(2).isEmpty()) {
                continue;
            }
            boolean registryDeceased = files.registryByPid.get(t.get(2)).get(7).equals("deceased");
            assertThat(t.get(3).contains("deceased")).isEqualTo(registryDeceased);
            deceasedRows += registryDeceased ? 1 : 0;
        }
        assertThat(deceasedRows).isGreaterThan(GeneratedFiles.ROWS * 2 / 100);
    }

    @Test
    void duplicatesRepeatAPersonSeenEarlierInTheSameDataset() {
        var truth = files.truthOf("driving_licences");
        var earlier = new java.util.HashSet<String>();
        long duplicates = 0;
        for (var t : truth) {
            if (t.get(3).contains("duplicate") && !t.get(2).isEmpty()) {
                assertThat(earlier).contains(t.get(2));
                duplicates++;
            }
            earlier.add(t.get(2));
        }
        assertThat(duplicates).isPositive();
    }

    /** A legacy-font or mojibake name decodes back to the registry's name, or the kind would lie. */
    @ParameterizedTest
    @EnumSource(value = NoiseKind.class, names = {"TCVN3", "VNI", "MOJIBAKE"})
    void encodedNamesDecodeBackToTheRegistryName(NoiseKind kind) {
        var truth = files.truthOf("social_insurance");
        long checked = 0;
        for (int i = 0; i < truth.size(); i++) {
            var kinds = List.of(truth.get(i).get(3).split(";"));
            if (!kinds.contains(kind.code()) || truth.get(i).get(2).isEmpty() || kinds.contains("name_typo")
                    || kinds.contains("name_swapped") || kinds.contains("extra_space")) {
                continue;
            }
            String cell = files.insurance.get(i + 1).get(0);
            String decoded = kind == NoiseKind.MOJIBAKE ? Mojibake.decode(cell)
                    : LegacyEncoding.valueOf(kind.name()).decode(cell);
            assertThat(decoded).isEqualTo(VietText.nfc(files.registryByPid.get(truth.get(i).get(2)).get(2)));
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }

    private static int headerIndex(List<List<String>> rows, String firstCell) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get(0).equals(firstCell)) {
                return i;
            }
        }
        return -1;
    }
}
