/**
 * The exchange API: agencies with their keys and policies, verification of a citizen's claims,
 * lookups limited to what the policy allows, rate limits, and errors as RFC 9457 problems with
 * stable codes. Every API request carries an audit trail from the gate on ({@code ApiTrails}) and is
 * recorded by the audit's {@code AuditRecorder} before the answer leaves: by the endpoint's answer
 * passing one advice ({@code AuditAdvice}), by the refusals made outside Spring MVC, or by the use
 * case itself when its record and its read or write are one statement.
 */
package vn.sachsong.server.exchange;
