package vn.sachsong.server.procedure;

import org.springframework.stereotype.Component;
import vn.sachsong.server.feed.Resealable;
import vn.sachsong.server.feed.SecretBox;

/** The agencies' result-signing private keys, sealed again when the hub's key is rotated. */
@Component
class SigningKeySecrets implements Resealable {
    private final SigningKeyStore keys;

    SigningKeySecrets(SigningKeyStore keys) {
        this.keys = keys;
    }

    @Override
    public String secrets() {
        return "result-signing keys";
    }

    @Override
    public int reseal(SecretBox from, SecretBox to) {
        return keys.reseal(from, to);
    }

    /**
     * A signing key whose private half is lost is retired with nothing sealed left; its public half
     * stays published, so its results verify, and the agency gets a new pair at its next result.
     */
    @Override
    public java.util.List<String> forget(String lostKeyId) {
        return keys.forget(lostKeyId);
    }
}
