package vn.sachsong.cleaning;

import java.util.List;

/** The columns cleaning appends to every input row (see DESIGN.md, "Cleaning output CSV"). */
public final class OutputColumns {
    public static final List<String> APPENDED = List.of("pid", "match_status", "match_score", "registry_status",
            "corrections");

    /** A score as {@code match_score} writes it: four decimals ("0.9871", "1.0000"). */
    public static String score(double p) {
        return RowFinisher.score(p);
    }

    private OutputColumns() {
    }
}
