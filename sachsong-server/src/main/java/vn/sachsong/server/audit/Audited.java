package vn.sachsong.server.audit;

import java.util.List;

/** A request body that names the people it is about; the audit reads the subjects from it. */
public interface Audited {
    List<AuditTrail.Subject> subjects();
}
