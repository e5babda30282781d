package vn.sachsong.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The household book: a header in two rows, a row numbering the columns, the date under the sex. */
class HouseholdMembersFileTest {
    private final GeneratedFiles files = GeneratedFiles.get();

    @Test
    void titleTwoHeaderRowsAndColumnNumbersComeFirst() {
        assertThat(files.household.get(0).get(0)).isEqualTo("SỔ THEO DÕI NHÂN KHẨU");
        assertThat(files.household.get(1)).isEqualTo(HouseholdMembers.HEADER);
        assertThat(files.household.get(2)).isEqualTo(HouseholdMembers.SUB_HEADER);
        assertThat(files.household.get(3)).containsExactly("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)");
        assertThat(files.household).hasSize(GeneratedFiles.ROWS / 4 + 4);
    }

    @Test
    void theBirthDateStandsUnderThePersonsSexAndNoSexKindIsRecorded() {
        var truth = files.truthOf("household_members");
        // the column-number row comes out of a cleaning as a row: the truth lists it, about no one
        assertThat(truth.get(0)).containsExactly("household_members", "0", "", "not_a_person");
        long checked = 0;
        for (int i = 1; i < truth.size(); i++) {
            var t = truth.get(i);
            assertThat(List.of(t.get(3).split(";"))).doesNotContain("sex_code", "sex_ascii", "sex_missing");
            if (t.get(2).isEmpty()) {
                continue;
            }
            var cells = files.household.get(i + 3);
            boolean female = files.registryByPid.get(t.get(2)).get(4).equals("F");
            assertThat(cells.get(female ? 2 : 3)).as(cells.toString()).isEmpty();
            assertThat(cells.get(female ? 3 : 2)).as(cells.toString()).isNotEmpty();
            checked++;
        }
        assertThat(checked).isGreaterThan(1000);
    }
}
