package vn.sachsong.linkage;

import java.util.Arrays;
import java.util.HashMap;
import vn.sachsong.text.VietText;

/** The growing columns a {@link PersonIndex.Builder} fills, one person at a time. */
final class Columns {
    final NameDict dict = new NameDict();
    final HashMap<String, Integer> addressIds = new HashMap<>();
    final java.util.List<String> addresses = new java.util.ArrayList<>();
    long[] pid = new long[1024];
    int[] oldId = new int[1024];
    int[] birth = new int[1024];
    byte[] flags = new byte[1024];
    short[] birthCode = new short[1024];
    int[] address = new int[1024];
    int[] nameStart = new int[1025];
    int[] tokens = new int[4096];
    int size;
    int tokenCount;

    static final int FEMALE = 1;
    static final int DECEASED = 2;

    void add(RegistryPerson p) {
        if (size == Keys.MAX_ROWS - 1) {
            throw new IllegalStateException("more than " + (Keys.MAX_ROWS - 1) + " people: split the index");
        }
        grow();
        pid[size] = Long.parseLong(p.pid());
        oldId[size] = p.oldId() == null ? 0 : Integer.parseInt(p.oldId());
        var b = p.birthDate();
        birth[size] = b == null ? 0 : Keys.packDate(b.year(), b.month(), b.day());
        flags[size] = (byte) ((p.sex() == vn.sachsong.refdata.Sex.F ? FEMALE : 0) | (p.deceased() ? DECEASED : 0));
        birthCode[size] = parseCode(p.birthProvinceCode(), p.pid());
        address[size] = addressIds.computeIfAbsent(p.address(), a -> {
            addresses.add(a);
            return addresses.size() - 1;
        });
        addName(VietText.normalize(p.fullName()));
        size++;
        nameStart[size] = tokenCount;
    }

    private void addName(String name) {
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == ' ') {
                if (i > start) {
                    if (tokenCount == tokens.length) {
                        tokens = Arrays.copyOf(tokens, tokens.length * 2);
                    }
                    tokens[tokenCount++] = dict.token(name.substring(start, i));
                }
                start = i + 1;
            }
        }
    }

    private static short parseCode(String code, String pid) {
        var c = code == null || code.isBlank() ? pid.substring(0, 3) : code.strip();
        return Short.parseShort(c);
    }

    private void grow() {
        if (size + 1 < pid.length) {
            return;
        }
        int n = pid.length * 2;
        pid = Arrays.copyOf(pid, n);
        oldId = Arrays.copyOf(oldId, n);
        birth = Arrays.copyOf(birth, n);
        flags = Arrays.copyOf(flags, n);
        birthCode = Arrays.copyOf(birthCode, n);
        address = Arrays.copyOf(address, n);
        nameStart = Arrays.copyOf(nameStart, n + 1);
    }
}
