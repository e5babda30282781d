package vn.sachsong.server.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The everyday ISO spellings read by hand give what java.time's formatters give, and refuse what they refuse. */
class IsoTest {
    private static final ZoneOffset VN = ZoneOffset.ofHours(7);

    /** What DossierRules read before the hand reading: the formatters, by the text's shape. */
    private static Instant formatters(String t) {
        if (t.length() == 10) {
            return LocalDate.parse(t).atStartOfDay(VN).toInstant();
        }
        if (t.endsWith("Z") || t.lastIndexOf('+') > 9 || t.lastIndexOf('-') > 9) {
            return OffsetDateTime.parse(t).toInstant();
        }
        return LocalDateTime.parse(t).atOffset(VN).toInstant();
    }

    @Test
    void theEverydaySpellingsGiveTheSameInstant() {
        for (var t : List.of("2025-06-01", "2024-02-29", "1975-01-01", "2025-06-01T09:15:00", "2025-06-01T00:00:00Z",
                "2025-06-01T09:15:30+07:00", "2025-12-31T23:59:59-05:30", "2025-06-01T09:15:00+00:00", "2025-06-01T09:15:00-00:00",
                "2025-06-01T09:15:00+18:00")) {
            assertThat(Iso.plain(t, VN)).as(t).isEqualTo(formatters(t));
        }
    }

    @Test
    void impossibleValuesAreRefusedByBoth() {
        for (var t : List.of("2025-02-30", "2025-02-29", "2025-13-01", "2025-00-10", "2025-06-01T24:00:00", "2025-06-01T23:60:00",
                "2025-06-01T23:59:60", "2025-06-01T09:00:00+18:01", "2025-06-01T09:00:00+07:60", "2025-04-31T10:00:00Z")) {
            assertThatThrownBy(() -> Iso.plain(t, VN)).as(t).isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> formatters(t)).as(t).isInstanceOf(DateTimeException.class);
        }
    }

    @Test
    void otherSpellingsAreLeftToTheFormatters() {
        for (var t : List.of("2025-06-01T09:15", "2025-06-01T09:15:00.5+07:00", "2025-06-01t09:15:00", "2025-06-01T09:15:00z",
                "2025-06-01T09:15:00+0700", "25-06-01", "2025-6-01", "２０２５-06-01", "2025-06-01 09:15:00", "2025-06-01T09:15:00+07")) {
            assertThat(Iso.plain(t, VN)).as(t).isNull();
        }
    }
}
