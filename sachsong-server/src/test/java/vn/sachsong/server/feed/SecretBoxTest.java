package vn.sachsong.server.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A box opens secrets sealed with the keys a rotation leaves beside its own, and nothing else. */
class SecretBoxTest {
    @TempDir
    Path dir;

    @Test
    void aSecretSealedUnderTheNextOrTheOldKeyOpensAndAStrangersDoesNot() throws Exception {
        var box = SecretBox.open(null, dir);
        var next = SecretBox.generated();
        var sealed = next.seal("whsec_x".getBytes());
        assertThatThrownBy(() -> box.open(sealed.bytes(), sealed.keyId())).hasMessageContaining("restore that key");
        // a rotation cut short after its commit: the secrets are under the next key, still beside the file
        SecretBox.write(next.key(), dir, SecretBox.NEXT);
        assertThat(new String(box.open(sealed.bytes(), sealed.keyId()))).isEqualTo("whsec_x");
        Files.delete(dir.resolve(SecretBox.NEXT));
        var stranger = SecretBox.generated().seal(new byte[] {7});
        assertThatThrownBy(() -> SecretBox.open(null, dir).open(stranger.bytes(), stranger.keyId()))
                .isInstanceOf(IllegalStateException.class);
    }

    /** A folder without a key file gets one only when a secret is sealed, owner-only, and later boxes read the same key. */
    @Test
    void theKeyFileIsMadeAtTheFirstSealNotAtOpening() throws Exception {
        var box = SecretBox.open(null, dir);
        assertThat(dir.resolve(SecretBox.FILE)).doesNotExist();
        var sealed = box.seal("whsec_y".getBytes());
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(SecretBox.FILE))))
                .isEqualTo("rw-------");
        var again = SecretBox.open(null, dir);
        assertThat(again.keyId()).isEqualTo(sealed.keyId()).isEqualTo(box.keyId());
        assertThat(new String(again.open(sealed.bytes(), sealed.keyId()))).isEqualTo("whsec_y");
    }
}
