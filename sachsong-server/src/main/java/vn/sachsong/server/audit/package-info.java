/**
 * The audit log: who read whose data, when and why, through the API or the console. Requests are
 * recorded by one service, {@link vn.sachsong.server.audit.AuditRecorder}, from the
 * {@link vn.sachsong.server.audit.AuditTrail} its caller passes: the exchange's advice, gate and fast
 * paths, the console's pages. Entries are appended by one writer thread in batches (group commit: a
 * request is answered only once its entry is durable), chained by sha256 so that an altered, removed
 * or truncated entry is detected by {@link vn.sachsong.server.audit.AuditVerifier}.
 * {@link vn.sachsong.server.audit.AuditReader} answers "who looked at this person's data"; the API
 * serves it to operators.
 */
package vn.sachsong.server.audit;
