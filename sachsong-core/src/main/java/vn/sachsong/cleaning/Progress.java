package vn.sachsong.cleaning;

/** Told how far a run is; {@code expectedRows} is an estimate, -1 when unknown (XLSX). */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, expected, millis) -> {
    };

    void update(long rowsDone, long expectedRows, long millis);
}
