package vn.sachsong.server.audit;

import java.time.Instant;
import java.util.List;

/**
 * What the audit needs to know about one request, filled in as the request goes through: who sent
 * it (the agency, the client's address, for the console the user signed in), what it reached, and
 * the people it is about (pid, purpose, case reference, fields). {@link AuditRecorder} turns it into
 * entries, one per person or one naming none, and notes that it did.
 */
public final class AuditTrail {
    /** One person the request is about, and why; a null pid for a request about no one in particular. */
    public record Subject(String purpose, String caseRef, String pid, List<String> fields) {
    }

    private final String requestId;
    private final Instant at = Instant.now();
    private final String client;
    private final String actor;
    private String endpoint;
    private String agency;
    private List<Subject> subjects = List.of();
    private boolean recorded;

    /**
     * @param client the address the request came from
     * @param actor the console user making it; null for the API, whose caller is an agency
     */
    public AuditTrail(String requestId, String endpoint, String client, String actor) {
        this.requestId = requestId;
        this.endpoint = endpoint;
        this.client = client;
        this.actor = actor;
    }

    public String requestId() {
        return requestId;
    }

    public Instant at() {
        return at;
    }

    public String client() {
        return client;
    }

    public String actor() {
        return actor;
    }

    public String endpoint() {
        return endpoint;
    }

    /** Names what the request reached, once that is known (the API names its route). */
    public void endpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String agency() {
        return agency;
    }

    /** Names the agency calling, or on whose behalf the user works; null when none is known. */
    public void agency(String agency) {
        this.agency = agency;
    }

    public List<Subject> subjects() {
        return subjects;
    }

    public void subjects(List<Subject> subjects) {
        this.subjects = subjects;
    }

    /** True once the request is recorded (or counted), or declared not to be audited. */
    public boolean recorded() {
        return recorded;
    }

    /** The request is not audited (the ping, a path that is not the API's): nothing is to be recorded for it. */
    public void exempt() {
        recorded = true;
    }

    void markRecorded() {
        recorded = true;
    }
}
