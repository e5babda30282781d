package vn.sachsong.server.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.sachsong.server.audit.AuditRecorder;
import vn.sachsong.server.audit.AuditTrail;
import vn.sachsong.server.exchange.ExchangeApi.BatchRequest;
import vn.sachsong.server.exchange.ExchangeApi.BatchResult;
import vn.sachsong.server.exchange.ExchangeApi.VerifyRequest;
import vn.sachsong.server.exchange.ExchangeApi.VerifyResult;

/**
 * Verification: does the registry agree with what a citizen wrote on a form? Answers yes or no per
 * claim, and discloses no registry value. Whatever the registry holds, a valid verification is an
 * allowed access, so its audit entry and its registry read are one statement, shared with the other
 * requests of the moment. One use case with two entry points: {@link VerifyEndpoint} in Spring MVC,
 * and {@link VerifyFastPath}, the gate's shortcut for the everyday plain one.
 */
@Component
class Verification {
    private final PersonReader people;
    private final AuditRecorder audit;
    private final RateLimiter rateLimiter;
    private final int maxBatch;

    Verification(PersonReader people, AuditRecorder audit, RateLimiter rateLimiter, ExchangeProperties props) {
        this.people = people;
        this.audit = audit;
        this.rateLimiter = rateLimiter;
        this.maxBatch = props.maxBatch();
    }

    /** The rules of one verification, before anything is read; {@code where} names a batch's item in the refusal. */
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

    /** Checks one verification, then answers it. */
    VerifyResult verify(AuditTrail trail, VerifyRequest r, Agency caller) {
        check(r, caller, "");
        return verifyChecked(trail, r);
    }

    /** Answers a verification that passed {@link #check}: recorded in its trail, then read. */
    VerifyResult verifyChecked(AuditTrail trail, VerifyRequest r) {
        var found = audit.recordThenRead(trail, people.claimFields(), Set.of(r.pid()));
        return result(r, found);
    }

    /** Checks every item (one invalid item refuses the whole batch) and the agency's rate, then answers them in one read. */
    BatchResult verifyAll(AuditTrail trail, BatchRequest batch, Agency caller) {
        var items = batch.items();
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
            results.add(result(item, found));
        }
        return new BatchResult(List.copyOf(results));
    }

    private static VerifyResult result(VerifyRequest r, Map<String, Map<RegistryField, String>> found) {
        var person = found.get(r.pid());
        return person == null ? new VerifyResult(false, null) : new VerifyResult(true, ClaimMatcher.match(r.claims(), person));
    }
}
