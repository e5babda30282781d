package vn.sachsong.server.exchange;

import java.util.List;

/** A request body that names the people it is about; the audit reads the subjects from it. */
interface Audited {
    List<AuditTrail.Subject> subjects();
}
