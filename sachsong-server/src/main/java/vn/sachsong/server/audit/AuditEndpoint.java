package vn.sachsong.server.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

    /** @param entry the entry's number in the audit chain (as {@code audit verify} names entries) */
    record Access(long entry, Instant at, String agency, String endpoint, String purpose,
            @JsonProperty("case_ref") String caseRef, List<String> fields, String outcome,
            @JsonProperty("request_id") String requestId) {
    }

    /** @param nextBefore pass as {@code before} for the next, older page; absent on the last page */
    record Accesses(String pid, List<Access> accesses, @JsonProperty("next_before") Long nextBefore) {
    }

    @Operation(summary = "List the requests that concerned a person, newest first, a page at a time")
    @GetMapping("/api/v1/audit/people/{pid}")
    Accesses accesses(@PathVariable String pid,
            @Parameter(description = "Entries per page, 1 to 1000 (outside, the nearest bound)") @RequestParam(defaultValue = "100") int limit,
            @Parameter(description = "Only entries older than this entry number: the previous page's next_before")
            @RequestParam(required = false) Long before) {
        int size = Math.clamp(limit, 1, MAX_LIMIT);
        var rows = jdbc.sql("""
                select seq, at, agency, endpoint, purpose, case_ref, fields, outcome, request_id
                from audit_entry where pid = ? and seq < ? order by seq desc limit ?""")
                .param(pid).param(before == null ? Long.MAX_VALUE : before).param(size + 1)
                .query((rs, n) -> new Access(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), split(rs.getString(7)),
                        rs.getString(8), rs.getString(9)))
                .list();
        var page = rows.size() > size ? rows.subList(0, size) : rows;
        return new Accesses(pid, List.copyOf(page), rows.size() > size ? page.getLast().entry() : null);
    }

    private static List<String> split(String fields) {
        return fields.isEmpty() ? List.of() : Arrays.asList(fields.split(","));
    }
}
