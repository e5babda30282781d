package vn.sachsong.server.exchange;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.sachsong.server.audit.AuditTrail;
import vn.sachsong.server.audit.Audited;
import vn.sachsong.server.registry.InvalidRecordException;
import vn.sachsong.server.registry.RegistryImporter;

/**
 * One change to the registry from the operator (a death notified today, a move): the person's
 * record as it should now be, applied as an import of one row, with its change row and feed events
 * in the same transaction.
 */
@RestController
@ApiAccess(ApiAccess.Role.OPERATOR)
@Tag(name = "registry", description = "The operator's changes to the registry")
class RegistryChangeEndpoint {
    private final RegistryImporter importer;

    RegistryChangeEndpoint(RegistryImporter importer) {
        this.importer = importer;
    }

    /** The record in the interchange fields (docs/FORMATS.md); blank or absent optional fields are empty. */
    record RecordRequest(
            @Schema(example = "001090123456") String pid,
            @JsonProperty("old_id") String oldId,
            @JsonProperty("full_name") @Schema(example = "Nguyễn Văn Anh") String fullName,
            @JsonProperty("birth_date") @Schema(example = "1990-03-05") String birthDate,
            @Schema(example = "M") String sex,
            @JsonProperty("birth_province_code") @Schema(example = "001") String birthProvinceCode,
            String address,
            @Schema(example = "deceased") String status,
            @JsonProperty("died_on") @Schema(example = "2026-12-01") String diedOn) implements Audited {
        List<String> values() {
            return Arrays.stream(new String[] {pid, oldId, fullName, birthDate, sex, birthProvinceCode, address, status, diedOn})
                    .map(v -> v == null ? "" : v).toList();
        }

        @Override
        public List<AuditTrail.Subject> subjects() {
            return List.of(new AuditTrail.Subject("registry-change", null, pid, List.of()));
        }
    }

    record ChangeResult(String pid, @Schema(description = "insert, update, death or none") String change, List<String> fields,
            @JsonProperty("import_id") long importId) {
    }

    @Operation(summary = "Apply one person's record as it should now be; the change reaches the agencies holding them")
    @PostMapping(path = "/api/v1/registry/changes", consumes = "application/json")
    @ResponseStatus(HttpStatus.OK)
    ChangeResult change(@RequestBody RecordRequest body, @RequestAttribute(ApiGate.CALLER) Agency caller) {
        if (body == null || body.pid() == null) {
            throw new ApiException(ErrorCode.MALFORMED_BODY, "pid is required, with the person's record as it should now be.");
        }
        try {
            var change = importer.applyOne(body.values(), "api:" + caller.code());
            return new ChangeResult(change.pid(), change.kind(), change.fields(), change.importId());
        } catch (InvalidRecordException e) {
            throw new ApiException(e.column().equals("pid") ? ErrorCode.INVALID_PID : ErrorCode.MALFORMED_BODY,
                    e.getMessage() + ".");
        }
    }
}
