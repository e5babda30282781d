package vn.sachsong.io;

/** Text made safe to place in HTML: every report and page that shows agency data goes through it. */
public final class HtmlText {
    private HtmlText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        var sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
