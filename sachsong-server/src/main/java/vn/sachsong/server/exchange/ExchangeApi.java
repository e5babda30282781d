package vn.sachsong.server.exchange;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.sachsong.server.audit.AuditTrail;
import vn.sachsong.server.audit.Audited;

/** The request and response bodies of the exchange API; JSON names are snake_case, as agencies expect. */
final class ExchangeApi {
    private ExchangeApi() {
    }

    /**
     * Members it does not take are ignored (the one body read so): a verification stores nothing, and
     * agencies' clients send their own (a "note"); a member misspelt is missing, and refused as such.
     */
    @Schema(description = "Claims about one person to check against the registry")
    @JsonIgnoreProperties(ignoreUnknown = true)
    record VerifyRequest(
            @Schema(example = "001090123456") String pid,
            @Schema(example = "ho-tich") String purpose,
            @JsonProperty("case_ref") @Schema(example = "HS-2025-000123") String caseRef,
            @Schema(description = "Any of full_name, birth_date (YYYY-MM-DD, YYYY-MM or YYYY), sex (M or F)",
                    example = "{\"full_name\": \"Nguyễn Văn Anh\", \"birth_date\": \"1990-03-05\", \"sex\": \"M\"}")
            Map<String, String> claims) implements Audited {
        @Override
        public List<AuditTrail.Subject> subjects() {
            return List.of(new AuditTrail.Subject(purpose, caseRef, pid, List.of()));
        }
    }

    @Schema(description = "For each claim, whether the registry agrees; no registry value is disclosed")
    record VerifyResult(
            @JsonProperty("pid_found") boolean pidFound,
            @Schema(example = "{\"full_name\": true, \"birth_date\": false}") Map<String, Boolean> matches) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BatchRequest(@Schema(description = "Up to 1,000 verifications") List<VerifyRequest> items) implements Audited {
        @Override
        public List<AuditTrail.Subject> subjects() {
            return items == null ? List.of() : items.stream()
                    .flatMap(i -> i == null ? java.util.stream.Stream.of() : i.subjects().stream()).toList();
        }
    }

    record BatchResult(@Schema(description = "One result per item, in order") List<VerifyResult> results) {
    }

    @Schema(description = "The fields asked for, all allowed by the agency's policy")
    record LookupResult(String pid, Map<String, String> fields) {
    }

    record Pong(String status) {
    }

    /** @param entry the entry's number in the audit chain (as {@code audit verify} names entries) */
    record Access(long entry, Instant at, String agency, String endpoint, String purpose,
            @JsonProperty("case_ref") String caseRef, List<String> fields, String outcome,
            @JsonProperty("request_id") String requestId) {
    }

    /** @param nextBefore pass as {@code before} for the next, older page; absent on the last page */
    record Accesses(String pid, List<Access> accesses, @JsonProperty("next_before") Long nextBefore) {
    }
}
