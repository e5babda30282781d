package vn.sachsong.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.sachsong.record.PartialDate;
import vn.sachsong.refdata.Sex;

/** One dataset row as the agency holds it, with the noise kinds that made it so. */
record MessyRow(String name, String birthDate, PartialDate shownBirth, String sex, Sex trueSex, String id,
        String address, List<NoiseKind> kinds) {

    String kindCodes() {
        return kindCodes(Set.of());
    }

    /** The kinds but those left out (a layout that writes no date string has no date style). */
    String kindCodes(Set<NoiseKind> leftOut) {
        var sb = new StringBuilder();
        for (NoiseKind k : kinds) {
            if (leftOut.contains(k)) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(';');
            }
            sb.append(k.code());
        }
        return sb.toString();
    }

    static final class Builder {
        private String name = "";
        private String birthDate = "";
        private PartialDate shownBirth;   // null until a date is drawn
        private String sex = "";
        private Sex trueSex = Sex.M;
        private String id = "";
        private String address = "";
        private final List<NoiseKind> kinds = new ArrayList<>(6);

        Builder kind(NoiseKind kind) {
            if (kind != null && !kinds.contains(kind)) {
                kinds.add(kind);
            }
            return this;
        }

        Builder name(String value, NoiseKind kind) {
            name = value;
            return kind(kind);
        }

        Builder birthDate(String value, NoiseKind kind) {
            birthDate = value;
            return kind(kind);
        }

        /** The date the cell says, errors included, before it is written in a style. */
        Builder shownBirth(PartialDate value) {
            shownBirth = value;
            return this;
        }

        Builder sex(String value, NoiseKind kind) {
            sex = value;
            return kind(kind);
        }

        /** The person's sex, for layouts that show it by where a value stands rather than by a word. */
        Builder trueSex(Sex value) {
            trueSex = value;
            return this;
        }

        Builder id(String value, NoiseKind kind) {
            id = value;
            return kind(kind);
        }

        Builder address(String value, NoiseKind kind) {
            address = value;
            return kind(kind);
        }

        MessyRow build() {
            return new MessyRow(name, birthDate, shownBirth, sex, trueSex, id, address, List.copyOf(kinds));
        }
    }
}
