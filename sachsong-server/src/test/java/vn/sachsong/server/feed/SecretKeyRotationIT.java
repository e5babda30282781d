package vn.sachsong.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.sachsong.server.LivingDataTest;
import vn.sachsong.server.exchange.AgencyLevel;
import vn.sachsong.server.exchange.NewAgency;
import vn.sachsong.server.exchange.RegistryField;
import vn.sachsong.server.procedure.SigningKeys;
import vn.sachsong.server.system.SachSongProperties;

/**
 * The hub's secret key rotated: every webhook secret and result-signing key sealed again under the
 * new key in one transaction, the old key kept beside it, and each secret opening to what it was.
 */
@SpringBootTest
class SecretKeyRotationIT extends LivingDataTest {
    @Autowired
    FeedService feed;
    @Autowired
    SecretKeyRotation rotation;
    @Autowired
    SigningKeys signing;
    @Autowired
    SachSongProperties settings;

    /** A key that is not the hub's (another folder's) is refused before anything is sealed under it, naming both keys. */
    @Test
    void aKeyThatIsNotTheHubsSealsNothing() throws Exception {
        if (agencies.find("SK-C").isEmpty()) {
            agencies.create(new NewAgency("SK-C", "Khoá SK-C", AgencyLevel.PROVINCE, EnumSet.of(RegistryField.FULL_NAME),
                    Set.of("x"), 10, false));
        }
        SecretBox.forDataDir(settings.dataDir()).requireOpensStored(jdbc);
        var stranger = SecretBox.forDataDir(Files.createTempDirectory("another-hub"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> stranger.requireOpensStored(jdbc))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stored secrets are sealed with key")
                .hasMessageContaining("is not the hub's");
        // a key given in the environment seals under itself, though the folder's key file beside it opens the stored secrets
        var random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        var fromEnvironment = SecretBox.open(java.util.Base64.getEncoder().encodeToString(random), settings.dataDir());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fromEnvironment.requireOpensStored(jdbc))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not the hub's");
    }

    @Test
    void everySealedSecretOpensUnderTheNewKeyAndTheOldKeyIsKept() throws Exception {
        for (var code : new String[] {"SK-A", "SK-B"}) {
            if (agencies.find(code).isEmpty()) {
                agencies.create(new NewAgency(code, "Khoá " + code, AgencyLevel.PROVINCE, EnumSet.of(RegistryField.FULL_NAME),
                        Set.of("x"), 10, false));
            }
        }
        var secret = feed.subscribe("SK-A", "http://127.0.0.1:9/hook");
        signing.rotate("SK-B");
        var dir = settings.dataDir();
        var before = Files.readString(dir.resolve("secret.key"));
        String oldId = sealedWith("SK-A");

        var rotated = rotation.rotate();

        assertThat(rotated.oldKeyId()).isEqualTo(oldId);
        assertThat(rotated.newKeyId()).isNotEqualTo(oldId);
        assertThat(rotated.resealed()).containsEntry("webhook secrets",
                jdbc.sql("select count(*) from feed_subscription").query(Integer.class).single());
        assertThat(rotated.resealed().get("result-signing keys"))
                .isEqualTo(jdbc.sql("select count(*) from signing_key").query(Integer.class).single()).isPositive();
        assertThat(Files.readString(dir.resolve("secret.key.old"))).isEqualTo(before);
        assertThat(Files.readString(dir.resolve("secret.key"))).isNotEqualTo(before);
        assertThat(dir.resolve("secret.key.next")).doesNotExist();
        assertThat(jdbc.sql("select count(*) from signing_key where sealed_with <> ?").param(rotated.newKeyId())
                .query(Integer.class).single()).as("every key sealed again").isZero();
        assertThat(sealedWith("SK-A")).isEqualTo(rotated.newKeyId());

        // a box of the new key opens the webhook secret to what the agency was given
        var box = SecretBox.forDataDir(dir);
        var row = jdbc.sql("select secret, secret_key_id from feed_subscription where agency = 'SK-A'")
                .query((rs, n) -> new Object[] {rs.getBytes(1), rs.getString(2)}).single();
        assertThat(new String(box.open((byte[]) row[0], (String) row[1]), StandardCharsets.US_ASCII)).isEqualTo(secret);
        // a box of the old key, as a server started before the rotation holds, opens it too, and seals under the new key
        var old = SecretBox.open(before.strip(), null);
        assertThat(old.keyId()).isEqualTo(oldId);
        var stale = SecretBox.open(null, dir);
        assertThat(stale.seal(new byte[] {1}).keyId()).isEqualTo(rotated.newKeyId());
    }

    private String sealedWith(String agency) {
        return jdbc.sql("select secret_key_id from feed_subscription where agency = ?").param(agency).query(String.class).single();
    }
}
