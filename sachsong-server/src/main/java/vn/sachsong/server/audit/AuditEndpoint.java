package vn.sachsong.server.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Who looked at my data": every audited request about one person, newest first. Only operator
 * keys reach it (the exchange's access rules say so); the request is itself audited like any other.
 */
@RestController
@Tag(name = "audit", description = "Who read a person's data, when and why (operator keys only)")
class AuditEndpoint {
    private static final int MAX_LIMIT = 1000;
    private final JdbcClient jdbc;

    AuditEndpoint(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Access(Instant at, String agency, String endpoint, String purpose,
            @JsonProperty("case_ref") String caseRef, List<String> fields, String outcome,
            @JsonProperty("request_id") String requestId) {
    }

    record Accesses(String pid, List<Access> accesses) {
    }

    @Operation(summary = "List the requests that concerned a person, newest first")
    @GetMapping("/api/v1/audit/people/{pid}")
    Accesses accesses(@PathVariable String pid, @RequestParam(defaultValue = "100") int limit) {
        var rows = jdbc.sql("""
                select at, agency, endpoint, purpose, case_ref, fields, outcome, request_id
                from audit_entry where pid = ? order by seq desc limit ?""")
                .param(pid).param(Math.clamp(limit, 1, MAX_LIMIT))
                .query((rs, n) -> new Access(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), split(rs.getString(6)), rs.getString(7),
                        rs.getString(8)))
                .list();
        return new Accesses(pid, rows);
    }

    private static List<String> split(String fields) {
        return fields.isEmpty() ? List.of() : Arrays.asList(fields.split(","));
    }
}
