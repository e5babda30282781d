package vn.sachsong.text;

/** Where the text of a cell came from, as far as {@link TextRepair} could tell. */
public enum TextSource {
    /** Already Unicode (or plain ASCII); left as it was. */
    UNICODE,
    /** TCVN3 (ABC, .VnTime fonts) read as Windows-1252. */
    TCVN3,
    /** VNI-Windows read as Windows-1252. */
    VNI,
    /** VIQR ASCII mnemonics. */
    VIQR,
    /** UTF-8 bytes read as Windows-1252. */
    MOJIBAKE,
    /** Visibly damaged (U+FFFD, C1 control characters) but no repair fitted; left as it was. */
    UNKNOWN
}
