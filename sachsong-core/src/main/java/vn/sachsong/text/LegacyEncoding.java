package vn.sachsong.text;

/**
 * The pre-Unicode Vietnamese encodings still found in agency files. TCVN3 and VNI text is
 * handled as it appears after being read as Windows-1252 ("Hà Nội" -> "Hµ Néi" / "Haø Noäi");
 * VIQR is plain ASCII mnemonics ("Ha\u0300 No\u0323i" -> "Ha` No^.i").
 */
public enum LegacyEncoding {
    TCVN3, VNI, VIQR;

    /** The RFC 1456 mnemonics; a literal one right after a letter is escaped with '\'. */
    static final String VIQR_MARKS = "'`?~.^(+";

    /** Unicode (any normal form) to this encoding, as a Windows-1252 reading would show it. */
    public String encode(String unicode) {
        if (unicode == null) {
            return null;
        }
        var codec = codec();
        var text = VietText.nfc(unicode);
        var out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (this == VIQR && VIQR_MARKS.indexOf(c) >= 0 && endsWithLetterOrMark(out)) {
                out.append('\\');
            }
            var legacy = codec.encode(c);
            out.append(legacy == null ? String.valueOf(c) : legacy);
        }
        return out.toString();
    }

    /** This encoding, as read through Windows-1252, back to NFC Unicode. */
    public String decode(String legacy) {
        if (legacy == null) {
            return null;
        }
        var codec = codec();
        var out = new StringBuilder(legacy.length());
        int i = 0;
        while (i < legacy.length()) {
            char c = legacy.charAt(i);
            if (this == VIQR && isViqrLiteral(legacy, i)) {
                out.append(c == '\\' ? legacy.charAt(i + 1) : c);
                i += c == '\\' ? 2 : 1;
                continue;
            }
            int used = codec.match(legacy, i, out);
            if (used == 0) {
                out.append(c);
                used = 1;
            }
            i += used;
        }
        return VietText.nfc(out.toString());
    }

    /**
     * Decodes single-byte codes only, never base + tone pairs: in the capital-only TCVN3
     * fonts (.VnTimeH) "HOµ" is HOÀ typed with the lower-case code of à, not "H" + "Oµ".
     * The caller upper-cases the result.
     */
    String decodeCapitalFont(String legacy) {
        var codec = codec();
        var out = new StringBuilder(legacy.length());
        for (int i = 0; i < legacy.length(); i++) {
            out.append(codec.single(legacy.charAt(i)));
        }
        return VietText.nfc(out.toString());
    }

    LegacyCodec codec() {
        return LegacyTables.CODECS.get(this);
    }

    /** An escaped mark, or a d that cannot open "dd" because đ only starts a syllable. */
    private static boolean isViqrLiteral(String s, int i) {
        char c = s.charAt(i);
        if (c == '\\') {
            return i + 1 < s.length() && (VIQR_MARKS.indexOf(s.charAt(i + 1)) >= 0
                    || s.charAt(i + 1) == 'd' || s.charAt(i + 1) == 'D' || s.charAt(i + 1) == '\\');
        }
        return (c == 'd' || c == 'D') && i > 0 && Character.isLetter(s.charAt(i - 1));
    }

    private static boolean endsWithLetterOrMark(StringBuilder out) {
        if (out.isEmpty()) {
            return false;
        }
        char last = out.charAt(out.length() - 1);
        return Character.isLetter(last) || VIQR_MARKS.indexOf(last) >= 0;
    }
}
