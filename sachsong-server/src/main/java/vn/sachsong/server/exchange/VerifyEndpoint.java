package vn.sachsong.server.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.sachsong.server.audit.AuditRecorder;
import vn.sachsong.server.audit.AuditTrail;
import vn.sachsong.server.exchange.ExchangeApi.BatchRequest;
import vn.sachsong.server.exchange.ExchangeApi.BatchResult;
import vn.sachsong.server.exchange.ExchangeApi.VerifyRequest;
import vn.sachsong.server.exchange.ExchangeApi.VerifyResult;

/**
 * Verification: does the registry agree with what a citizen wrote on a form? Answers yes or no per
 * claim. Whatever the registry holds, a valid verification is an allowed access, so its audit entry
 * and its registry read are one transaction, shared with the other requests of the moment.
 */
@RestController
@ApiAccess(ApiAccess.Role.AGENCY)
@Tag(name = "verify", description = "Check a citizen's claims against the registry without reading it")
class VerifyEndpoint {
    private final PersonReader people;
    private final AuditRecorder audit;
    private final RateLimiter rateLimiter;
    private final int maxBatch;

    VerifyEndpoint(PersonReader people, AuditRecorder audit, RateLimiter rateLimiter, ExchangeProperties props) {
        this.people = people;
        this.audit = audit;
        this.rateLimiter = rateLimiter;
        this.maxBatch = props.maxBatch();
    }

    @Operation(summary = "Verify claims about one person")
    @PostMapping(path = "/api/v1/verify", consumes = "application/json")
    VerifyResult verify(@RequestBody VerifyRequest body, @Parameter(hidden = true) @RequestAttribute(ApiGate.CALLER) Agency caller,
            @Parameter(hidden = true) @RequestAttribute(ApiTrails.ATTRIBUTE) AuditTrail trail) {
        check(body, caller, "");
        var person = audit.recordThenRead(trail, people.claimFields(), Set.of(body.pid())).get(body.pid());
        return person == null ? new VerifyResult(false, null) : new VerifyResult(true, ClaimMatcher.match(body.claims(), person));
    }

    @Operation(summary = "Verify up to 1,000 people in one request; one invalid item refuses the whole batch")
    @PostMapping(path = "/api/v1/verify/batch", consumes = "application/json")
    BatchResult batch(@RequestBody BatchRequest body, @Parameter(hidden = true) @RequestAttribute(ApiGate.CALLER) Agency caller,
            @Parameter(hidden = true) @RequestAttribute(ApiTrails.ATTRIBUTE) AuditTrail trail) {
        var items = body.items();
        if (items == null || items.isEmpty()) {
            throw new ApiException(ErrorCode.MALFORMED_BODY, "items must hold at least one verification.");
        }
        if (items.size() > maxBatch) {
            throw new ApiException(ErrorCode.BATCH_TOO_LARGE, "A batch may hold at most " + maxBatch + " items.");
        }
        if (items.size() > RateLimiter.capacity(caller)) {
            throw new ApiException(ErrorCode.BATCH_TOO_LARGE, "Each item costs what one request costs, and this agency may"
                    + " send " + caller.ratePerSecond() + " per second: a batch of at most " + RateLimiter.capacity(caller)
                    + " items.");
        }
        for (int i = 0; i < items.size(); i++) {
            check(items.get(i), caller, "item " + i + ": ");
        }
        rateLimiter.acquire(caller, items.size() - 1);   // the request itself took the first item's token
        var found = audit.recordThenRead(trail, people.claimFields(), items.stream().map(VerifyRequest::pid).collect(Collectors.toSet()));
        var results = new ArrayList<VerifyResult>(items.size());
        for (var item : items) {
            var person = found.get(item.pid());
            results.add(person == null ? new VerifyResult(false, null)
                    : new VerifyResult(true, ClaimMatcher.match(item.claims(), person)));
        }
        return new BatchResult(List.copyOf(results));
    }

    /** The rules of one verification, before anything is read; the fast path applies the same. */
    static void check(VerifyRequest r, Agency caller, String where) {
        if (r == null) {
            throw new ApiException(ErrorCode.MALFORMED_BODY, where + "a verification object is required.");
        }
        Checks.purpose(caller, r.purpose(), ErrorCode.MALFORMED_BODY, where);
        Checks.caseRef(r.caseRef(), ErrorCode.MALFORMED_BODY, where);
        Checks.pid(r.pid(), where);
        ClaimMatcher.check(r.claims() == null ? Map.of() : r.claims(), where);
        ClaimMatcher.allowed(r.claims(), caller, where);
    }
}
