package vn.sachsong.synth;

import java.time.LocalDate;
import vn.sachsong.record.PartialDate;
import vn.sachsong.refdata.Sex;

/**
 * One synthetic person. {@code oldId} is 0 when the person never had a 9-digit card;
 * members of a household occupy {@code household .. household + householdSize - 1}.
 */
record Person(long pid, long oldId, String family, String middle, String given, Sex sex,
              PartialDate birth, Gazetteer.Province birthProvince, Gazetteer.Commune home,
              LocalDate diedOn, int household, int householdSize) {

    String fullName() {
        return middle.isEmpty() ? family + " " + given : family + " " + middle + " " + given;
    }

    boolean deceased() {
        return diedOn != null;
    }
}
