/**
 * The exchange API: agencies with their keys and policies, verification of a citizen's claims,
 * lookups limited to what the policy allows, rate limits, and errors as RFC 9457 problems with
 * stable codes. Every API request passes through one audit concern ({@code AuditAdvice}) that
 * records it in the audit log before the answer leaves.
 */
package vn.sachsong.server.exchange;
