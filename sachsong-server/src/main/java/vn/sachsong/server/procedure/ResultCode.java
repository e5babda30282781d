package vn.sachsong.server.procedure;

import vn.sachsong.server.exchange.ErrorCode;

/** A result's code as Decree 45/2020 numbers them: {@code <dossier code>-KQ<n>}, n from 1. */
record ResultCode(String dossier, int number) {
    /** Up to six digits, no leading zero. */
    private static final int MAX_DIGITS = 6;

    /**
     * {@code <dossier code>-KQ<n>}: the code before the last {@code -KQ} ({@link DossierRules#CODE}),
     * n of 1 to 6 digits with no leading zero.
     */
    static ResultCode parse(String text, String column) {
        int at = text == null ? -1 : text.lastIndexOf("-KQ");
        if (at < 1 || !number(text, at + 3) || !DossierRules.isCode(text.substring(0, at))) {
            throw new FieldProblem(ErrorCode.INVALID_PARAMETER, column, text, "a result code <dossier code>-KQ<n>, e.g. HS-0001-KQ1");
        }
        return new ResultCode(text.substring(0, at), Integer.parseInt(text, at + 3, text.length(), 10));
    }

    private static boolean number(String text, int from) {
        int n = text.length() - from;
        if (n < 1 || n > MAX_DIGITS || text.charAt(from) < '1' || text.charAt(from) > '9') {
            return false;
        }
        for (int i = from + 1; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return dossier + "-KQ" + number;
    }
}
