package vn.sachsong.server.exchange;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Names the agency calling, from the request's one {@code Authorization} header, and slows down a
 * client address that keeps failing to: each address may fail {@code authFailureBurst} times at
 * once and {@code authFailuresPerSecond} on average. Past that, a key this server has not lately
 * found good is refused at once, without a database look-up, until the address's budget refills;
 * a key it has found good since the last revocation still passes (looked up again once its cache
 * entry is stale), so an agency behind the same address as a flooding client keeps its answers.
 */
@Component
class Callers {
    static final String AUTHORIZATION = "Authorization";
    /** Addresses remembered at most; past it, the quiet ones are forgotten, then all share one budget. */
    private static final int MAX_CLIENTS = 100_000;
    private static final String EVERYONE_ELSE = "*";
    private final Authenticator authenticator;
    private final Map<String, TokenBucket> failures = new ConcurrentHashMap<>();
    private final int rate;
    private final int burst;

    Callers(Authenticator authenticator, ExchangeProperties props) {
        this.authenticator = authenticator;
        this.rate = props.authFailuresPerSecond();
        this.burst = props.authFailureBurst();
    }

    /** The calling agency, or a refusal: no key, two, an unknown or a revoked one, or too many failures from this address. */
    Agency authenticate(HttpServletRequest request) {
        var headers = request.getHeaders(AUTHORIZATION);
        var authorization = headers.hasMoreElements() ? headers.nextElement() : null;
        var good = authorization == null || headers.hasMoreElements() ? null : authenticator.cached(authorization);
        if (good != null) {
            return good;
        }
        var client = client(request.getRemoteAddr());
        long now = System.nanoTime();
        var budget = failures.get(client);
        long wait = budget == null || authorization != null && !headers.hasMoreElements()
                && authenticator.wasUsable(authorization) ? 0 : budget.untilToken(now);
        if (wait > 0) {
            long seconds = TokenBucket.seconds(wait);
            throw new ApiException(ErrorCode.TOO_MANY_AUTH_FAILURES, "Too many failed authentications from this address;"
                    + " retry after " + seconds + " s.", seconds);
        }
        try {
            if (headers.hasMoreElements()) {
                throw new ApiException(ErrorCode.AMBIGUOUS_API_KEY, "Send one Authorization header, not several.");
            }
            return authenticator.authenticate(authorization);
        } catch (ApiException e) {
            failures.computeIfAbsent(client, c -> new TokenBucket(rate, burst, now)).take(1, now);
            throw e;
        }
    }

    /** The agency of a valid key, or null for any other: to name the caller of a request refused for another reason. */
    Agency identify(HttpServletRequest request) {
        try {
            return authenticate(request);
        } catch (ApiException e) {
            return null;
        }
    }

    private String client(String address) {
        if (failures.size() < MAX_CLIENTS || failures.containsKey(address)) {
            return address;
        }
        long now = System.nanoTime();
        failures.values().removeIf(bucket -> bucket.isFull(now));
        return failures.size() < MAX_CLIENTS ? address : EVERYONE_ELSE;
    }
}
