package vn.sachsong.server.procedure;

import vn.sachsong.server.exchange.ApiException;
import vn.sachsong.server.exchange.ErrorCode;
import vn.sachsong.server.registry.Quoted;
import vn.sachsong.server.registry.Reject;

/**
 * A value that breaks a rule of a dossier or a result: which field, the value, why, and the code the
 * API refuses it with. The API turns it into its problem, an import into a line of its rejects file,
 * so both say the same.
 */
final class FieldProblem extends RuntimeException {
    private final String column;
    private final String value;
    private final ErrorCode code;

    FieldProblem(ErrorCode code, String column, String value, String reason) {
        super(reason, null, false, false);
        this.code = code;
        this.column = column;
        this.value = value == null ? "" : value;
    }

    /**
     * The API's refusal, naming the body's member where a log names a column (a dossier's
     * {@code evidence_codes} is its {@code evidence}, {@code dossier_code} its {@code code}), and the
     * cited result that breaks the rule.
     */
    ApiException refusal() {
        var member = switch (column) {
            case "evidence_codes" -> "evidence";
            case "dossier_code" -> "code";
            default -> column;
        };
        return new ApiException(code, member + (member.equals("evidence") && !value.isEmpty() ? " " + value : "") + ": " + getMessage());
    }

    Reject reject(long line) {
        return new Reject(line, column, Quoted.of(value), getMessage());
    }

    ErrorCode code() {
        return code;
    }
}
