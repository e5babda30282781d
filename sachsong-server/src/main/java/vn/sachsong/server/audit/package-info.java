/**
 * The audit log of the exchange API: who read whose data, when and why. Entries are appended by
 * one writer thread in batches (group commit: a request is answered only once its entry is
 * durable), chained by sha256 so that an altered, removed or truncated entry is detected by
 * {@link vn.sachsong.server.audit.AuditVerifier}. Also the citizen's "who looked at my data" endpoint.
 */
package vn.sachsong.server.audit;
