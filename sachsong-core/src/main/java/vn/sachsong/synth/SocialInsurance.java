package vn.sachsong.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A social-insurance extract from an older system: semicolon-separated, headers without
 * diacritics, working ages only, one column for whichever ID (old card or personal ID) was given.
 */
final class SocialInsurance implements DatasetLayout {
    static final List<String> HEADER = List.of("HO TEN", "NGAY SINH", "GT", "SO CMND/CCCD", "DIA CHI");

    @Override
    public String name() {
        return "social_insurance";
    }

    @Override
    public char delimiter() {
        return ';';
    }

    @Override
    public int minAge() {
        return 18;
    }

    @Override
    public int maxAge() {
        return 65;
    }

    @Override
    public List<List<String>> preamble(SplittableRandom rng) {
        return List.of(HEADER);
    }

    @Override
    public List<String> cells(int rowNumber, MessyRow row, SplittableRandom rng) {
        return List.of(row.name(), row.birthDate(), row.sex(), row.id(), row.address());
    }
}
