package vn.sachsong.text;

/** The outcome of repairing one cell: its text (NFC when decoded) and what it was. */
public record Repair(String text, TextSource source) {
    /** True when the text was decoded from a legacy form. */
    public boolean changed() {
        return source != TextSource.UNICODE && source != TextSource.UNKNOWN;
    }
}
