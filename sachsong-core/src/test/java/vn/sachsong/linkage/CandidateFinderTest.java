package vn.sachsong.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.sachsong.record.PartialDate;
import vn.sachsong.refdata.PersonalId;

class CandidateFinderTest {
    private static final String TYPED = "079086123456";

    /**
     * A row whose ID is in no one's name is looked for at every ID one typing slip away: the 108
     * single-digit substitutions and the 11 swaps of neighbouring digits (here every swap changes
     * the ID, as no two neighbours are equal), written out as strings here, and nothing two slips away.
     */
    @Test
    void anUnknownIdIsLookedForAtEveryIdOneSlipAway() {
        var oneSlip = new HashSet<String>();
        for (int i = 0; i < 12; i++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c != TYPED.charAt(i)) {
                    oneSlip.add(TYPED.substring(0, i) + c + TYPED.substring(i + 1));
                }
            }
            if (i < 11) {
                oneSlip.add(TYPED.substring(0, i) + TYPED.charAt(i + 1) + TYPED.charAt(i) + TYPED.substring(i + 2));
            }
        }
        assertThat(oneSlip).hasSize(119);
        var twoSlips = List.of("179086123457", "079086123499", "970086123456", "079086214356");
        var builder = PersonIndex.builder();
        for (var pid : oneSlip) {
            builder.add(person(pid));
        }
        twoSlips.forEach(pid -> builder.add(person(pid)));
        var index = builder.build();
        var row = LinkerFixtures.row("Hoàng Thị Lan", "02/02/1999", TYPED, List.of());

        var found = new HashSet<String>();
        for (int r : new CandidateFinder(index).find(new RowFeatures(row, index))) {
            found.add(index.pidText(r));
        }

        assertThat(found).isEqualTo(Set.copyOf(oneSlip));
    }

    private static RegistryPerson person(String pid) {
        return new RegistryPerson(pid, null, "Trần Văn An", new PartialDate(1986, 1, 1), PersonalId.sexOf(pid),
                pid.substring(0, 3), "Phường Bến Nghé, Thành phố Hồ Chí Minh", false);
    }
}
