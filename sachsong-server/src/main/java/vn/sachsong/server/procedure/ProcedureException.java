package vn.sachsong.server.procedure;

/** A request to the procedures feature that cannot be done as asked (unknown agency, unreadable file); nothing changed. */
public class ProcedureException extends RuntimeException {
    public ProcedureException(String message) {
        super(message);
    }
}
