package vn.sachsong.synth;

import java.util.Locale;

/** Every damage the generator can do to a dataset row; truth.csv names them in lower case. */
public enum NoiseKind {
    ABSENT, LOOKALIKE, DECEASED, DUPLICATE,
    NO_DIACRITICS, PARTIAL_DIACRITICS, ALL_CAPS, TCVN3, VNI, MOJIBAKE,
    NAME_TYPO, NAME_SWAPPED, EXTRA_SPACE,
    ID_LOST_ZEROS, ID_SCIENTIFIC, ID_SEPARATORS, OLD_ID, ID_MISSING, ID_RELATIVE, ID_TYPO,
    DATE_ISO, DATE_SHORT_YEAR, DATE_DASH, DATE_DOT, DATE_TEXT, DATE_EXCEL,
    DAY_MONTH_SWAP, DATE_YEAR_ONLY, DATE_WRONG,
    SEX_CODE, SEX_ASCII, SEX_MISSING,
    OLD_ADDRESS, ADDRESS_MISSING,
    FILE_TCVN3, FILE_VNI;

    /** The name written in truth.csv, e.g. {@code id_lost_zeros}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
