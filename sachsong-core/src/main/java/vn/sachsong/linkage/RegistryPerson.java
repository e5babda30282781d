package vn.sachsong.linkage;

import vn.sachsong.record.PartialDate;
import vn.sachsong.refdata.Sex;

/**
 * A person as the registry holds them, the linkage's reference side.
 *
 * @param pid                12-digit personal ID
 * @param oldId              nullable: 9-digit old ID card number
 * @param birthProvinceCode  3-digit birth-registration code, the pid's prefix ("001")
 * @param address            the current (post-2025) address, province last
 */
public record RegistryPerson(String pid, String oldId, String fullName, PartialDate birthDate, Sex sex,
                             String birthProvinceCode, String address, boolean deceased) {
    public RegistryPerson {
        if (pid == null || pid.length() != 12 || !digits(pid)) {
            throw new IllegalArgumentException("pid must be 12 digits");
        }
        if (oldId != null && (oldId.length() != 9 || !digits(oldId))) {
            throw new IllegalArgumentException("old_id must be 9 digits");
        }
        fullName = fullName == null ? "" : fullName;
        address = address == null ? "" : address;
    }

    static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "RegistryPerson[" + vn.sachsong.refdata.PersonalId.mask(pid) + ", born " + birthDate + "]";
    }
}
