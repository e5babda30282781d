package vn.sachsong.server.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sachsong.server.audit.AuditReader;
import vn.sachsong.server.exchange.ExchangeApi.Access;
import vn.sachsong.server.exchange.ExchangeApi.Accesses;

/**
 * "Who looked at my data": every audited request about one person, newest first. Operator keys
 * only, as the handler declares; the request is itself audited like any other.
 */
@RestController
@ApiAccess(ApiAccess.Role.OPERATOR)
@Tag(name = "audit", description = "Who read a person's data, when and why (operator keys only)")
class AuditEndpoint {
    private final AuditReader reader;

    AuditEndpoint(AuditReader reader) {
        this.reader = reader;
    }

    @Operation(summary = "List the requests that concerned a person, newest first, a page at a time")
    @GetMapping("/api/v1/audit/people/{pid}")
    Accesses accesses(@PathVariable String pid,
            @Parameter(description = "Entries per page, 1 to 1000 (outside, the nearest bound)") @RequestParam(defaultValue = "100") int limit,
            @Parameter(description = "Only entries older than this entry number: the previous page's next_before")
            @RequestParam(required = false) Long before) {
        var page = reader.accesses(pid, before, limit);
        return new Accesses(pid, page.accesses().stream().map(a -> new Access(a.entry(), a.at(), a.agency(), a.endpoint(),
                a.purpose(), a.caseRef(), a.fields(), a.outcome(), a.requestId())).toList(), page.nextBefore());
    }
}
