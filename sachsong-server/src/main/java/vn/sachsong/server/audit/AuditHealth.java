package vn.sachsong.server.audit;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health is DOWN while the audit log cannot be written: every verification, lookup, dossier and
 * evidence read is refused then (AUDIT_UNAVAILABLE), so a server answering only its ping is not
 * well. UP again with the next append that succeeds.
 */
@Component("audit")
class AuditHealth implements HealthIndicator {
    private final AuditLog log;

    AuditHealth(AuditLog log) {
        this.log = log;
    }

    @Override
    public Health health() {
        var failing = log.failing();
        return failing == null ? Health.up().build() : Health.down().withDetail("last_append", failing).build();
    }
}
