package vn.sachsong.server.procedure;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.server.audit.AuditRecorder;
import vn.sachsong.server.audit.WriteFailedException;
import vn.sachsong.server.exchange.ApiException;
import vn.sachsong.server.exchange.FastPath;
import vn.sachsong.server.exchange.FastRequest;
import vn.sachsong.server.procedure.DossierIntake.Receipt;

/**
 * The everyday posted dossier, answered by the exchange's gate before Spring MVC: an agency's
 * procedure system posts one per dossier it receives, and Spring MVC's machinery cost more than the
 * dossier's own work. The same code as {@link DossierEndpoint} ({@link DossierIntake}: the same
 * checks, the same write committed with the same audit entry, the same answer); any dossier it
 * would refuse, or whose body it cannot read as the endpoint would, goes on to the endpoint, which
 * refuses it and records the refusal. A dossier refused by the database is left before anything is
 * recorded, so the endpoint checks it again.
 */
@Component
class DossierFastPath implements FastPath {
    static final String PATH = "/api/v1/dossiers";
    private final DossierIntake intake;
    private final AuditRecorder audit;
    private final JsonMapper json;
    private final LongAdder answered = new LongAdder();

    DossierFastPath(DossierIntake intake, AuditRecorder audit, JsonMapper json) {
        this.intake = intake;
        this.audit = audit;
        this.json = json;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public boolean answered(FastRequest request) throws IOException {
        Dossier dossier;
        try {
            var body = DossierBody.read(json, request.body());
            if (body == null) {
                return false;
            }
            dossier = intake.dossier(body, request.caller());
            request.about(null, DossierIntake.caseRef(body), body.applicantPid(), List.of());
        } catch (FieldProblem | ApiException e) {
            return false;
        }
        Object outcome;
        try {
            outcome = audit.recordWith(request.trail(), intake, dossier);
        } catch (WriteFailedException e) {
            return false;   // nothing was stored or recorded: the endpoint makes it again, and says why if it fails
        }
        if (!(outcome instanceof Receipt receipt)) {
            return false;
        }
        answered.increment();   // before the answer, which a client may read before this thread goes on
        request.answer(intake.status(receipt), receipt.api());
        return true;
    }

    /** Dossiers answered here since the start (the rest went to the endpoint). */
    long answered() {
        return answered.sum();
    }
}
