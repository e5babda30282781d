package vn.sachsong.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.sachsong.record.PartialDate;
import vn.sachsong.refdata.PersonalId;

/** A person is found by pid from the range table as by a search of the whole column; a pid not there is not. */
class PidLookupTest {
    @Test
    void everyPidIsFoundAtItsRowAndNoOtherPidIs() {
        var random = new SplittableRandom(7);
        var pids = new TreeSet<Long>();
        // clustered as real ones are (province, century and sex, year), and a few at the ends of the range
        while (pids.size() < 20_000) {
            long province = 1 + random.nextInt(96);
            pids.add(province * 1_000_000_000L + random.nextLong(1_000_000_000L));
        }
        pids.add(1L);
        pids.add(999_999_999_999L);
        var builder = PersonIndex.builder();
        for (long p : pids) {
            var pid = "%012d".formatted(p);
            builder.add(new RegistryPerson(pid, null, "Nguyễn Văn A", new PartialDate(1990, 1, 1), PersonalId.sexOf(pid),
                    null, null, false));
        }
        var index = builder.build();
        int row = 0;
        for (long p : pids) {
            assertThat(index.rowOf(p)).as("pid %d", p).isEqualTo(row++);
            if (!pids.contains(p + 1)) {
                assertThat(index.rowOf(p + 1)).as("pid %d, not registered", p + 1).isEqualTo(-1);
            }
        }
        assertThat(index.rowOf(0)).isEqualTo(-1);
        assertThat(index.rowOf(-5)).isEqualTo(-1);
        assertThat(index.rowOf(1_000_000_000_000L)).isEqualTo(-1);
        assertThat(index.rowOf(Long.MAX_VALUE)).isEqualTo(-1);
    }

    @Test
    void anEmptyIndexFindsNoOne() {
        var index = PersonIndex.builder().build();
        assertThat(index.rowOf(0)).isEqualTo(-1);
        assertThat(index.rowOf(1_000_000_000L)).isEqualTo(-1);
    }
}
