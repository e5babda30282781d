package vn.sachsong.server.procedure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.sachsong.server.audit.AuditedWrite;
import vn.sachsong.server.audit.WriteFailedException;
import vn.sachsong.server.exchange.Agency;
import vn.sachsong.server.exchange.ApiCaller;
import vn.sachsong.server.exchange.ApiException;
import vn.sachsong.server.exchange.ErrorCode;
import vn.sachsong.server.procedure.ProcedureApi.DossierRequest;

/**
 * Registering a posted dossier, for both of its entry points ({@link DossierEndpoint} and
 * {@link DossierFastPath}): the checks that need no database, then the write, which the audit
 * writer makes for every request of the moment in the transaction that records them
 * ({@link AuditedWrite}): one statement checks the rest and stores the new dossiers with their month
 * counts ({@link DossierBatch}), and one commit makes the dossiers and their audit entries durable
 * together. A dossier refused by a rule the database checks changes nothing and is not recorded
 * with the batch: its refusal is recorded when it is answered.
 */
@Component
class DossierIntake implements AuditedWrite<Dossier, Object> {
    private static final int MAX_DOCUMENTS = 50;
    /** Rounds of a batch: a code posted again within it waits for the round after its first. */
    private static final int MAX_ROUNDS = 100;
    /** PostgreSQL's lock_not_available: {@link DossierBatch#LOCK_TIMEOUT} passed. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private final ProcedureCatalogue catalogue;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A stored dossier: {@code created} false when it was already there as given. */
    record Receipt(String code, boolean created, boolean reused) {
        ProcedureApi.DossierReceipt api() {
            return new ProcedureApi.DossierReceipt(code, created ? "created" : "unchanged", reused);
        }
    }

    DossierIntake(ProcedureCatalogue catalogue, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
    }

    /** The posted dossier, checked by every rule that needs no database; throws the first it breaks. */
    Dossier dossier(DossierRequest b, Agency caller) {
        var code = DossierRules.code(b.code(), "code");
        if (b.caseRef() != null) {
            ApiCaller.checkCaseRef(b.caseRef(), ErrorCode.MALFORMED_BODY, "");
        }
        var procedure = DossierRules.known(b.procedure(), catalogue, "procedure");
        var pid = DossierRules.pid(b.applicantPid(), "applicant_pid");
        var received = DossierRules.time(b.receivedAt(), "received_at");
        var channel = DossierRules.channel(b.channel(), "channel");
        var documents = b.documents();
        if (documents == null || documents.isEmpty() || documents.size() > MAX_DOCUMENTS) {
            throw new ApiException(ErrorCode.MALFORMED_BODY, "documents: 1 to " + MAX_DOCUMENTS + " documents, each {type, digitised}.");
        }
        for (var d : documents) {
            if (d == null || d.type() == null || !CatalogueCsv.TYPE.matcher(d.type()).matches() || d.digitised() == null) {
                throw new ApiException(ErrorCode.MALFORMED_BODY, "documents: each needs a type (lower case, digits, '_' or '.')"
                        + " and digitised (true or false).");
            }
        }
        boolean digitised = documents.stream().allMatch(ProcedureApi.Document::digitised);
        var evidence = DossierRules.evidence(b.evidence() == null ? List.of() : b.evidence(), code, "evidence");
        var dossier = new Dossier(code, procedure.code(), caller.code(), pid, received, channel, digitised, false, evidence,
                documentsJson(documents), b.caseRef() != null ? b.caseRef() : code);
        if (!procedure.handledBy(caller) && !stored(dossier)) {
            throw DossierRules.notHandled(procedure, caller, "procedure");
        }
        return dossier;
    }

    /**
     * True when this very dossier is stored: posted again (a client's retry), it is answered as
     * unchanged, though the catalogue has since moved its procedure to another level; the rules
     * that may change after storing (the applicant in the registry, a cited result revoked) are
     * likewise not applied to it again ({@link DossierBatch}).
     */
    private boolean stored(Dossier d) {
        return jdbc.sql("select exists (select 1 from dossier where code = ? and fingerprint = ?)").params(d.code(), d.fingerprint())
                .query(Boolean.class).single();
    }

    /** The documents as JSON, written by hand: their types are checked to need no escaping ({@link CatalogueCsv#TYPE}). */
    private static String documentsJson(List<ProcedureApi.Document> documents) {
        var out = new StringBuilder(documents.size() * 40).append('[');
        for (var d : documents) {
            out.append(out.length() == 1 ? "" : ",").append("{\"type\":\"").append(d.type()).append("\",\"digitised\":")
                    .append(d.digitised()).append('}');
        }
        return out.append(']').toString();
    }

    /** The case a posted dossier names for its audit entry and its reuse: its case_ref, or its code. */
    static String caseRef(DossierRequest b) {
        return b.caseRef() != null ? b.caseRef() : b.code();
    }

    /** Each dossier's outcome: a {@link Receipt}, or the {@link FieldProblem} of the rule it breaks. */
    @Override
    public List<Object> write(Connection c, List<Dossier> dossiers) throws SQLException {
        var outcomes = new Object[dossiers.size()];
        var left = new ArrayList<Integer>();
        for (int i = 0; i < dossiers.size(); i++) {
            left.add(i);
        }
        for (int round = 0; !left.isEmpty(); round++) {
            if (round == MAX_ROUNDS) {
                throw new SQLException("dossiers still undecided after " + MAX_ROUNDS + " rounds");
            }
            var codes = new HashSet<String>();
            var now = new ArrayList<Integer>();
            var later = new ArrayList<Integer>();
            for (var i : left) {
                (codes.add(dossiers.get(i).code()) ? now : later).add(i);
            }
            later.addAll(DossierBatch.store(c, dossiers, now, outcomes));
            left = later;
        }
        return Arrays.asList(outcomes);
    }

    /**
     * Writes the dossier and records the request through {@code record} (the endpoint's or the fast
     * path's); a write that waited too long for a lock an import holds is UNAVAILABLE, to retry.
     */
    static Object register(java.util.function.Supplier<Object> record) {
        try {
            return record.get();
        } catch (WriteFailedException e) {
            if (e.getCause() instanceof SQLException s && LOCK_NOT_AVAILABLE.equals(s.getSQLState())) {
                throw new ApiException(ErrorCode.UNAVAILABLE, "A dossier log being imported holds this agency's month or the"
                        + " dossier tables; retry in a moment.");
            }
            throw e;
        }
    }

    @Override
    public int status(Object outcome) {
        return outcome instanceof Receipt r ? (r.created() ? 201 : 200) : 0;
    }
}
