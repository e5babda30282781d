package vn.sachsong.server.procedure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sachsong.server.exchange.ApiAccess;
import vn.sachsong.server.exchange.ApiCaller;
import vn.sachsong.server.exchange.ApiException;
import vn.sachsong.server.exchange.ErrorCode;
import vn.sachsong.server.procedure.ProcedureApi.Evidence;
import vn.sachsong.server.procedure.ProcedureApi.EvidenceItem;
import vn.sachsong.server.registry.RegistryPeople;

/**
 * Once-only: the applicant's valid electronic results that a procedure accepts as evidence, so the
 * citizen is not asked for them again. Limited by the caller's policy (a purpose it may state, a
 * procedure of its level or its responsibility, only the types that procedure accepts) and audited
 * like a lookup: the entry names the person, purpose, case and the result codes disclosed.
 */
@RestController
@ApiAccess(ApiAccess.Role.AGENCY)
@Tag(name = "procedures")
class EvidenceEndpoint {
    private final ProcedureCatalogue catalogue;
    private final ResultStore results;
    private final RegistryPeople registry;

    EvidenceEndpoint(ProcedureCatalogue catalogue, ResultStore results, RegistryPeople registry) {
        this.catalogue = catalogue;
        this.results = results;
        this.registry = registry;
    }

    @Operation(summary = "The person's results a procedure accepts as evidence")
    @GetMapping("/api/v1/people/{pid}/evidence")
    Evidence evidence(@PathVariable String pid,
            @Parameter(required = true, description = "The procedure the dossier is for, e.g. 1.000894")
            @RequestParam(required = false) String procedure,
            @Parameter(required = true) @RequestParam(required = false) String purpose,
            @Parameter(name = "case_ref", required = true) @RequestParam(name = "case_ref", required = false) String caseRef,
            HttpServletRequest request) {
        var caller = ApiCaller.of(request);
        ApiCaller.checkPurpose(caller, purpose);
        ApiCaller.checkCaseRef(caseRef, ErrorCode.INVALID_PARAMETER, "");
        if (procedure == null || procedure.isBlank()) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "procedure: the code of the procedure the dossier is for, e.g. 1.000894.");
        }
        Procedure p;
        try {
            p = DossierRules.procedure(procedure, catalogue, caller, "procedure");
        } catch (FieldProblem bad) {
            throw bad.refusal();
        }
        if (!registry.exists(pid)) {
            throw new ApiException(ErrorCode.PID_NOT_FOUND, "No person with this personal ID.");
        }
        var items = results.evidence(pid, p.evidenceTypes()).stream()
                .map(r -> new EvidenceItem(r.code(), r.resultType(), r.procedure(), r.agency(), r.issuedAt().toString(), r.jws()))
                .toList();
        ApiCaller.about(request, purpose, caseRef, pid, items.stream().map(EvidenceItem::resultCode).toList());
        return new Evidence(pid, p.code(), items);
    }
}
