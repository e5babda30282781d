package vn.sachsong.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.sachsong.text.LegacyEncoding;

/** The whole-file TCVN3 dataset: every cell, header included, is in the legacy font. */
class CivilServantsFileTest {
    private final GeneratedFiles files = GeneratedFiles.get();

    @Test
    void titleAndHeaderAreTcvn3AndDecodeToVietnamese() {
        assertThat(files.civilServants.get(1).get(2)).isEqualTo("Tªn");
        var decoded = files.civilServants.get(1).stream().map(LegacyEncoding.TCVN3::decode).toList();
        assertThat(String.join(",", decoded))
                .isEqualTo("STT,Họ và chữ đệm,Tên,Ngày sinh,Tháng sinh,Năm sinh,Giới tính,Số CMND/CCCD,Nơi ở hiện nay,Chức vụ");
        assertThat(LegacyEncoding.TCVN3.decode(files.civilServants.get(0).get(0)))
                .isEqualTo("DANH SÁCH CÁN BỘ, CÔNG CHỨC");
    }

    @Test
    void aQuarterOfTheRowsAllMarkedFileTcvn3WithoutRowTextStyles() {
        var truth = files.truthOf("civil_servants");
        assertThat(truth).hasSize(GeneratedFiles.ROWS / 4);
        assertThat(files.civilServants).hasSize(GeneratedFiles.ROWS / 4 + 2);
        for (var t : truth) {
            var kinds = List.of(t.get(3).split(";"));
            assertThat(kinds).contains("file_tcvn3").doesNotContain("tcvn3", "vni", "mojibake", "all_caps");
        }
    }

    @Test
    void cleanRowsDecodeToTheRegistryName() {
        var truth = files.truthOf("civil_servants");
        long checked = 0;
        for (int i = 0; i < truth.size(); i++) {
            var t = truth.get(i);
            if (t.get(3).equals("file_tcvn3")) {
                var cells = files.civilServants.get(i + 2);
                String name = LegacyEncoding.TCVN3.decode(cells.get(1) + " " + cells.get(2));
                var person = files.registryByPid.get(t.get(2));
                assertThat(name).isEqualTo(person.get(2));
                var date = String.join("-", Stream.of(cells.get(5), pad(cells.get(4)), pad(cells.get(3)))
                        .filter(part -> !part.isEmpty()).toList());
                assertThat(date).isEqualTo(person.get(3));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    private static String pad(String part) {
        return part.length() == 1 ? "0" + part : part;
    }
}
