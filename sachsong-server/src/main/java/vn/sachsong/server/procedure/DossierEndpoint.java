package vn.sachsong.server.procedure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.sachsong.server.audit.AuditRecorder;
import vn.sachsong.server.exchange.ApiAccess;
import vn.sachsong.server.exchange.ApiCaller;
import vn.sachsong.server.procedure.DossierIntake.Receipt;
import vn.sachsong.server.procedure.ProcedureApi.DossierReceipt;
import vn.sachsong.server.procedure.ProcedureApi.DossierRequest;

/**
 * An agency's procedure system registers a dossier it received: checked, then stored once by its
 * code (201 created; 200 when the same dossier was already stored; DOSSIER_CONFLICT when the code
 * holds other content), in the commit that records it, with the applicant and the dossier's case.
 * The everyday dossier is answered before Spring MVC by {@link DossierFastPath}, with the same code;
 * this endpoint answers the rest, and every refusal.
 */
@RestController
@ApiAccess(ApiAccess.Role.AGENCY)
@Tag(name = "procedures", description = "Dossiers, signed results, evidence for reuse, the three rates")
class DossierEndpoint {
    private final DossierIntake intake;
    private final AuditRecorder audit;

    DossierEndpoint(DossierIntake intake, AuditRecorder audit) {
        this.intake = intake;
        this.audit = audit;
    }

    @Operation(summary = "Register a dossier received by the calling agency")
    @PostMapping(path = DossierFastPath.PATH, consumes = "application/json")
    ResponseEntity<DossierReceipt> register(@RequestBody DossierRequest body, HttpServletRequest request) {
        var caller = ApiCaller.of(request);
        ApiCaller.about(request, null, DossierIntake.caseRef(body), body.applicantPid(), List.of());
        try {
            var dossier = intake.dossier(body, caller);
            var outcome = DossierIntake.register(() -> audit.recordWith(ApiCaller.trail(request), intake, dossier));
            if (outcome instanceof FieldProblem p) {
                throw p;
            }
            var receipt = (Receipt) outcome;
            return ResponseEntity.status(intake.status(receipt)).body(receipt.api());
        } catch (FieldProblem p) {
            throw p.refusal();
        }
    }
}
