package vn.sachsong.linkage;

import static vn.sachsong.linkage.PersonFields.*;

/** Comparison levels of a row against one registry person; stateless, allocation-free but for names. */
final class PairComparer {
    private final PersonIndex index;

    PairComparer(PersonIndex index) {
        this.index = index;
    }

    void compare(RowFeatures row, int person, int[] levels) {
        levels[ID] = IdLevels.level(row, index, person);
        levels[NAME] = NameLevels.level(row, index, person);
        levels[BIRTH] = BirthLevels.level(row.dates, row.swappedFirst, index.birth[person]);
        levels[SEX] = row.sex < 0 ? MISSING : (row.sex == 1) == index.female(person) ? AGREE : DISAGREE;
        levels[PROVINCE] = province(row, person);
    }

    /** The row's address province against the person's address, else their birth-registration province. */
    private int province(RowFeatures row, int person) {
        if (row.province == 0) {
            return MISSING;
        }
        int home = index.addressProvince[index.address[person]];
        int born = IndexParts.ProvinceCodes.ofBirthCode(index.birthCode[person]);
        return row.province == home || row.province == born ? AGREE : DISAGREE;
    }
}
