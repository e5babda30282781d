package vn.sachsong.server.procedure;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import vn.sachsong.server.exchange.Agency;
import vn.sachsong.server.exchange.ErrorCode;

/**
 * One row of a dossier log, checked in Java (everything that needs no database) and written as a
 * staging row: {@code dossier_code,procedure_code,agency,applicant_pid,received_at,channel,digitised,
 * reused_data,evidence_codes,result_code,result_issued_at,result_electronic}.
 */
final class DossierLogRow {
    static final List<String> HEADER = List.of("dossier_code", "procedure_code", "agency", "applicant_pid", "received_at",
            "channel", "digitised", "reused_data", "evidence_codes", "result_code", "result_issued_at", "result_electronic");
    private static final HexFormat HEX = HexFormat.of();

    private DossierLogRow() {
    }

    /** The staging row's fields in {@link DossierMerge#COLUMNS} order; throws the first rule the row breaks. */
    static String[] stage(long line, List<String> cells, Map<String, Agency> agencies, ProcedureCatalogue catalogue) {
        if (cells.size() != HEADER.size()) {
            throw new FieldProblem(ErrorCode.MALFORMED_BODY, "", String.valueOf(cells.size()), "expected " + HEADER.size()
                    + " fields, found " + cells.size());
        }
        var code = DossierRules.code(cells.get(0).strip(), "dossier_code");
        var agency = agencies.get(cells.get(2).strip());
        if (agency == null) {
            throw new FieldProblem(ErrorCode.NOT_FOUND, "agency", cells.get(2), "no such agency (`agency list` shows them)");
        }
        var procedure = DossierRules.procedure(cells.get(1).strip(), catalogue, agency, "procedure_code");
        var pid = DossierRules.pid(cells.get(3).strip(), "applicant_pid");
        var received = DossierRules.time(cells.get(4), "received_at");
        var channel = DossierRules.channel(cells.get(5).strip(), "channel");
        boolean digitised = DossierRules.bool(cells.get(6), "digitised");
        boolean reusedData = DossierRules.bool(cells.get(7), "reused_data");
        var cited = cells.get(8).isBlank() ? List.<String>of()
                : Arrays.stream(cells.get(8).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        var evidence = DossierRules.evidence(cited, code, "evidence_codes");
        var dossier = new Dossier(code, procedure.code(), agency.code(), pid, received, channel, digitised, reusedData, evidence,
                null, null);
        var result = result(cells, code, received);
        return new String[] {Long.toString(line), code, procedure.code(), agency.code(), pid, received.toString(),
            dossier.month().toString(), channel, digitised ? "t" : "f", reusedData ? "t" : "f",
            "{" + String.join(",", evidence) + "}", null, null, "\\x" + HEX.formatHex(dossier.fingerprint()),
            result == null ? null : result.code().toString(), result == null ? null : Integer.toString(result.code().number()),
            result == null ? null : result.issuedAt().toString(), result == null ? null : DossierRules.month(result.issuedAt()).toString(),
            result == null ? null : (result.electronic() ? "t" : "f")};
    }

    private record Result(ResultCode code, Instant issuedAt, boolean electronic) {
    }

    /** The row's result, null while pending (all three result fields empty). */
    private static Result result(List<String> cells, String dossier, Instant received) {
        var code = cells.get(9).strip();
        if (code.isEmpty()) {
            if (!cells.get(10).isBlank() || !cells.get(11).isBlank()) {
                throw new FieldProblem(ErrorCode.INVALID_PARAMETER, "result_code", "", "empty, but the result's date or kind is given");
            }
            return null;
        }
        var parsed = ResultCode.parse(code, "result_code");
        if (!parsed.dossier().equals(dossier)) {
            throw new FieldProblem(ErrorCode.INVALID_PARAMETER, "result_code", code, "a result of this dossier: " + dossier + "-KQ<n>");
        }
        var issued = DossierRules.time(cells.get(10), "result_issued_at");
        if (issued.isBefore(received)) {
            throw new FieldProblem(ErrorCode.INVALID_DATE, "result_issued_at", cells.get(10), "before the dossier was received");
        }
        return new Result(parsed, issued, DossierRules.bool(cells.get(11), "result_electronic"));
    }
}
