package vn.sachsong.server.audit;

/**
 * Keeps a flood of refusals from filling the log: {@link AuditRecorder#recordAnswer} asks it about
 * each refusal whether to record it on its own. One it says no to, it has counted, and it records the
 * count later in an entry of its own. The exchange's refusal tally is the one in use.
 */
public interface RefusalCounter {
    /** True when this refusal is to be recorded on its own; false when it was counted instead. */
    boolean recordAlone(AuditTrail trail, String outcome, int status);
}
