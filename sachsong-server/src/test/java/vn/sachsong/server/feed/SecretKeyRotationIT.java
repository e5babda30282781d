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
        var anotherHub = Files.createTempDirectory("another-hub");
        SecretBox.write(SecretBox.generated().key(), anotherHub, "secret.key");
        var stranger = SecretBox.forDataDir(anotherHub);
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
                .isEqualTo(jdbc.sql("select count(*) from signing_key where private_sealed is not null").query(Integer.class).single())
                .isPositive();
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

    /**
     * A key file gone missing is reported, not replaced by a new key; a key lost for good is forgotten
     * by its id: the secrets sealed with it dropped (the webhook ended, the signing key retired and
     * still published), after which the hub seals, signs and rotates again. Before, the refusal to
     * seal under a key that is not the stored secrets' left a hub that lost its key unable to create
     * an agency or subscribe a webhook ever again, and the missing file was made anew each command.
     */
    @Test
    void aLostKeyIsReportedNotReplacedAndForgettingItLetsTheHubSealAgain() throws Exception {
        if (agencies.find("SK-L").isEmpty()) {
            agencies.create(new NewAgency("SK-L", "Khoá SK-L", AgencyLevel.PROVINCE, EnumSet.of(RegistryField.FULL_NAME),
                    Set.of("x"), 10, false));
        }
        feed.subscribe("SK-L", "http://127.0.0.1:9/hook");
        var empty = Files.createTempDirectory("key-missing");
        var missing = SecretBox.forDataDir(empty);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> missing.requireOpensStored(jdbc))
                .hasMessageContaining("secret.key is missing").hasMessageContaining("secret-key forget-lost");
        assertThat(empty.resolve("secret.key")).doesNotExist();
        var lostKid = jdbc.sql("select kid from signing_key where agency = 'SK-L' and retired_at is null").query(String.class).single();
        // the agency's secrets as sealed under a key the hub no longer has
        var lost = SecretBox.generated();
        var sealed = lost.seal(new byte[] {1, 2, 3});
        jdbc.sql("update signing_key set private_sealed = ?, sealed_with = ? where kid = ?").params(sealed.bytes(), sealed.keyId(), lostKid)
                .update();
        jdbc.sql("update feed_subscription set secret = ?, secret_key_id = ? where agency = 'SK-L'").params(sealed.bytes(), sealed.keyId())
                .update();
        var hub = SecretBox.forDataDir(settings.dataDir());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> hub.requireOpensStored(jdbc))
                .hasMessageContaining("sealed with key " + lost.keyId()).hasMessageContaining("forget-lost " + lost.keyId());
        org.assertj.core.api.Assertions.assertThatThrownBy(rotation::rotate).hasMessageContaining(lost.keyId());
        assertThat(settings.dataDir().resolve("secret.key.next")).as("a refused rotation leaves no next key").doesNotExist();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rotation.forgetLost(hub.keyId())).hasMessageContaining("is not lost");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rotation.forgetLost("0123456789abcdef"))
                .hasMessageContaining("no stored secret is sealed with key 0123456789abcdef");

        var forgotten = rotation.forgetLost(lost.keyId());

        assertThat(forgotten.agencies()).containsEntry("webhook secrets", java.util.List.of("SK-L"))
                .containsEntry("result-signing keys", java.util.List.of("SK-L"));
        assertThat(jdbc.sql("select count(*) from feed_subscription where agency = 'SK-L'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select retired_at is not null and private_sealed is null from signing_key where kid = ?").param(lostKid)
                .query(Boolean.class).single()).isTrue();
        assertThat(signing.jwks()).as("the lost key's results still verify").contains(lostKid);
        hub.requireOpensStored(jdbc);
        feed.subscribe("SK-L", "http://127.0.0.1:9/hook");
        assertThat(signing.rotate("SK-L")).isNotEqualTo(lostKid);
        assertThat(rotation.rotate().resealed().get("result-signing keys"))
                .isEqualTo(jdbc.sql("select count(*) from signing_key where private_sealed is not null").query(Integer.class).single());
    }

    /**
     * Cut short after its commit (the secrets under the next key, the files not yet swapped), a
     * rotation run again finishes the job: the next key put in place. Before, the run wrote a new
     * next key over the only copy of the one the secrets were sealed with, then failed.
     */
    @Test
    void aRotationRunAgainAfterOneCutShortFinishesIt() throws Exception {
        if (agencies.find("SK-N").isEmpty()) {
            agencies.create(new NewAgency("SK-N", "Khoá SK-N", AgencyLevel.PROVINCE, EnumSet.of(RegistryField.FULL_NAME),
                    Set.of("x"), 10, false));
        }
        var dir = settings.dataDir();
        var rotated = rotation.rotate();
        var sealedKey = Files.readString(dir.resolve("secret.key"));
        // the state of a rotation cut between its commit and the files' swap
        Files.move(dir.resolve("secret.key"), dir.resolve("secret.key.next"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(dir.resolve("secret.key.old"), dir.resolve("secret.key"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        var finished = rotation.rotate();

        assertThat(finished.finishedCutShort()).isTrue();
        assertThat(finished.newKeyId()).isEqualTo(rotated.newKeyId());
        assertThat(Files.readString(dir.resolve("secret.key"))).isEqualTo(sealedKey);
        assertThat(dir.resolve("secret.key.next")).doesNotExist();
        SecretBox.forDataDir(dir).requireOpensStored(jdbc);
        // a next key no secret is sealed with (cut before the commit) is removed, and the rotation made
        SecretBox.write(SecretBox.generated().key(), dir, "secret.key.next");
        var again = rotation.rotate();
        assertThat(again.finishedCutShort()).isFalse();
        assertThat(again.oldKeyId()).isEqualTo(rotated.newKeyId());
        SecretBox.forDataDir(dir).requireOpensStored(jdbc);
    }

    private String sealedWith(String agency) {
        return jdbc.sql("select secret_key_id from feed_subscription where agency = ?").param(agency).query(String.class).single();
    }
}
