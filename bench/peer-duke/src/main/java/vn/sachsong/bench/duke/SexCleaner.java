package vn.sachsong.bench.duke;

import no.priv.garshol.duke.Cleaner;

/** Nam/nam/M/1 -> M, Nữ/nu/F/0 -> F, anything else dropped. */
public final class SexCleaner implements Cleaner {
    @Override
    public String clean(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase()) {
            case "nam", "m", "1", "male" -> "M";
            case "nữ", "nu", "nư", "f", "0", "female" -> "F";
            default -> null;
        };
    }
}
