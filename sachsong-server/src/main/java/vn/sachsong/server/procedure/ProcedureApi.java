package vn.sachsong.server.procedure;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** The request and response bodies of the procedures' endpoints; JSON names are snake_case. */
final class ProcedureApi {
    private ProcedureApi() {
    }

    @Schema(description = "A dossier as the agency's procedure system received it")
    record DossierRequest(
            @Schema(example = "000.00.20.H26-250703-0001") String code,
            @Schema(example = "1.001193") String procedure,
            @JsonProperty("applicant_pid") @Schema(example = "001090123456") String applicantPid,
            @JsonProperty("received_at") @Schema(example = "2025-07-03T09:15:00+07:00") String receivedAt,
            @Schema(example = "online") String channel,
            List<Document> documents,
            @Schema(description = "Result codes the dossier reuses as evidence", example = "[\"HS-0001-KQ1\"]") List<String> evidence,
            @JsonProperty("case_ref") @Schema(description = "The case reference its verify/lookup calls used; the dossier's code"
                    + " when absent") String caseRef) {
    }

    record Document(@Schema(example = "giay_chung_sinh") String type, Boolean digitised) {
    }

    /** @param status {@code created}, or {@code unchanged} when the same dossier was already stored */
    record DossierReceipt(@JsonProperty("dossier_code") String dossierCode, String status, boolean reused) {
    }

    record ResultRequest(@Schema(description = "The decision's content, any JSON object") Map<String, Object> decision) {
    }

    record ResultIssued(@JsonProperty("result_code") String resultCode, String jws) {
    }

    record ResultView(@JsonProperty("result_code") String resultCode, String status, String jws,
            @JsonProperty("dossier_code") String dossierCode, String procedure, @JsonProperty("result_type") String resultType,
            @JsonProperty("issuing_agency") String issuingAgency, @JsonProperty("issued_at") String issuedAt, boolean electronic,
            @JsonProperty("revoked_at") String revokedAt, @JsonProperty("revoked_reason") String revokedReason) {
        static ResultView of(StoredResult r) {
            return new ResultView(r.code(), r.status(), r.jws(), r.dossierCode(), r.procedure(), r.resultType(), r.agency(),
                    r.issuedAt().toString(), r.electronic(), r.revokedAt() == null ? null : r.revokedAt().toString(), r.revokedReason());
        }
    }

    record RevokeRequest(@Schema(example = "Cấp nhầm / issued in error") String reason) {
    }

    record EvidenceItem(@JsonProperty("result_code") String resultCode, String type, String procedure,
            @JsonProperty("issuing_agency") String issuingAgency, @JsonProperty("issued_at") String issuedAt, String jws) {
    }

    record Evidence(String pid, String procedure, List<EvidenceItem> evidence) {
    }
}
