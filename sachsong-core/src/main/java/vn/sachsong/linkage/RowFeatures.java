package vn.sachsong.linkage;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.sachsong.io.Field;
import vn.sachsong.record.DateEvidence;
import vn.sachsong.record.IdEvidence;
import vn.sachsong.record.ParsedRow;
import vn.sachsong.refdata.Communes;
import vn.sachsong.refdata.ProvinceMatch;
import vn.sachsong.refdata.Sex;
import vn.sachsong.text.VietText;

/** A dataset row reduced once to what every comparison with a registry person needs. */
final class RowFeatures {
    final int[] foldIds;
    final int[] keyIds;
    final String[] keyWords;
    /** Whether each word carries accents (its folded form is not its accent-free key). */
    final boolean[] accented;
    final NameKeys name;
    /** Packed candidate dates, day-first reading first; {@code swappedFirst}: the cell was month-first. */
    final int[] dates;
    final boolean swappedFirst;
    final long pid;
    final int oldCard;
    final int pidOwner;
    final int oldOwner;
    final String partialPrefix;
    final int partialLength;
    /**
     * Where the people an Excel-rounded ID can stand for are in the index: [from, to) of its pid
     * order for a 12-digit ID, of its old-card order for a 9-digit one; null without such an ID.
     */
    final int[] partialRange;
    final int sex;
    final int province;
    /** Current commune codes the row's address can mean (none when it names no commune). */
    final int[] communes;
    /** Whether {@link #communes} are one place: today's commune, or one old commune split among them. */
    final boolean onePlace;

    RowFeatures(ParsedRow row, PersonIndex index) {
        var words = row.fullName().isEmpty() ? new String[0] : row.fullName().split(" ");
        foldIds = new int[words.length];
        keyIds = new int[words.length];
        keyWords = new String[words.length];
        accented = new boolean[words.length];
        for (int i = 0; i < words.length; i++) {
            keyWords[i] = VietText.key(words[i]);
            var folded = VietText.fold(words[i]);
            accented[i] = !folded.equals(keyWords[i]);
            foldIds[i] = index.dict.foldId(folded);
            keyIds[i] = index.dict.keyId(keyWords[i]);
        }
        name = NameKeys.of(keyIds);
        dates = dates(row.birth());
        swappedFirst = row.birth() instanceof DateEvidence.Exact e && e.swapped();
        pid = row.pid().map(Long::parseLong).orElse(-1L);
        oldCard = row.oldCard().map(Integer::parseInt).orElse(0);
        pidOwner = pid < 0 ? -1 : index.rowOfPid(pid);
        oldOwner = oldCard == 0 ? -1 : index.rowOfOldId(oldCard);
        var partial = partial(row);
        partialPrefix = partial == null ? null : partial.knownPrefix();
        partialLength = partial == null ? 0 : partial.length();
        partialRange = partial == null ? null : partialRange(partialPrefix, partialLength, index);
        sex = row.sex() == null ? -1 : row.sex() == Sex.F ? 1 : 0;
        province = row.province() == null ? 0 : Integer.parseInt(row.province().current().code());
        var where = row.provinceFrom() == Field.ADDRESS || row.provinceFrom() == Field.PROVINCE
                ? where(row.address(), row.province()) : Where.NONE;
        communes = where.codes();
        onePlace = where.one();
    }

    /** The communes an address can mean, and whether they are one place ({@link Communes.Place}). */
    private record Where(int[] codes, boolean one) {
        static final Where NONE = new Where(new int[0], false);
    }

    /** Addresses repeat (a village's rows, a registry's households): each is read once. */
    private static final Map<String, Where> COMMUNES = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 200_000;

    private static Where where(String address, ProvinceMatch province) {
        if (address == null || address.isEmpty() || province == null) {
            return Where.NONE;
        }
        var key = province.province().code() + (province.old() ? "o|" : "n|") + address;
        var hit = COMMUNES.get(key);
        if (hit == null) {
            var place = Communes.placeIn(address, province);
            hit = new Where(place.codes().stream().mapToInt(Integer::parseInt).toArray(), place.one());
            if (COMMUNES.size() >= MAX_CACHED) {
                COMMUNES.clear();
            }
            COMMUNES.put(key, hit);
        }
        return hit;
    }

    /** The one current commune a registry address in this province names, 0 when none or several. */
    static int oneCommune(String address, ProvinceMatch province) {
        var codes = where(address, province).codes();
        return codes.length == 1 ? codes[0] : 0;
    }

    /** The ID's leading digits are those shown, or one less where the last shown digit was rounded up. */
    private static int[] partialRange(String prefix, int length, PersonIndex index) {
        long scale = 1;
        for (int i = prefix.length(); i < length; i++) {
            scale *= 10;
        }
        long known = Long.parseLong(prefix);
        long from = Math.max(0, known - 1) * scale;
        long to = (known + 1) * scale;
        if (length == 12) {
            return new int[] {index.pidLowerBound(from), index.pidLowerBound(to)};
        }
        return new int[] {Keys.lowerBound(index.oldIds, from << Keys.ROW_BITS),
            Keys.lowerBound(index.oldIds, to << Keys.ROW_BITS)};
    }

    boolean hasId() {
        return pid >= 0 || oldCard != 0 || partialPrefix != null;
    }

    private static int[] dates(DateEvidence birth) {
        var candidates = birth.candidates();
        var out = new int[candidates.size()];
        for (int i = 0; i < out.length; i++) {
            var d = candidates.get(i);
            out[i] = Keys.packDate(d.year(), d.month(), d.day());
        }
        return out;
    }

    private static IdEvidence.Partial partial(ParsedRow row) {
        var found = new ArrayList<IdEvidence.Partial>(1);
        for (var id : row.ids()) {
            if (id instanceof IdEvidence.Partial p) {
                found.add(p);
            }
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
