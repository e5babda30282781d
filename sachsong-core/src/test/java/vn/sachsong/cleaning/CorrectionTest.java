package vn.sachsong.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A correction as the corrections column writes it: one entry, whatever its cells hold. */
class CorrectionTest {
    @Test
    void aCorrectionIsOneEntryOnOneLine() {
        assertThat(new Correction("full_name", "Nguyen Van An", "Nguyễn Văn An")).hasToString(
                "full_name: Nguyen Van An -> Nguyễn Văn An");
        assertThat(new Correction("old_id", "", "281515564")).hasToString("old_id: (empty) -> 281515564");
        assertThat(new Correction("old_id", "CMND 281515564; CCCD 094\r\n1", "a\nb\rc;")).hasToString(
                "old_id: CMND 281515564, CCCD 094 1 -> a b c,");
    }
}
