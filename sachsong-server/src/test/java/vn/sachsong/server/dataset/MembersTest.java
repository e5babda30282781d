package vn.sachsong.server.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sachsong.cleaning.RowDigest;
import vn.sachsong.cleaning.RowOutcome;
import vn.sachsong.io.Row;

class MembersTest {
    private static final Dataset DATASET = new Dataset(7, DatasetName.parse("BO_GTVT:gplx"), "Licences",
            List.of("full_name"), "Số GPLX", Instant.EPOCH);

    @Test
    void keysAreKeptOnceInOrderThroughGrowth() {
        var keys = new MemberKeys();
        var expected = new ArrayList<String>();
        var seen = new HashSet<String>();
        var random = new Random(3);
        for (int i = 0; i < 50_000; i++) {
            var key = random.nextInt(4) == 0 ? "Đ-" + random.nextInt(1000) : Integer.toString(random.nextInt(40_000));
            assertThat(keys.add(key)).as(key).isEqualTo(seen.add(key));
            if (expected.size() < seen.size()) {
                expected.add(key);
            }
        }
        assertThat(keys.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(keys.get(i)).isEqualTo(expected.get(i));
        }
    }

    @Test
    void chunksComingOutOfOrderMakeTheMembersOfTheFileInOrder() {
        var members = new Members(DATASET);
        members.header(List.of("Họ và tên", "Số GPLX"));
        // file order: chunk 0 = lines 2-3, chunk 1 = lines 4-6, chunk 2 = line 7; they arrive 2, 0, 1
        members.rows(2, List.of(row(7, "A7")), List.of(outcome("", "unmatched", 7)));
        members.rows(0, List.of(row(2, "A1"), row(3, " ")), List.of(outcome("001090000101", "matched", 2),
                outcome("", "unmatched", 3)));
        members.rows(1, List.of(row(4, "A4"), row(5, "A1"), row(6, "A6")), List.of(outcome("079190000002", "matched", 4),
                outcome("001090000101", "matched", 5), outcome("", "review", 6)));

        assertThat(members.size()).isEqualTo(4);
        assertThat(List.of(members.key(0), members.key(1), members.key(2), members.key(3))).containsExactly("A1", "A4", "A6", "A7");
        assertThat(List.of(members.line(0), members.line(1), members.line(2), members.line(3))).containsExactly(2L, 4L, 6L, 7L);
        assertThat(members.pid(0)).isEqualTo("001090000101");
        assertThat(members.pid(1)).isEqualTo("079190000002");
        assertThat(members.pid(2)).isNull();
        assertThat(members.status(2)).isEqualTo("review");
        assertThat(members.digest(1)).isEqualTo(digest(4));
        assertThat(members.score(1)).isEqualTo(4.5);
        assertThat(members.replay(0)).hasSize(3).startsWith((byte) 2);
        assertThat(members.withoutKey()).containsExactly(3L);
        assertThat(members.repeatedKey()).containsExactly(5L);
        assertThat(members.linked()).isEqualTo(2);
    }

    @Test
    void chunksGatheredARowAtATimeOnTwoThreadsAtOnceMakeTheSameMembers() {
        var members = new Members(DATASET);
        members.header(List.of("Họ và tên", "Số GPLX"));
        var second = members.chunk(1, 2);
        var first = members.chunk(0, 2);
        second.row(row(4, "A4"), outcome("079190000002", "matched", 4));
        first.row(row(2, "A1"), outcome("001090000101", "matched", 2));
        second.row(row(5, "A1"), outcome("001090000101", "matched", 5));
        first.row(row(3, "A3"), outcome("", "unmatched", 3));
        second.end();
        first.end();
        assertThat(List.of(members.key(0), members.key(1), members.key(2))).containsExactly("A1", "A3", "A4");
        assertThat(members.pidNumber(0)).isEqualTo(1_090_000_101L);
        assertThat(members.pid(2)).isEqualTo("079190000002");
        assertThat(members.repeatedKey()).containsExactly(5L);
        var cut = members.chunk(2, 2);
        cut.row(row(6, "A6"), outcome("", "unmatched", 6));
        assertThatThrownBy(cut::end).hasMessageContaining("1 rows of 2");
    }

    @Test
    void aMemberThatKeptTheLastRunsDecisionHasItsReplayFromTheLastRunsLinks() {
        var last = new PriorLinks();
        var d = digest(2);
        last.add(PriorLinks.hash("A1"), PriorLinks.half(d, 0), PriorLinks.half(d, 8), 1_090_000_101L, 0.9,
                new byte[] {3, 1, 4}, 2);
        last.freeze();
        var members = new Members(DATASET);
        members.header(List.of("Họ và tên", "Số GPLX"));
        var kept = new RowOutcome("001090000101", "matched", 0, 0, 0, 0.9, new byte[] {3, 1, 4}, d, null, 0);
        members.rows(0, List.of(row(2, "A1"), row(3, "A3")), List.of(kept, outcome("", "unmatched", 3)));
        assertThat(members.earlier(0)).isZero();
        assertThat(members.replay(1)).startsWith((byte) 3);
        assertThatThrownBy(() -> members.replay(0)).hasMessageContaining("links were not given");
        members.keptFrom(last);
        assertThat(members.replay(0)).containsExactly(3, 1, 4);
        assertThat(members.keyHash(0)).isEqualTo(PriorLinks.hash("A1"));
        assertThat(members.keyHash(1)).isEqualTo(PriorLinks.hash("A3"));
        assertThat(members.digestHalf(0, 0)).isEqualTo(PriorLinks.half(d, 0));
        assertThat(members.digestHalf(0, 8)).isEqualTo(PriorLinks.half(d, 8));
    }

