package vn.sachsong.server.exchange;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Creates agencies and issues, rotates and revokes their keys (the CLI and the demo call it). */
@Service
public class AgencyService {
    public static final String DEMO_CODE = "DEMO";
    public static final String DEMO_PURPOSE = "demo";
    private final AgencyStore store;
    private final Authenticator authenticator;
    private final ApplicationEventPublisher events;

    AgencyService(AgencyStore store, Authenticator authenticator, ApplicationEventPublisher events) {
        this.store = store;
        this.authenticator = authenticator;
        this.events = events;
    }

    /** A new agency and its key, which exists only in the returned value: show it once, then forget it. */
    public record Created(Agency agency, String key) {
    }

    /** In one transaction with what its creation sets off (its result-signing key): a failure there leaves no agency. */
    @org.springframework.transaction.annotation.Transactional
    public Created create(NewAgency request) {
        var key = ApiKeys.generate();
        store.insert(request, ApiKeys.hash(key), ApiKeys.hint(key));
        var agency = store.find(request.code()).orElseThrow();
        events.publishEvent(new AgencyCreated(agency));
        return new Created(agency, key);
    }

    /** The agency with this code, revoked or not. */
    public Optional<Agency> find(String code) {
        return store.find(code);
    }

    public List<Agency> list() {
        return store.list();
    }

    /** Takes effect on every running server at once; throws if the agency is unknown or already revoked. */
    public void revoke(String code) {
        if (!store.revoke(code)) {
            throw new InvalidAgencyException(store.find(code).isPresent()
                    ? "agency " + code + " is already revoked" : "no agency " + code);
        }
        authenticator.forgetKeys();
    }

    /** Issues a new key; the old one stops working at once. */
    public String rotateKey(String code) {
        var key = ApiKeys.generate();
        if (!store.replaceKey(code, ApiKeys.hash(key), ApiKeys.hint(key))) {
            throw new InvalidAgencyException(store.find(code).isPresent()
                    ? "agency " + code + " is revoked for good; create a new agency under another code" : "no agency " + code);
        }
        authenticator.forgetKeys();
        return key;
    }

    /**
     * The demo agency ({@value #DEMO_CODE}): every field, purpose {@value #DEMO_PURPOSE}, 100 requests/s.
     * Creates it on the first call and issues a fresh key on later ones (keys are stored only as
     * hashes, so an earlier key cannot be shown again). Returns the key.
     */
    public String createDemoAgency() {
        if (store.find(DEMO_CODE).isEmpty()) {
            return create(new NewAgency(DEMO_CODE, "Cơ quan thử nghiệm / Demo agency", AgencyLevel.MINISTRY, EnumSet.allOf(RegistryField.class),
                    Set.of(DEMO_PURPOSE), 100, false)).key();
        }
        return rotateKey(DEMO_CODE);
    }

    /** A curl command that verifies a name against the registry with the given key. */
    public static String demoCurl(String baseUrl, String key, String pid, String fullName) {
        return """
                curl -s -X POST %s/api/v1/verify -H 'Authorization: Bearer %s' -H 'Content-Type: application/json' \\
                  -d '{"pid":"%s","purpose":"%s","case_ref":"DEMO-1","claims":{"full_name":"%s"}}'"""
                .formatted(baseUrl, key, pid, DEMO_PURPOSE, fullName.replace("'", "").replace("\"", ""));
    }
}
