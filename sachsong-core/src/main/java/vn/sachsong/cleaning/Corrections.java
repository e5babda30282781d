package vn.sachsong.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.sachsong.io.Field;
import vn.sachsong.io.Row;
import vn.sachsong.linkage.RegistryPerson;
import vn.sachsong.record.DateEvidence;
import vn.sachsong.record.NameParts;
import vn.sachsong.record.ParsedRow;
import vn.sachsong.text.VietText;

/**
 * What differs between a linked row and its registry person. The registry is the reference: a
 * name typed without accents or in a legacy font, a swapped or partial date, an old card number
 * instead of the personal ID, a pre-2025 province: each becomes one correction. A field the file
 * has no column for is not corrected: the registry's value is not news to a file that never had it.
 */
final class Corrections {
    private final RawCells raw;

    Corrections(RawCells raw) {
        this.raw = raw;
    }

    List<Correction> of(Row row, ParsedRow parsed, RegistryPerson person) {
        var out = new ArrayList<Correction>(4);
        var name = rawName(row);
        if (!VietText.normalize(name).equals(VietText.normalize(person.fullName()))) {
            out.add(new Correction("full_name", name, person.fullName()));
        }
        var birth = person.birthDate().toString();
        if (raw.has(Field.BIRTH_DATE, Field.BIRTH_DAY, Field.BIRTH_MONTH, Field.BIRTH_YEAR, Field.FEMALE_MARK,
                Field.MALE_MARK) && !readsAs(parsed.birth(), birth)) {
            out.add(new Correction("birth_date", rawBirth(row), birth));
        }
        if (raw.has(Field.SEX, Field.FEMALE_MARK, Field.MALE_MARK) && parsed.sex() != person.sex()) {
            out.add(new Correction("sex", raw.of(row, Field.SEX), person.sex().name()));
        }
        if (!raw.of(row, Field.PID).equals(person.pid())) {
            out.add(new Correction("pid", rawId(row), person.pid()));
        }
        // an old name the reform kept is no correction; a province merged away before ("Hà Tây") is one
        parsed.foundProvince().filter(match -> match.old() && !match.writtenName().equals(match.current().name()))
                .ifPresent(match -> out.add(new Correction("province", match.writtenName(), match.current().name())));
        return out;
    }

    /**
     * True when the cell already says the registry's date the way Vietnamese write it: day first.
     * A different spelling of the same date ("12/09/1995") is not a correction; a month-first
     * reading, a partial date or another date is.
     */
    private static boolean readsAs(DateEvidence evidence, String date) {
        return switch (evidence) {
            case DateEvidence.Exact exact -> !exact.swapped() && exact.date().toString().equals(date);
            case DateEvidence.Ambiguous ambiguous -> ambiguous.candidates().get(0).toString().equals(date);
            default -> false;
        };
    }

    private String rawName(Row row) {
        var full = raw.of(row, Field.FULL_NAME);
        return full.isEmpty() ? NameParts.join(raw.of(row, Field.FAMILY_NAME), raw.of(row, Field.MIDDLE_NAME),
                raw.of(row, Field.GIVEN_NAME)) : full;
    }

    /** The date cell as typed, else its parts as typed ("4/5/1971", "1971"). */
    private String rawBirth(Row row) {
        var date = raw.of(row, Field.BIRTH_DATE);
        if (!date.isEmpty()) {
            return date;
        }
        var day = raw.of(row, Field.BIRTH_DAY);
        var month = raw.of(row, Field.BIRTH_MONTH);
        var year = raw.of(row, Field.BIRTH_YEAR);
        return String.join("/", Stream.of(day, month, year).filter(p -> !p.isEmpty()).toList());
    }

    private String rawId(Row row) {
        var pid = raw.of(row, Field.PID);
        return pid.isEmpty() ? raw.of(row, Field.OLD_ID) : pid;
    }
}
