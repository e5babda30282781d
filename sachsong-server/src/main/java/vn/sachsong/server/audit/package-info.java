/**
 * The audit log of the exchange API: who read whose data, when and why. Entries are appended by
 * one writer thread in batches (group commit: a request is answered only once its entry is
 * durable), chained by sha256 so that an altered, removed or truncated entry is detected by
 * {@link vn.sachsong.server.audit.AuditVerifier}. {@link vn.sachsong.server.audit.AuditReader}
 * answers "who looked at this person's data"; the API serves it to operators.
 */
package vn.sachsong.server.audit;
