package vn.sachsong.server.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.sachsong.server.system.PrivateFolder;
import vn.sachsong.server.system.SachSongProperties;

/**
 * The audit chain's head written down outside the database, in {@code DATA-DIR/audit/anchors}
 * (one line per head: entry number, hash, when), and in the log at INFO, which operators ship
 * elsewhere. The chain proves that no entry was changed or removed up to its head, but whoever can
 * write the database can also remove the newest entries and set the head back to the last one kept;
 * {@code audit verify} then compares the chain with every head written down here: a head past the
 * chain's end, or an entry whose hash is not the one written down, is a rewritten log.
 *
 * <p>A serving server writes the head every {@code sachsong.audit.anchor-seconds} (30) when it
 * moved; every command writes it once as it ends. Entries appended since the last anchor can still
 * be cut unseen. A database restored from a backup older than the last anchor is reported the same
 * way, as it has lost entries; move the file aside once that is understood.
 */
@Component
public class AuditAnchors {
    private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);
    private static final HexFormat HEX = HexFormat.of();
    private final Path file;
    private final DataSource dataSource;
    private final long everySeconds;
    private long lastSeq = -1;
    private ScheduledExecutorService timer;

    /** A head as written down. */
    public record Anchor(long seq, byte[] hash, Instant at, long line) {
    }

    AuditAnchors(SachSongProperties settings, DataSource dataSource,
            @Value("${sachsong.audit.anchor-seconds:30}") long everySeconds) {
        if (everySeconds < 1) {
            throw new IllegalArgumentException("sachsong.audit.anchor-seconds is 1 or more, not " + everySeconds);
        }
        this.file = settings.dataDir().toAbsolutePath().resolve("audit").resolve("anchors");
        this.dataSource = dataSource;
        this.everySeconds = everySeconds;
    }

    Path file() {
        return file;
    }

    @EventListener
    void start(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext() instanceof org.springframework.boot.web.server.context.WebServerApplicationContext) {
            timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("sachsong-audit-anchor").daemon().factory());
            timer.scheduleWithFixedDelay(this::anchorQuietly, everySeconds, everySeconds, TimeUnit.SECONDS);
        }
    }

    /** The head as a command or server leaves it, before the database goes. */
    @EventListener
    void stop(ContextClosedEvent closed) {
        if (timer != null) {
            timer.shutdownNow();
        }
        anchorQuietly();
    }

    private void anchorQuietly() {
        try {
            anchor();
        } catch (RuntimeException e) {
            log.debug("the audit head was not written down this time: {}", e.toString());
        }
    }

    /** Writes the database's audit head down if it moved since the last one written; returns it, or null when it did not move. */
    public synchronized Anchor anchor() {
        long seq;
        byte[] hash;
        try (var c = dataSource.getConnection(); var st = c.prepareStatement("select seq, hash from audit_head");
                var rs = st.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            seq = rs.getLong(1);
            hash = rs.getBytes(2);
        } catch (java.sql.SQLException e) {
            throw new org.springframework.dao.DataAccessResourceFailureException("cannot read the audit head: " + e.getMessage(), e);
        }
        if (lastSeq < 0) {
            var written = all();
            lastSeq = written.isEmpty() ? 0 : written.getLast().seq();
        }
        if (seq <= lastSeq) {
            return null;
        }
        var at = Instant.now();
        write(seq + " " + HEX.formatHex(hash) + " " + at + "\n");
        lastSeq = seq;
        log.info("Audit head: entry {}, hash {}", seq, HEX.formatHex(hash));
        return new Anchor(seq, hash, at, -1);
    }

    private void write(String line) {
        try {
            PrivateFolder.of(file.getParent());
            try (var out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                out.write(java.nio.ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
                out.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write down the audit head in " + file, e);
        }
    }

    /**
     * Every head written down, in the file's order; a line that cannot be read is an anchor of seq -1
     * (its line number kept), which the verifier reports: the file is not to be edited.
     */
    public List<Anchor> all() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);   // any bytes: a line not of ASCII is one unreadable
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the audit heads written down in " + file + ": " + e.getMessage(), e);
        }
        var out = new ArrayList<Anchor>();
        long number = 0;
        for (var text : lines) {
            number++;
            var parts = text.split(" ");
            try {
                out.add(new Anchor(Long.parseLong(parts[0]), HEX.parseHex(parts[1]), Instant.parse(parts[2]), number));
            } catch (RuntimeException e) {
                out.add(new Anchor(-1, new byte[0], Instant.EPOCH, number));
            }
        }
        return out;
    }

    /** The furthest head written down, -1 for none (or a file that cannot be read, which `audit verify` names). */
    long lastWritten() {
        try {
            return all().stream().mapToLong(Anchor::seq).max().orElse(-1);
        } catch (IllegalStateException e) {
            log.warn("{}", e.getMessage());
            return -1;
        }
    }
}
