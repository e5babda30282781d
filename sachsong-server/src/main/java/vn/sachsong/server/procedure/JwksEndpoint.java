package vn.sachsong.server.procedure;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every agency's result-signing public keys, current and retired, as a JWK Set (RFC 7517): anyone
 * verifies a result offline with any JOSE library. Public, outside the API: no key, not audited.
 */
@RestController
class JwksEndpoint {
    static final String PATH = "/.well-known/jwks.json";
    private final SigningKeys keys;

    JwksEndpoint(SigningKeys keys) {
        this.keys = keys;
    }

    @GetMapping(path = PATH, produces = {"application/jwk-set+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .contentType(MediaType.APPLICATION_JSON).body(keys.jwks());
    }
}
