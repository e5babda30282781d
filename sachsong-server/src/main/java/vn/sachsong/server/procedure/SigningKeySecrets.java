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
}
