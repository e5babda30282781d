package vn.sachsong.linkage;

import java.util.List;
import vn.sachsong.linkage.fs.FieldSpec;

/** The compared fields of a person pair and their levels, best agreement first. */
final class PersonFields {
    static final int ID = 0;
    static final int NAME = 1;
    static final int BIRTH = 2;
    static final int SEX = 3;
    static final int PROVINCE = 4;

    static final int ID_EXACT = 0;
    static final int ID_OLD_CARD = 1;
    static final int ID_ONE_EDIT = 2;
    static final int ID_PARTIAL = 3;
    static final int ID_PARTIAL_DISAGREE = 4;
    /** The row's ID belongs to another registered person: a relative's ID, or the wrong candidate. */
    static final int ID_OTHER_PERSON = 5;
    /** The row's ID is in no registry record: typical of someone who is not registered. */
    static final int ID_UNKNOWN = 6;
    static final int ID_MISSING = 7;

    static final int NAME_EXACT = 0;
    static final int NAME_KEY = 1;
    static final int NAME_REORDERED = 2;
    static final int NAME_TYPO = 3;
    static final int NAME_PARTIAL = 4;
    static final int NAME_DISAGREE = 5;
    static final int NAME_MISSING = 6;

    static final int BIRTH_EXACT = 0;
    static final int BIRTH_SWAPPED = 1;
    static final int BIRTH_DAYS_OFF = 2;
    static final int BIRTH_YEAR_OFF = 3;
    static final int BIRTH_YEAR_MONTH = 4;
    static final int BIRTH_YEAR = 5;
    static final int BIRTH_DISAGREE = 6;
    static final int BIRTH_MISSING = 7;

    static final int AGREE = 0;
    static final int DISAGREE = 1;
    static final int MISSING = 2;

    static final int PLACE_COMMUNE = 0;
    /** The province agrees and the row names no commune that could be compared. */
    static final int PLACE_PROVINCE = 1;
    /** The province agrees but the row names another commune: a namesake's, or someone who moved. */
    static final int PLACE_OTHER_COMMUNE = 2;
    static final int PLACE_DISAGREE = 3;
    static final int PLACE_MISSING = 4;

    static final List<FieldSpec> SPECS = List.of(
            new FieldSpec("id", List.of("exact", "old card", "one digit off", "Excel prefix agrees",
                    "Excel prefix disagrees", "another person's ID", "ID not in registry", "missing"), ID_MISSING),
            new FieldSpec("name", List.of("exact", "accents differ", "words reordered", "one word misspelt",
                    "one word missing or different", "disagree", "missing"), NAME_MISSING),
            new FieldSpec("birth", List.of("exact", "day/month swapped", "within a week", "year off by one",
                    "year and month agree", "year agrees", "disagree", "missing"), BIRTH_MISSING),
            new FieldSpec("sex", List.of("agree", "disagree", "missing"), MISSING),
            new FieldSpec("place", List.of("commune agrees", "province agrees", "another commune of the province", "disagree",
                    "missing"), PLACE_MISSING));

    private PersonFields() {
    }
}