    /** A links file written from members that kept the last run's decisions reads back as written from their own. */
    @Test
    void keptMembersWriteTheLinksFileTheirOwnReplaysWould(@TempDir Path dir) throws IOException {
        var last = new PriorLinks();
        var fresh = new Members(DATASET);
        var reused = new Members(DATASET);
        fresh.header(List.of("Họ và tên", "Số GPLX"));
        reused.header(List.of("Họ và tên", "Số GPLX"));
        var freshRows = new ArrayList<RowOutcome>();
        var reusedRows = new ArrayList<RowOutcome>();
        var rows = new ArrayList<Row>();
        for (int i = 0; i < 5_000; i++) {
            var d = digest(i);
            var replay = new byte[i % 300];
            java.util.Arrays.fill(replay, (byte) i);
            last.add(PriorLinks.hash("K" + i), PriorLinks.half(d, 0), PriorLinks.half(d, 8), 1_090_000_000L + i, 0.75,
                    replay, i + 2);
            rows.add(row(i + 2, "K" + i));
            var pid = "%012d".formatted(1_090_000_000L + i);
            freshRows.add(new RowOutcome(pid, "matched", 0, 0, 0, 0.75, replay, d, null, -1));
            reusedRows.add(new RowOutcome(pid, "matched", 0, 0, 0, 0.75, replay, d, null, i));
        }
        last.freeze();
        fresh.rows(0, rows, freshRows);
        reused.rows(0, rows, reusedRows);
        reused.keptFrom(last);
        LinksFile.write(dir.resolve("fresh.links"), "run 1", fresh);
        LinksFile.write(dir.resolve("reused.links"), "run 1", reused);
        assertThat(Files.readAllBytes(dir.resolve("reused.links"))).isEqualTo(Files.readAllBytes(dir.resolve("fresh.links")));
    }

    @Test
    void aPidReadsAsLongParseLongReadsIt() {
        for (var pid : List.of("001090000101", "999999999999", "000000000000", "079190000002", "12345", "0123456789012")) {
            assertThat(Members.pidNumber(pid)).as(pid).isEqualTo(Long.parseLong(pid));
        }
        assertThat(Members.pidNumber("")).isEqualTo(-1);
        assertThatThrownBy(() -> Members.pidNumber("00109000010x")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void aMissingChunkIsAnErrorNotAShortList() {
        var members = new Members(DATASET);
        members.header(List.of("Số GPLX"));
        members.rows(1, List.of(row(4, "A4")), List.of(outcome("", "unmatched", 4)));
        assertThatThrownBy(members::size).hasMessageContaining("chunk 0");
    }

    @Test
    void linksFileReadsBackWhatWasWrittenAndRefusesADamagedOne(@TempDir Path dir) throws IOException {
        var members = new Members(DATASET);
        members.header(List.of("Số GPLX"));
        int n = 30_000;   // past the 1 MiB buffer, so the file is written and read in several pieces
        var rows = new ArrayList<Row>();
        var outcomes = new ArrayList<RowOutcome>();
        for (int i = 0; i < n; i++) {
            rows.add(row(i + 2, "K" + i));
            // unmatched and linked rows keep what their run derived (a replay); a review row has none
            outcomes.add(i % 3 == 0 ? outcome("", "unmatched", i) : i % 5 == 4
                    ? new RowOutcome("", "review", 0, 0, 0, 0.5, null, digest(i), null, -1)
                    : outcome("%012d".formatted(1_090_000_000L + i), "matched", i));
        }
        members.rows(0, rows, outcomes);
        var file = dir.resolve("7.links");
        LinksFile.write(file, "run 1", members);

        var pids = new ArrayList<Long>();
        var replays = new ArrayList<Integer>();
        var lines = new ArrayList<Long>();
        assertThat(LinksFile.read(file, "run 1", (key, high, low, pid, score, replay, line) -> {
            pids.add(pid);
            replays.add(replay == null ? -1 : replay.length);
            lines.add(line);
        })).isTrue();
        assertThat(lines).as("each member's line").hasSize(n).startsWith(2L, 3L, 4L).endsWith(n + 1L);
        assertThat(pids).hasSize(n).startsWith(-1L, 1_090_000_001L, 1_090_000_002L, -1L, -1L, 1_090_000_005L);
        for (int i = 0; i < n; i++) {
            int kept = i % 3 != 0 && i % 5 == 4 ? -1 : i % 50 + 1;
            assertThat(replays.get(i)).as("member %d's replay", i).isEqualTo(kept);
        }
        assertThat(LinksFile.read(file, "run 2", (key, high, low, pid, score, replay, line) -> { })).isFalse();

        var bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        var read = new ArrayList<Long>();
        assertThat(LinksFile.read(file, "run 1", (key, high, low, pid, score, replay, line) -> read.add(pid))).isFalse();
        assertThat(read).isEmpty();
    }

    private static Row row(long line, String key) {
        return new Row(line, List.of("Nguyễn Văn " + line, key));
    }

    private static byte[] digest(long line) {
        return RowDigest.of(List.of("cells of", Long.toString(line)));
    }

    private static RowOutcome outcome(String pid, String status, long line) {
        var replay = new byte[(int) (line % 50) + 1];
        replay[0] = (byte) line;
        return new RowOutcome(pid, status, 0, 0, 0, line + 0.5, replay, digest(line), null, -1);
    }
}
