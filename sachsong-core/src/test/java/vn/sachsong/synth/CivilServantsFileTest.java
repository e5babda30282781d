package vn.sachsong.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sachsong.text.LegacyEncoding;

/** The whole-file TCVN3 dataset: every cell, header included, is in the legacy font. */
class CivilServantsFileTest {
    private final GeneratedFiles files = GeneratedFiles.get();

    @Test
    void titleAndHeaderAreTcvn3AndDecodeToVietnamese() {
        assertThat(files.civilServants.get(1).get(1)).isEqualTo("Hä vµ tªn");
        var decoded = files.civilServants.get(1).stream().map(LegacyEncoding.TCVN3::decode).toList();
        assertThat(String.join(",", decoded))
                .isEqualTo("STT,Họ và tên,Ngày sinh,Giới tính,Số CMND/CCCD,Nơi ở hiện nay,Chức vụ");
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
                String name = LegacyEncoding.TCVN3.decode(files.civilServants.get(i + 2).get(1));
                assertThat(name).isEqualTo(files.registryByPid.get(t.get(2)).get(2));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
    }
}
