package vn.sachsong.io;

import java.util.Locale;
import java.util.Optional;

/**
 * The canonical meaning of a column. OTHER columns are kept and passed through untouched. A name
 * may come whole (FULL_NAME) or in parts (FAMILY_NAME, which may hold the middle name too,
 * MIDDLE_NAME, GIVEN_NAME); a birth date whole (BIRTH_DATE) or in parts (BIRTH_DAY, BIRTH_MONTH,
 * BIRTH_YEAR), as personnel and student lists often split them. Sex may be a column of its own
 * (SEX) or a mark: a "Nữ" column ticked for women (FEMALE_MARK, as in social-insurance and school
 * lists), alone or after a "Nam" column (MALE_MARK), where old registers write the birth date.
 * AGE ("Tuổi") stands in for a birth year where a list has no date.
 */
public enum Field {
    FULL_NAME, FAMILY_NAME, MIDDLE_NAME, GIVEN_NAME, BIRTH_DATE, BIRTH_DAY, BIRTH_MONTH, BIRTH_YEAR, AGE, SEX, FEMALE_MARK,
    MALE_MARK, PID, OLD_ID, ADDRESS, HOMETOWN, BIRTH_PLACE, PROVINCE, PHONE, OTHER;

    /** Parses a field name as written in {@code --map} ("full_name", "FULL-NAME", "pid"). */
    public static Optional<Field> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        var normal = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (var f : values()) {
            if (f.name().equals(normal)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
