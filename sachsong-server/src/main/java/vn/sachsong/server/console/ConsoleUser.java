package vn.sachsong.server.console;

import java.time.Instant;

/** A console account as listed: never its password or hash. */
public record ConsoleUser(String name, Role role, Instant createdAt, Instant passwordChangedAt, Instant disabledAt) {
    public boolean disabled() {
        return disabledAt != null;
    }
}
