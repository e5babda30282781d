package vn.sachsong.server.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An unauthenticated, unaudited answer: for load balancers, and the baseline of the benchmark. */
@RestController
class PingEndpoint {
    private static final ExchangeApi.Pong OK = new ExchangeApi.Pong("ok");

    @Operation(summary = "Is the API up? No key needed")
    @SecurityRequirements
    @ApiAccess(ApiAccess.Role.PUBLIC)
    @GetMapping(ApiPaths.PING)
    ExchangeApi.Pong ping() {
        return OK;
    }
}
