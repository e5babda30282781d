package vn.sachsong.text;

/**
 * The pre-Unicode Vietnamese encodings still found in agency files. TCVN3 and VNI text is
 * handled as it appears after being read as Windows-1252 ("Hà Nội" -> "Hµ Néi" / "Haø Noäi");
 * VIQR is plain ASCII mnemonics ("Ha\u0300 No\u0323i" -> "Ha` No.i").
 */
public enum LegacyEncoding {
    TCVN3, VNI, VIQR;

    /** Unicode (any normal form) to this encoding, as a Windows-1252 reading would show it. */
    public String encode(String unicode) {
        throw new UnsupportedOperationException("implemented in feat-text");
    }

    /** This encoding, as read through Windows-1252, back to NFC Unicode. */
    public String decode(String legacy) {
        throw new UnsupportedOperationException("implemented in feat-text");
    }
}
