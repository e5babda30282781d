package vn.sachsong.server.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.sachsong.server.exchange.AgencyLevel;
import vn.sachsong.server.exchange.RawHttp;

/**
 * Signed results checked by a verifier that shares no code with the signing (nimbus-jose-jwt, keys
 * from the JWKS document fetched over HTTP); rotation; revocation by the issuer only; citing rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignedResultsIT extends ProcedureTest {
    @TempDir
    Path dir;
    @Autowired
    SigningKeys keys;
    Agency province;
    Agency other;

    @BeforeEach
    void twoProvinces() throws Exception {
        freshTables(dir);
        province = agency("SP", AgencyLevel.PROVINCE, false);
        other = agency("SQ", AgencyLevel.PROVINCE, false);
        for (var d : new String[][] {{"KS-1", "1"}, {"KS-2", "2"}}) {
            var r = post("/api/v1/dossiers", province.key(), dossier(d[0], "1.001193", pid(Integer.parseInt(d[1])), "2025-01-02", true));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
    }

    /** True when the compact JWS verifies with its kid's key from the JWKS fetched over HTTP. */
    private boolean verifies(String compact) throws Exception {
        var jwks = get("/.well-known/jwks.json", null);
        assertThat(jwks.statusCode()).isEqualTo(200);
        var set = JWKSet.parse(jwks.body());
        var jws = JWSObject.parse(compact);
        var key = (ECKey) set.getKeyByKeyId(jws.getHeader().getKeyID());
        assertThat(key).as("the kid is published").isNotNull();
        return jws.verify(new ECDSAVerifier(key));
    }

    @Test
    void aResultVerifiesIndependentlyAndOneChangedByteDoesNot() throws Exception {
        var r = post("/api/v1/dossiers/KS-1/result", province.key(), "{\"decision\":{\"so\":\"12/2025\",\"noi_dung\":\"Đã đăng ký\"}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        var jws = json(r).get("jws").asString();
        assertThat(json(r).get("result_code").asString()).isEqualTo("KS-1-KQ1");
        assertThat(verifies(jws)).isTrue();
        var parsed = JWSObject.parse(jws);
        assertThat(parsed.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
        var payload = parsed.getPayload().toJSONObject();
        assertThat(payload).containsEntry("result_code", "KS-1-KQ1").containsEntry("applicant_pid", pid(1))
                .containsEntry("issuing_agency", province.code()).containsEntry("procedure", "1.001193").containsKey("issued_at");
        var parts = jws.split("\\.");
        var bytes = Base64.getUrlDecoder().decode(parts[1]);
        bytes[bytes.length / 2] ^= 1;
        var changed = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "." + parts[2];
        assertThat(verifies(changed)).as("one byte of the payload changed").isFalse();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("KS-1-KQ1");
        assertThat(json(post("/api/v1/dossiers/KS-1/result", province.key(), "{\"decision\":{}}")).get("result_code").asString())
                .as("the next number").isEqualTo("KS-1-KQ2");
    }

    @Test
    void afterARotationOldResultsStillVerifyAndNewOnesUseTheNewKey() throws Exception {
        var before = JWSObject.parse(json(post("/api/v1/dossiers/KS-1/result", province.key(), "{\"decision\":{}}")).get("jws").asString());
        var kid = keys.rotate(province.code());
        assertThat(kid).isNotEqualTo(before.getHeader().getKeyID());
        var after = JWSObject.parse(json(post("/api/v1/dossiers/KS-2/result", province.key(), "{\"decision\":{}}")).get("jws").asString());
        assertThat(after.getHeader().getKeyID()).isEqualTo(kid);
        assertThat(verifies(before.serialize())).as("signed with the retired key").isTrue();
        assertThat(verifies(after.serialize())).isTrue();
        var stored = json(get("/api/v1/results/KS-1-KQ1", province.key()));
        assertThat(verifies(stored.get("jws").asString())).isTrue();
    }

    @Test
    void privateKeysAreSealedAtRest() {
        issue(province, "KS-1");
        var row = jdbc.sql("select private_sealed, sealed_with, public_jwk from signing_key where agency = ? and retired_at is null")
                .param(province.code()).query((rs, n) -> new Object[] {rs.getBytes(1), rs.getString(2), rs.getString(3)}).single();
        var sealed = (byte[]) row[0];
        // a PKCS#8 EC key starts with SEQUENCE (0x30) and holds the P-256 OID 1.2.840.10045.3.1.7
        assertThat(indexOf(sealed, new byte[] {0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x03, 0x01, 0x07})).isNegative();
        assertThat((String) row[1]).hasSize(16);
        assertThat((String) row[2]).doesNotContain("\"d\"");
    }

    @Test
    void onlyTheIssuerRevokesARevokedResultShowsRevokedAndCannotBeCited() {
        var code = issue(province, "KS-1");
        var denied = post("/api/v1/results/" + code + "/revoke", other.key(), "{\"reason\":\"thử\"}");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(code(denied)).isEqualTo("NOT_YOUR_RESULT");
        assertThat(code(get("/api/v1/results/" + code, other.key()))).isEqualTo("NOT_YOUR_RESULT");
        assertThat(json(get("/api/v1/results/" + code, province.key())).get("status").asString()).isEqualTo("valid");
        assertThat(code(post("/api/v1/results/" + code + "/revoke", province.key(), "{\"reason\":\" \"}"))).isEqualTo("MALFORMED_BODY");
        var citedBefore = post("/api/v1/dossiers", province.key(), dossier("KH-0", "1.004873", pid(1), today(), true, code));
        assertThat(citedBefore.statusCode()).as(citedBefore.body()).isEqualTo(201);
        var revoked = post("/api/v1/results/" + code + "/revoke", province.key(), "{\"reason\":\"Cấp nhầm người \\u202e\"}");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        var view = json(get("/api/v1/results/" + code, province.key()));
        assertThat(view.get("status").asString()).isEqualTo("revoked");
        assertThat(view.get("revoked_reason").asString()).isEqualTo("Cấp nhầm người \u202e");
        assertThat(view.get("revoked_at").asString()).isNotBlank();
        assertThat(code(post("/api/v1/results/" + code + "/revoke", province.key(), "{\"reason\":\"again\"}"))).isEqualTo("RESULT_REVOKED");
        var cited = post("/api/v1/dossiers", province.key(), dossier("KH-1", "1.004873", pid(1), today(), true, code));
        assertThat(cited.statusCode()).isEqualTo(422);
        assertThat(code(cited)).isEqualTo("EVIDENCE_REVOKED");
        assertThat(jdbc.sql("select count(*) from dossier where code = 'KH-1'").query(Long.class).single()).isZero();
        var page = get("/results/" + code, null);
        assertThat(page.body()).contains(code).contains("REVOKED").contains("<svg").doesNotContain(pid(1));
        assertThat(page.body()).as("a right-to-left override in the reason stays inside it").contains("<bdi>Cấp nhầm người \u202e</bdi>");
        assertThat(page.headers().firstValue("X-Frame-Options")).as("public, the page may not be framed").hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
        var issued = jdbc.sql("select issued_at from dossier_result where code = ?").param(code)
                .query(java.time.OffsetDateTime.class).single().toInstant();
        assertThat(page.body()).as("the day and time a Vietnamese document bears, and who issued it by name")
                .contains(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.ofHours(7))
                        .format(issued) + " (giờ Việt Nam").contains("Cơ quan " + province.code() + " (" + province.code() + ")");
        var named = RawHttp.get(port, "/results/" + code, "HTTP/1.1", "evil.example");
        assertThat(named.body()).as("the link and QR code whatever Host the request names").contains(code)
                .doesNotContain("evil.example").contains("href=\"http://localhost:" + port + "/results/" + code + "\"");
    }

    @Test
    void aStrangersResultOrOneTheProcedureDoesNotAcceptCannotBeCited() {
        var strangers = issue(province, "KS-2");
        var r = post("/api/v1/dossiers", province.key(), dossier("KH-2", "1.004873", pid(1), today(), true, strangers));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(code(r)).isEqualTo("EVIDENCE_NOT_APPLICANTS");
        var own = issue(province, "KS-1");   // a birth certificate (giay_khai_sinh)
        var unaccepted = post("/api/v1/dossiers", province.key(), dossier("KH-3", "1.013227", pid(1), today(), true, own));
        assertThat(code(unaccepted)).isEqualTo("EVIDENCE_NOT_ACCEPTED");
        var unknown = post("/api/v1/dossiers", province.key(), dossier("KH-4", "1.004873", pid(1), today(), true, "KS-9-KQ1"));
        assertThat(code(unknown)).isEqualTo("EVIDENCE_UNKNOWN");
        assertThat(json(unknown).get("detail").asString()).as("the body's member and the citation, not the log's column")
                .startsWith("evidence KS-9-KQ1: ");
        var before = post("/api/v1/dossiers", province.key(), dossier("KH-6", "1.004873", pid(1),
                LocalDate.parse(today()).minusDays(1).toString(), true, own));
        assertThat(code(before)).as("received the day before the result was issued: " + before.body())
                .isEqualTo("EVIDENCE_NOT_YET_ISSUED");
        var ok = post("/api/v1/dossiers", other.key(), dossier("KH-5", "1.004873", pid(1), today(), true, own));
        assertThat(ok.statusCode()).as("another agency cites the applicant's own result").isEqualTo(201);
        assertThat(json(ok).get("reused").asBoolean()).isTrue();
        assertThat(jdbc.sql("select count(*) from dossier where code like 'KH-%'").query(Long.class).single()).isEqualTo(1);
    }

    /** Today in Vietnam: a dossier received today may cite a result issued today. */
    private static String today() {
        return LocalDate.now(ZoneOffset.ofHours(7)).toString();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
