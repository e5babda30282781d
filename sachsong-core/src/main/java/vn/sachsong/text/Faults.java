package vn.sachsong.text;

/**
 * Where a text holds what cannot be kept or shown as sent: half of a surrogate pair (no UTF-8 byte
 * sequence writes it; encoders put "?" in its place) and, where a value must stay on one line, a
 * control character (NUL, a line break, an escape).
 */
public final class Faults {
    private Faults() {
    }

    /**
     * The 1-based character (code point) position of the first half surrogate pair, or of the first
     * control character when {@code controls} is true; 0 when there is none.
     */
    public static int first(String text, boolean controls) {
        int position = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            position++;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || controls && Character.isISOControl(c)) {
                return position;
            }
        }
        return 0;
    }
}
