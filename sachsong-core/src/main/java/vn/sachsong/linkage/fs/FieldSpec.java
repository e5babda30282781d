package vn.sachsong.linkage.fs;

import java.util.List;

/**
 * One compared field: its name and its comparison levels, best agreement first. The
 * {@code neutralLevel} (a value missing on either side) carries no evidence: weight 0, left out of EM.
 */
public record FieldSpec(String name, List<String> levels, int neutralLevel) {
    public static final int MAX_LEVELS = 15;

    public FieldSpec {
        levels = List.copyOf(levels);
        if (levels.isEmpty() || levels.size() > MAX_LEVELS) {
            throw new IllegalArgumentException(name + ": 1.." + MAX_LEVELS + " levels, was " + levels.size());
        }
        if (neutralLevel >= levels.size()) {
            throw new IllegalArgumentException(name + ": neutral level out of range");
        }
    }

    public int size() {
        return levels.size();
    }

    public String level(int i) {
        return levels.get(i);
    }
}
