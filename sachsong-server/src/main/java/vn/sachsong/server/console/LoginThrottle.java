package vn.sachsong.server.console;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows repeated failed sign-ins, per user name and per address: after {@value #FREE} failures for
 * a name (or {@value #FREE_PER_ADDRESS} from an address, which many people may share behind one
 * proxy) within a quarter of an hour, each further try must wait 2, 4, 8... seconds (at most five
 * minutes) after the last failure, and a try made sooner is refused without looking at the password. A
 * success clears the user's and the address's count. Kept in memory: a restart forgets, which
 * costs an attacker nothing they could not get by waiting.
 */
@Component
class LoginThrottle {
    static final int FREE = 5;
    static final int FREE_PER_ADDRESS = 20;
    private static final long WINDOW_MILLIS = 15 * 60_000;
    private static final long MAX_WAIT_MILLIS = 5 * 60_000;
    private static final int MAX_TRACKED = 100_000;
    private final Map<String, long[]> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Seconds the user (or the address) must still wait before the next try; 0 when it may try now. */
    long waitSeconds(String user, String address) {
        return Math.max(waitMillis("u:" + user, FREE), waitMillis("a:" + address, FREE_PER_ADDRESS)) / 1000;
    }

    private long waitMillis(String key, int free) {
        var f = failures.get(key);
        if (f == null) {
            return 0;
        }
        long now = clock.millis();
        if (now - f[1] > WINDOW_MILLIS) {
            return 0;
        }
        long count = f[0];
        if (count < free) {
            return 0;
        }
        long wait = Math.min(MAX_WAIT_MILLIS, 1000L << Math.min(20, count - free + 1));
        return Math.max(0, f[1] + wait - now + 999);
    }

    void failed(String user, String address) {
        if (failures.size() > MAX_TRACKED) {
            long now = clock.millis();
            failures.values().removeIf(f -> now - f[1] > WINDOW_MILLIS);
        }
        long now = clock.millis();
        for (var key : new String[] {"u:" + user, "a:" + address}) {
            failures.compute(key, (k, f) -> f == null || now - f[1] > WINDOW_MILLIS ? new long[] {1, now}
                    : new long[] {f[0] + 1, now});
        }
    }

    void succeeded(String user, String address) {
        failures.remove("u:" + user);
        failures.remove("a:" + address);
    }
}
