package vn.sachsong.server.procedure;

import java.util.regex.Pattern;
import vn.sachsong.server.exchange.ErrorCode;

/** A result's code as Decree 45/2020 numbers them: {@code <dossier code>-KQ<n>}, n from 1. */
record ResultCode(String dossier, int number) {
    private static final Pattern FORM = Pattern.compile("(.+)-KQ([1-9][0-9]{0,5})");

    static ResultCode parse(String text, String column) {
        var m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches() || !DossierRules.CODE.matcher(m.group(1)).matches()) {
            throw new FieldProblem(ErrorCode.INVALID_PARAMETER, column, text, "a result code <dossier code>-KQ<n>, e.g. HS-0001-KQ1");
        }
        return new ResultCode(m.group(1), Integer.parseInt(m.group(2)));
    }

    @Override
    public String toString() {
        return dossier + "-KQ" + number;
    }
}
