package vn.sachsong.linkage;

import java.util.Arrays;
import vn.sachsong.refdata.Provinces;

/** The arrays of a {@link PersonIndex}, computed from the builder's columns: sort by pid, then keys. */
final class IndexParts {
    NameDict dict;
    long[] pid;
    int[] oldId;
    int[] birth;
    byte[] flags;
    short[] birthCode;
    int[] address;
    String[] addresses;
    byte[] addressProvince;
    /** Current commune code of each address, 0 when it names none or could mean several. */
    int[] addressCommune;
    int[] nameStart;
    int[] tokens;
    long[] nameFrequency;
    long[] oldIds;
    long[][] blocks;

    static IndexParts build(Columns c) {
        var p = new IndexParts();
        p.dict = c.dict;
        p.addresses = c.addresses.toArray(String[]::new);
        p.addressProvince = new byte[p.addresses.length];
        p.addressCommune = new int[p.addresses.length];
        for (int a = 0; a < p.addresses.length; a++) {
            var province = Provinces.findInAddress(p.addresses[a]).orElse(null);
            p.addressProvince[a] = province == null ? 0 : (byte) Integer.parseInt(province.current().code());
            p.addressCommune[a] = RowFeatures.oneCommune(p.addresses[a], province);
        }
        p.reorder(c, pidOrder(c));
        p.oldIds = p.oldIdIndex();
        new BlockBuilder(p).build();
        return p;
    }

    /** Rows in pid order; a pid given twice keeps its first row. */
    private static int[] pidOrder(Columns c) {
        var order = new Integer[c.size];
        for (int i = 0; i < c.size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : c.pid[a] != c.pid[b] ? Long.compare(c.pid[a], c.pid[b])
                : Integer.compare(a, b));
        int n = 0;
        var unique = new int[c.size];
        for (int i = 0; i < c.size; i++) {
            if (n == 0 || c.pid[order[i]] != c.pid[unique[n - 1]]) {
                unique[n++] = order[i];
            }
        }
        return Arrays.copyOf(unique, n);
    }

    private void reorder(Columns c, int[] order) {
        int n = order.length;
        pid = new long[n];
        oldId = new int[n];
        birth = new int[n];
        flags = new byte[n];
        birthCode = new short[n];
        address = new int[n];
        nameStart = new int[n + 1];
        tokens = new int[c.tokenCount];
        int t = 0;
        for (int i = 0; i < n; i++) {
            int from = order[i];
            pid[i] = c.pid[from];
            oldId[i] = c.oldId[from];
            birth[i] = c.birth[from];
            flags[i] = c.flags[from];
            birthCode[i] = c.birthCode[from];
            address[i] = c.address[from];
            for (int k = c.nameStart[from]; k < c.nameStart[from + 1]; k++) {
                tokens[t++] = c.tokens[k];
            }
            nameStart[i + 1] = t;
        }
        tokens = Arrays.copyOf(tokens, t);
    }

    private long[] oldIdIndex() {
        int n = 0;
        var out = new long[pid.length];
        for (int i = 0; i < pid.length; i++) {
            if (oldId[i] != 0) {
                out[n++] = ((long) oldId[i] << Keys.ROW_BITS) | i;
            }
        }
        out = Arrays.copyOf(out, n);
        Arrays.parallelSort(out);
        return out;
    }

    /** Current (2025) province codes of birth-registration codes. */
    static final class ProvinceCodes {
        private ProvinceCodes() {
        }

        /** Current province code of a 3-digit birth-registration code ("001" -> Hà Nội's), 0 when unknown. */
        static byte ofBirthCode(int code) {
            return BIRTH[code >= 0 && code < 100 ? code : 0];
        }

        private static final byte[] BIRTH = new byte[100];

        static {
            for (int c = 1; c < 100; c++) {
                BIRTH[c] = Provinces.oldByCode(String.format("%02d", c))
                        .map(p -> (byte) Integer.parseInt(Provinces.successorOf(p).code())).orElse((byte) 0);
            }
        }
    }
}
