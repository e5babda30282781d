package vn.sachsong.server.registry;

/**
 * A value from a file, as a message or a rejects file shows it: at most a short prefix, with the
 * length of the whole, so a 50 MB line does not become a 50 MB message; a control character
 * shows as its escape, so a NUL or a terminal escape cannot hide in it.
 */
public final class Quoted {
    static final int MAX = 80;

    private Quoted() {
    }

    public static String of(String value) {
        var out = new StringBuilder(Math.min(value.length(), MAX) + 32);
        int shown = 0;
        for (int i = 0; i < value.length() && shown < MAX; i++, shown++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (shown < value.length()) {
            out.append("… (").append(String.format("%,d", value.length())).append(" characters)");
        }
        return out.toString();
    }
}
