package vn.sachsong.cleaning;

import java.util.List;

/** The columns cleaning appends to every input row (see DESIGN.md, "Cleaning output CSV"). */
public final class OutputColumns {
    public static final List<String> APPENDED = List.of("pid", "match_status", "match_score", "registry_status",
            "corrections");

    private OutputColumns() {
    }
}
