package vn.sachsong.server.procedure;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import vn.sachsong.server.registry.CsvRecordReader;
import vn.sachsong.server.registry.Quoted;
import vn.sachsong.server.registry.Reject;
import vn.sachsong.server.registry.FileTrouble;
import vn.sachsong.server.registry.RegistryFileException;
import vn.sachsong.server.registry.RejectsFile;

/**
 * The procedure catalogue: the product's own common procedures (added on start when missing, never
 * over an operator's change) and what the operator imports. Reads come from a copy in memory,
 * read again a few seconds after it was read or when a code is not in it, so a catalogue imported by
 * another process is seen at once for new codes and within seconds for changed ones.
 */
@Service
public class ProcedureCatalogue implements SmartInitializingSingleton {
    static final String SHIPPED = "/vn/sachsong/server/procedure/catalogue.csv";
    private static final long FRESH_NANOS = 5_000_000_000L;
    private final ProcedureStore store;
    private volatile Map<String, Procedure> cached = Map.of();
    private volatile long readAt;

    ProcedureCatalogue(ProcedureStore store) {
        this.store = store;
    }

    /** What {@code procedures import} did. */
    public record ImportSummary(long rows, int added, int updated, long rejected, Path rejectsFile) {
    }

    @Override
    public void afterSingletonsInstantiated() {
        store.upsert(shipped(), false);
    }

    public Optional<Procedure> find(String code) {
        var p = fresh().get(code);
        if (p == null && System.nanoTime() - readAt > 100_000_000L) {
            p = reload().get(code);
        }
        return Optional.ofNullable(p);
    }

    public List<Procedure> list() {
        return List.copyOf(reload().values());
    }

    /** The procedures the product ships, as parsed from its resource. */
    public static List<Procedure> shipped() {
        try (var reader = CsvRecordReader.of(new InputStreamReader(ProcedureCatalogue.class.getResourceAsStream(SHIPPED),
                StandardCharsets.UTF_8))) {
            int columns = reader.next().size();
            var out = new ArrayList<Procedure>();
            for (var row = reader.next(); row != null; row = reader.next()) {
                if (CatalogueCsv.parse(row, columns) instanceof CatalogueCsv.Valid v) {
                    out.add(v.procedure());
                } else {
                    throw new IllegalStateException("shipped catalogue line " + reader.recordLine() + " is broken");
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or updates the file's procedures in one statement; rows that break a rule go to {@code FILE.rejects.csv}. */
    public ImportSummary importFile(Path file) {
        var rejectsPath = RejectsFile.besides(file);
        try (var reader = CsvRecordReader.open(file); var rejects = new RejectsFile(rejectsPath)) {
            var header = reader.next();
            var names = ImportFiles.names(header);
            if (!CatalogueCsv.isHeader(names)) {
                throw new ProcedureException(file + ": line 1: " + (header == null ? "the file is empty" : FileTrouble.headerDifference(
                        names.size() == CatalogueCsv.HEADER.size() - 1 ? CatalogueCsv.HEADER.subList(0, names.size()) : CatalogueCsv.HEADER,
                        names)) + "; expected the header " + String.join(",", CatalogueCsv.HEADER) + " (result_type optional)");
            }
            var valid = new LinkedHashMap<String, Procedure>();
            var lines = new HashMap<String, Long>();
            long rows = 0;
            for (var row = reader.next(); row != null; row = reader.next()) {
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                rows++;
                switch (CatalogueCsv.parse(row, names.size())) {
                    case CatalogueCsv.Invalid bad -> rejects.add(new Reject(reader.recordLine(), bad.column(), Quoted.of(bad.value()),
                            bad.reason()));
                    case CatalogueCsv.Valid ok -> {
                        var code = ok.procedure().code();
                        var first = valid.get(code);
                        if (first == null) {
                            valid.put(code, ok.procedure());
                            lines.put(code, reader.recordLine());
                        } else if (!first.equals(ok.procedure())) {   // as a dossier log keeps its first row of a code
                            rejects.add(new Reject(reader.recordLine(), "procedure_code", Quoted.of(code),
                                    "given again with other content than on line " + lines.get(code)));
                        }
                    }
                }
            }
            if (names.size() < CatalogueCsv.HEADER.size()) {   // no result_type column: a stored procedure keeps its own
                var stored = reload();
                valid.replaceAll((code, p) -> stored.containsKey(code) ? new Procedure(p.code(), p.name(), p.level(), p.agency(),
                        p.evidenceTypes(), stored.get(code).resultType()) : p);
            }
            var counts = valid.isEmpty() ? new int[2] : store.upsert(valid.values(), true);
            reload();
            return new ImportSummary(rows, counts[0], counts[1], rejects.count(), rejects.count() == 0 ? null : rejectsPath);
        } catch (RegistryFileException | IOException e) {
            throw ImportFiles.unreadable(file, e);
        }
    }

    private Map<String, Procedure> fresh() {
        return System.nanoTime() - readAt > FRESH_NANOS ? reloadIfStale() : cached;
    }

    /** Read again once by the first thread to find it stale; the others waiting meanwhile take that copy. */
    private synchronized Map<String, Procedure> reloadIfStale() {
        return System.nanoTime() - readAt > FRESH_NANOS ? reload() : cached;
    }

    private synchronized Map<String, Procedure> reload() {
        var all = new LinkedHashMap<String, Procedure>();
        store.list().forEach(p -> all.put(p.code(), p));
        cached = Map.copyOf(all);
        readAt = System.nanoTime();
        return all;
    }
}
