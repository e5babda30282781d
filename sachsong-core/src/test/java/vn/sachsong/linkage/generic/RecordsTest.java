package vn.sachsong.linkage.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sachsong.io.TableException;

class RecordsTest {
    private static final Profile PROFILE = Profile.parse(
            "{\"id\": \"rec_id\", \"fields\": [{\"column\": \"surname\"}], \"blocking\": [[\"surname\"]]}");

    @TempDir
    Path dir;

    @Test
    void idsMustBePresentAndUnique() throws Exception {
        var ok = Files.writeString(dir.resolve("ok.csv"), "rec_id,surname\na1,tran\na2,le\n");
        assertThat(Records.read(ok, PROFILE).ids()).containsExactly("a1", "a2");
        var twice = Files.writeString(dir.resolve("twice.csv"), "rec_id,surname\na1,tran\na2,le\na1,pham\n");
        assertThatThrownBy(() -> Records.read(twice, PROFILE)).isInstanceOf(TableException.class)
                .hasMessage("twice.csv line 4: id 'a1' again (first on line 2); ids must be unique");
        var blank = Files.writeString(dir.resolve("blank.csv"), "rec_id,surname\na1,tran\n,le\n");
        assertThatThrownBy(() -> Records.read(blank, PROFILE)).isInstanceOf(TableException.class)
                .hasMessageContaining("blank.csv line 3: the id column 'rec_id' is empty");
    }
}
