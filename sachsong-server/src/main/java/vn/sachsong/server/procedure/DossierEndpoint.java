package vn.sachsong.server.procedure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.server.exchange.Agency;
import vn.sachsong.server.exchange.ApiAccess;
import vn.sachsong.server.exchange.ApiCaller;
import vn.sachsong.server.exchange.ApiException;
import vn.sachsong.server.exchange.ErrorCode;
import vn.sachsong.server.procedure.ProcedureApi.DossierReceipt;
import vn.sachsong.server.procedure.ProcedureApi.DossierRequest;

/**
 * An agency's procedure system registers a dossier it received: checked, then stored once by its
 * code (201 created; 200 when the same dossier was already stored; DOSSIER_CONFLICT when the code
 * holds other content). Audited with the applicant and the dossier's case.
 */
@RestController
@ApiAccess(ApiAccess.Role.AGENCY)
@Tag(name = "procedures", description = "Dossiers, signed results, evidence for reuse, the three rates")
class DossierEndpoint {
    private static final int MAX_DOCUMENTS = 50;
    private final ProcedureCatalogue catalogue;
    private final DossierIntake intake;
    private final JsonMapper json;

    DossierEndpoint(ProcedureCatalogue catalogue, DossierIntake intake, JsonMapper json) {
        this.catalogue = catalogue;
        this.intake = intake;
        this.json = json;
    }

    @Operation(summary = "Register a dossier received by the calling agency")
    @PostMapping(path = "/api/v1/dossiers", consumes = "application/json")
    ResponseEntity<DossierReceipt> register(@RequestBody DossierRequest body, HttpServletRequest request) {
        var caller = ApiCaller.of(request);
        var caseRef = body.caseRef() != null ? body.caseRef() : body.code();
        ApiCaller.about(request, null, caseRef, body.applicantPid(), List.of());
        try {
            var receipt = intake.register(dossier(body, caller));
            return ResponseEntity.status(receipt.created() ? HttpStatus.CREATED : HttpStatus.OK)
                    .body(new DossierReceipt(receipt.code(), receipt.created() ? "created" : "unchanged", receipt.reused()));
        } catch (FieldProblem p) {
            throw p.refusal();
        }
    }

    private Dossier dossier(DossierRequest b, Agency caller) {
        var code = DossierRules.code(b.code(), "code");
        if (b.caseRef() != null) {
            ApiCaller.checkCaseRef(b.caseRef(), ErrorCode.MALFORMED_BODY, "");
        }
        var procedure = DossierRules.procedure(b.procedure(), catalogue, caller, "procedure");
        var pid = DossierRules.pid(b.applicantPid(), "applicant_pid");
        var received = DossierRules.time(b.receivedAt(), "received_at");
        var channel = DossierRules.channel(b.channel(), "channel");
        var documents = b.documents();
        if (documents == null || documents.isEmpty() || documents.size() > MAX_DOCUMENTS) {
            throw new ApiException(ErrorCode.MALFORMED_BODY, "documents: 1 to " + MAX_DOCUMENTS + " documents, each {type, digitised}.");
        }
        for (var d : documents) {
            if (d == null || d.type() == null || !CatalogueCsv.TYPE.matcher(d.type()).matches() || d.digitised() == null) {
                throw new ApiException(ErrorCode.MALFORMED_BODY, "documents: each needs a type (lower case, digits, '_' or '.')"
                        + " and digitised (true or false).");
            }
        }
        boolean digitised = documents.stream().allMatch(ProcedureApi.Document::digitised);
        var evidence = DossierRules.evidence(b.evidence() == null ? List.of() : b.evidence(), code, "evidence");
        return new Dossier(code, procedure.code(), caller.code(), pid, received, channel, digitised, false, evidence,
                json.writeValueAsString(documents), b.caseRef() != null ? b.caseRef() : code);
    }
}
