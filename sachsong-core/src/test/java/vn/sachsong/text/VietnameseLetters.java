package vn.sachsong.text;

/** The 134 precomposed Vietnamese letters, written out for tests. */
final class VietnameseLetters {
    static final String ALL = latinOneAndExtended() + vietnameseBlock();

    private VietnameseLetters() {
    }

    private static String latinOneAndExtended() {
        return "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư";
    }

    /** U+1EA0 Ạ .. U+1EF9 ỹ: every code point of the block is a Vietnamese letter. */
    private static String vietnameseBlock() {
        var out = new StringBuilder();
        for (char c = '\u1EA0'; c <= '\u1EF9'; c++) {
            out.append(c);
        }
        return out.toString();
    }
}
