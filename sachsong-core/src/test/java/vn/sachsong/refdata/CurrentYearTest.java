package vn.sachsong.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import org.junit.jupiter.api.Test;

class CurrentYearTest {
    /** Vietnam's year: on 1 January before 07:00 there it is still the old year in UTC, and a newborn's ID was refused. */
    @Test
    void theYearIsVietnams() {
        int before = Year.now(VietnamTime.OFFSET).getValue();
        int year = CurrentYear.get();
        int after = Year.now(VietnamTime.OFFSET).getValue();
        assertThat(year).isBetween(before, after);
    }
}
