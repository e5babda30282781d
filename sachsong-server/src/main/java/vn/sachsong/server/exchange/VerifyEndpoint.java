package vn.sachsong.server.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.sachsong.server.audit.AuditTrail;
import vn.sachsong.server.exchange.ExchangeApi.BatchRequest;
import vn.sachsong.server.exchange.ExchangeApi.BatchResult;
import vn.sachsong.server.exchange.ExchangeApi.VerifyRequest;
import vn.sachsong.server.exchange.ExchangeApi.VerifyResult;

/**
 * The verification ({@link Verification}) in Spring MVC: every verification the gate's
 * {@link VerifyFastPath} leaves, and every refusal, with the body read and checked as the router and
 * the message converters read it.
 */
@RestController
@ApiAccess(ApiAccess.Role.AGENCY)
@Tag(name = "verify", description = "Check a citizen's claims against the registry without reading it")
class VerifyEndpoint {
    private final Verification verification;

    VerifyEndpoint(Verification verification) {
        this.verification = verification;
    }

    @Operation(summary = "Verify claims about one person")
    @PostMapping(path = VerifyFastPath.PATH, consumes = "application/json")
    VerifyResult verify(@RequestBody VerifyRequest body, @Parameter(hidden = true) @RequestAttribute(ApiGate.CALLER) Agency caller,
            @Parameter(hidden = true) @RequestAttribute(ApiTrails.ATTRIBUTE) AuditTrail trail) {
        return verification.verify(trail, body, caller);
    }

    @Operation(summary = "Verify up to 1,000 people in one request; one invalid item refuses the whole batch")
    @PostMapping(path = "/api/v1/verify/batch", consumes = "application/json")
    BatchResult batch(@RequestBody BatchRequest body, @Parameter(hidden = true) @RequestAttribute(ApiGate.CALLER) Agency caller,
            @Parameter(hidden = true) @RequestAttribute(ApiTrails.ATTRIBUTE) AuditTrail trail) {
        return verification.verifyAll(trail, body, caller);
    }
}
