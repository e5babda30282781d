package vn.sachsong.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.sachsong.refdata.VietnamTime;

class TodayTest {
    /**
     * Vietnam's day, not the machine's: between 17:00 and 24:00 UTC they differ, and a machine set to
     * UTC took a date of Vietnam's today for one in the future.
     */
    @Test
    void todayIsVietnamsDay() {
        var before = LocalDate.now(VietnamTime.OFFSET);
        var today = Today.get();
        var after = LocalDate.now(VietnamTime.OFFSET);
        assertThat(today).isBetween(before, after);
    }
}
