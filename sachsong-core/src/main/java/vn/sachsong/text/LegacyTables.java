package vn.sachsong.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/** Loads legacy_encodings.csv once (see SOURCE.md beside it). */
final class LegacyTables {
    static final Map<LegacyEncoding, LegacyCodec> CODECS = load();

    private LegacyTables() {
    }

    private static Map<LegacyEncoding, LegacyCodec> load() {
        var codecs = new EnumMap<LegacyEncoding, LegacyCodec>(LegacyEncoding.class);
        for (var e : LegacyEncoding.values()) {
            codecs.put(e, new LegacyCodec());
        }
        var in = LegacyTables.class.getResourceAsStream("legacy_encodings.csv");
        if (in == null) {
            throw new IllegalStateException("missing resource vn/sachsong/text/legacy_encodings.csv");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    addRow(codecs, line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        addLenientSpellings(codecs);
        return codecs;
    }

    private static void addRow(Map<LegacyEncoding, LegacyCodec> codecs, String[] cols) {
        char letter = (char) Integer.parseInt(cols[0], 16);
        codecs.get(LegacyEncoding.TCVN3).add(letter, latin1(cols[1]));
        codecs.get(LegacyEncoding.VNI).add(letter, latin1(cols[2]));
        codecs.get(LegacyEncoding.VIQR).add(letter, cols[3]);
    }

    private static String latin1(String hex) {
        var out = new StringBuilder(hex.length() / 2);
        for (int i = 0; i < hex.length(); i += 2) {
            out.append((char) Integer.parseInt(hex, i, i + 2, 16));
        }
        return out.toString();
    }

    /**
     * VNI typed in capitals often mixes the case of the diacritic byte ("NGUYEãN"), and
     * VIQR writers capitalise Đ as "Dd"; both are read, never written.
     */
    private static void addLenientSpellings(Map<LegacyEncoding, LegacyCodec> codecs) {
        var vni = codecs.get(LegacyEncoding.VNI);
        for (char letter : vni.letters().toCharArray()) {
            var legacy = vni.encode(letter);
            if (legacy.length() == 2) {
                char mark = legacy.charAt(1);
                char flipped = Character.isUpperCase(mark)
                        ? Character.toLowerCase(mark) : Character.toUpperCase(mark);
                vni.addDecoding("" + legacy.charAt(0) + flipped, letter);
            }
        }
        codecs.get(LegacyEncoding.VIQR).addDecoding("Dd", 'Đ');
    }
}
