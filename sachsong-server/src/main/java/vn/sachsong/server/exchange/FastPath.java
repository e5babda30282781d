package vn.sachsong.server.exchange;

import java.io.IOException;

/**
 * Another feature's everyday request answered by the gate before Spring MVC, as {@link VerifyFastPath}
 * answers verify: for an endpoint whose requests are so many and so small that Spring MVC's generic
 * machinery would cost more than their work. The gate offers it each plain POST to its path (a JSON
 * body of at most 16 KiB, for an answer in JSON, no query) once it has admitted the caller, taken a
 * token for it and read the body. It must run the endpoint's own rules with the endpoint's own code,
 * and give the same answer and the same audit entry; a request it would refuse, or cannot read
 * plainly, it leaves alone (returns false having recorded, counted and written nothing), and the
 * request goes on unchanged to the endpoint, which defines every refusal and records it.
 */
public interface FastPath {
    /** The path of the POST route it answers for, in its canonical spelling: a route any agency may call. */
    String path();

    /**
     * Answers the request and returns true, or returns false having recorded and written nothing. An
     * exception is answered by the gate: {@code AUDIT_UNAVAILABLE} when the audit log could not
     * record the request, {@code INTERNAL_ERROR} otherwise.
     */
    boolean answered(FastRequest request) throws IOException;
}
