package vn.sachsong.server.procedure;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * ES256 (ECDSA on P-256 with SHA-256, RFC 7518 3.4) with the JDK alone: key pairs, their public JWK
 * (RFC 7517) named by its thumbprint (RFC 7638), and compact JWS (RFC 7515). The JDK's
 * "inP1363Format" signature is the fixed 64-byte r || s that JWS wants.
 */
final class Es256 {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    /** A signer per thread: looking the algorithm up among the providers costs as much as hashing the document. */
    private static final ThreadLocal<Signature> SIGNERS = ThreadLocal.withInitial(() -> {
        try {
            return Signature.getInstance("SHA256withECDSAinP1363Format");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot sign with ES256", e);
        }
    });

    private Es256() {
    }

    static KeyPair generate() {
        try {
            var g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make P-256 keys", e);
        }
    }

    static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored signing key is not a P-256 private key", e);
        }
    }

    /** The public JWK's members in the order RFC 7638 hashes them, and more: {@code kid}, {@code use}, {@code alg}. */
    static String jwk(ECPublicKey key, String kid) {
        return "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"%s\",\"y\":\"%s\",\"kid\":\"%s\",\"use\":\"sig\",\"alg\":\"ES256\"}"
                .formatted(coordinate(key.getW().getAffineX()), coordinate(key.getW().getAffineY()), kid);
    }

    /** RFC 7638: SHA-256 of the required members in lexical order, no spaces. */
    static String thumbprint(ECPublicKey key) {
        var required = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"%s\",\"y\":\"%s\"}"
                .formatted(coordinate(key.getW().getAffineX()), coordinate(key.getW().getAffineY()));
        try {
            return B64.encodeToString(MessageDigest.getInstance("SHA-256").digest(required.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code BASE64URL(header).BASE64URL(payload).BASE64URL(signature)} with header {@code {"alg":"ES256","kid":..}}. */
    static String sign(PrivateKey key, String kid, String payloadJson) {
        var signingInput = B64.encodeToString(("{\"alg\":\"ES256\",\"kid\":\"" + kid + "\"}").getBytes(StandardCharsets.UTF_8))
                + "." + B64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            var signature = SIGNERS.get();
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with ES256", e);
        }
    }

    /** A coordinate as exactly 32 big-endian bytes (RFC 7518 6.2.1.2), base64url. */
    private static String coordinate(BigInteger value) {
        var bytes = value.toByteArray();
        var fixed = new byte[32];
        int from = Math.max(0, bytes.length - 32);
        System.arraycopy(bytes, from, fixed, 32 - (bytes.length - from), bytes.length - from);
        return B64.encodeToString(fixed);
    }

    static byte[] encoded(PrivateKey key) {
        return Arrays.copyOf(key.getEncoded(), key.getEncoded().length);
    }
}
