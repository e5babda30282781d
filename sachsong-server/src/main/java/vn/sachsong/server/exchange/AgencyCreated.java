package vn.sachsong.server.exchange;

/**
 * Published once an agency is stored, in the creating thread, so that other features can give it
 * what it needs (the procedures feature: its result-signing key pair).
 */
public record AgencyCreated(Agency agency) {
}
