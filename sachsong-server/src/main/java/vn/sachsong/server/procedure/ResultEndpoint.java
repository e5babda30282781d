package vn.sachsong.server.procedure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.sachsong.server.exchange.Agency;
import vn.sachsong.server.exchange.ApiAccess;
import vn.sachsong.server.exchange.ApiCaller;
import vn.sachsong.server.exchange.ApiException;
import vn.sachsong.server.exchange.ErrorCode;
import vn.sachsong.server.procedure.ProcedureApi.ResultIssued;
import vn.sachsong.server.procedure.ProcedureApi.ResultRequest;
import vn.sachsong.server.procedure.ProcedureApi.ResultView;
import vn.sachsong.server.procedure.ProcedureApi.RevokeRequest;
import vn.sachsong.text.Faults;

/**
 * Electronic results: the agency that holds a dossier issues its next result, signed with its own
 * key; the issuing agency (or an operator) reads a result with its status, and only the issuing
 * agency revokes it, with a reason (Decree 45/2020 Art. 15). Other agencies obtain results through
 * the audited, policy-limited evidence read.
 */
@RestController
@ApiAccess(ApiAccess.Role.AGENCY)
@Tag(name = "procedures")
class ResultEndpoint {
    private static final int MAX_REASON = 500;
    private final ResultIssuer issuer;
    private final ResultStore results;

    ResultEndpoint(ResultIssuer issuer, ResultStore results) {
        this.issuer = issuer;
        this.results = results;
    }

    @Operation(summary = "Issue the next signed result of one of the calling agency's dossiers")
    @PostMapping(path = "/api/v1/dossiers/{code}/result", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    ResultIssued issue(@PathVariable String code, @RequestBody ResultRequest body, HttpServletRequest request) {
        var caller = ApiCaller.of(request);
        ApiCaller.about(request, null, code, null, List.of());
        Decision.check(body.decision());
        try {
            var issued = issuer.issue(caller.code(), DossierRules.code(code, "code"), body.decision());
            ApiCaller.about(request, null, code, issued.applicantPid(), List.of(issued.resultCode()));
            return new ResultIssued(issued.resultCode(), issued.jws());
        } catch (FieldProblem p) {
            if (p.code() != ErrorCode.INVALID_PARAMETER) {   // a dossier's code: the entry names whom the dossier is about
                results.applicantOf(code).ifPresent(pid -> ApiCaller.about(request, null, code, pid, List.of()));
            }
            throw p.refusal();
        }
    }

    @Operation(summary = "A result with its status (valid or revoked): the issuing agency or an operator")
    @GetMapping("/api/v1/results/{code}")
    ResultView read(@PathVariable String code, HttpServletRequest request) {
        var result = readable(code, request);
        return ResultView.of(result);
    }

    @Operation(summary = "Revoke a result the calling agency issued, with the reason")
    @PostMapping(path = "/api/v1/results/{code}/revoke", consumes = "application/json")
    ResultView revoke(@PathVariable String code, @RequestBody RevokeRequest body, HttpServletRequest request) {
        var caller = ApiCaller.of(request);
        var reason = body.reason() == null ? "" : body.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new ApiException(ErrorCode.MALFORMED_BODY, "reason: why the result is revoked, 1 to " + MAX_REASON + " characters.");
        }
        if (Faults.first(reason, true) > 0) {
            throw new ApiException(ErrorCode.MALFORMED_BODY, "reason: no control characters and no half of a surrogate pair.");
        }
        var result = find(code, request);
        if (!result.agency().equals(caller.code())) {
            throw new ApiException(ErrorCode.NOT_YOUR_RESULT, "Only the agency that issued a result revokes it.");
        }
        if (!results.revoke(result.code(), caller.code(), reason)) {
            throw new ApiException(ErrorCode.RESULT_REVOKED, "The result was already revoked.");
        }
        return ResultView.of(results.find(result.code()).orElseThrow());
    }

    private StoredResult readable(String code, HttpServletRequest request) {
        var caller = ApiCaller.of(request);
        var result = find(code, request);
        if (!mayRead(caller, result)) {
            throw new ApiException(ErrorCode.NOT_YOUR_RESULT, "An agency reads the results it issued; others' come through"
                    + " GET /api/v1/people/{pid}/evidence.");
        }
        return result;
    }

    private static boolean mayRead(Agency caller, StoredResult result) {
        return caller.operator() || caller.code().equals(result.agency());
    }

    /** The result, named in the request's audit entry with its applicant; UNKNOWN_RESULT if there is none. */
    private StoredResult find(String code, HttpServletRequest request) {
        ResultCode parsed;
        try {
            parsed = ResultCode.parse(code, "code");
        } catch (FieldProblem p) {
            throw p.refusal();
        }
        ApiCaller.about(request, null, parsed.dossier(), null, List.of(code));
        var result = results.find(parsed.toString())
                .orElseThrow(() -> new ApiException(ErrorCode.UNKNOWN_RESULT, "No result with this code."));
        ApiCaller.about(request, null, result.dossierCode(), result.applicantPid(), List.of(result.code()));
        return result;
    }
}
