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

    /**
     * The row's address against the person's: the same commune (today's, or one of those the old
     * commune the row names went into), else the same province as their address or birth
     * registration, told apart by whether the row names a commune (then another one) or none.
     */
    private int province(RowFeatures row, int person) {
        if (row.province == 0) {
            return PLACE_MISSING;
        }
        int home = index.addressProvince[index.address[person]];
        if (row.province == home) {
            int commune = index.addressCommune[index.address[person]];
            if (commune == 0) {
                return PLACE_PROVINCE;   // the registry's address names no one commune to compare
            }
            for (int c : row.communes) {
                if (c == commune) {
                    // one of the communes an old commune of the row's was split into (Namesakes counts
                    // each as a chance to agree); a name several old communes had (in other districts)
                    // says only that the person lived in one of them
                    return row.onePlace ? PLACE_COMMUNE : PLACE_PROVINCE;
                }
            }
        } else if (row.province != IndexParts.ProvinceCodes.ofBirthCode(index.birthCode[person])) {
            return PLACE_DISAGREE;
        }
        return row.communes.length > 0 ? PLACE_OTHER_COMMUNE : PLACE_PROVINCE;
    }
}
