package vn.sachsong.record;

import java.util.List;
import java.util.Optional;
import vn.sachsong.io.Field;
import vn.sachsong.refdata.ProvinceMatch;
import vn.sachsong.refdata.Sex;
import vn.sachsong.text.TextSource;

/**
 * One input row read as a person, as the linkage engine consumes it. Nullable components are
 * marked; the Optional accessors below are the convenient way to read them.
 *
 * @param line          1-based line (CSV) or sheet row (XLSX) of the row in its file
 * @param fullName      the name after legacy-encoding repair and Unicode normalisation; "" if none
 * @param nameKey       accent-free lower-case key of {@code fullName} ("nguyen van an")
 * @param nameSource    the form the name cell was in (TCVN3, VNI, mojibake...): a repair to report
 * @param birth         evidence from the birth-date column, else the birth-year column
 * @param ids           every ID found in the ID columns, best first (12-digit, old card, partial,
 *                      invalid); empty when the ID cells are empty
 * @param sex           nullable: the sex when the cell holds a known code
 * @param province      nullable: the province from the province column, else the end of the address,
 *                      hometown or birthplace; {@link ProvinceMatch#current()} maps a pre-2025 name
 * @param provinceFrom  the column the province was found in, OTHER when none
 * @param address       the first non-empty address cell, normalised; "" if none
 * @param rejection     nullable: why the row cannot be read as a person (no usable name or ID)
 */
public record ParsedRow(long line, String fullName, String nameKey, TextSource nameSource, DateEvidence birth, List<IdEvidence> ids,
        Sex sex, ProvinceMatch province, Field provinceFrom, String address, String rejection) {
    public ParsedRow {
        ids = List.copyOf(ids);
    }

    public Optional<Sex> knownSex() {
        return Optional.ofNullable(sex);
    }

    public Optional<ProvinceMatch> foundProvince() {
        return Optional.ofNullable(province);
    }

    public boolean rejected() {
        return rejection != null;
    }

    /** The best ID evidence, Missing when there is none. */
    public IdEvidence bestId() {
        return ids.isEmpty() ? new IdEvidence.Missing() : ids.get(0);
    }

    /** The 12-digit personal ID when one was read. */
    public Optional<String> pid() {
        return ids.stream().filter(IdEvidence.Pid12.class::isInstance)
                .map(e -> ((IdEvidence.Pid12) e).digits()).findFirst();
    }

    /** The 9-digit old card number when one was read. */
    public Optional<String> oldCard() {
        return ids.stream().filter(IdEvidence.OldCard9.class::isInstance)
                .map(e -> ((IdEvidence.OldCard9) e).digits()).findFirst();
    }

    @Override
    public String toString() {
        return "ParsedRow[line " + line + ", birth " + birth + ", ids " + ids + ", sex " + sex
                + (rejection == null ? "" : ", rejected: " + rejection) + "]";
    }
}
