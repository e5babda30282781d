package vn.sachsong.server.dataset;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.cleaning.ReviewItem;
import vn.sachsong.linkage.Candidate;
import vn.sachsong.server.system.CopyWriter;

/**
 * The dataset_review table: a run's review rows with what a reviewer needs (the row's cells, the
 * reason, the best candidates with each field's level and weight), replaced with the members.
 */
final class ReviewRows {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() { };

    private ReviewRows() {
    }

    /**
     * The dataset's review rows become the run's: a row already stored with the same content (its
     * {@code content_hash}) stays, the others are deleted, and the run's new or changed rows are
     * written. A re-clean's review rows are mostly the last run's, and rewriting their JSONB was most
     * of storing them.
     */
    static void replace(JdbcClient jdbc, JdbcTemplate template, Members m) {
        long id = m.dataset().id();
        var rows = new ArrayList<String[]>(m.reviewKeys.size());
        var hashes = new ArrayList<byte[]>(m.reviewKeys.size());
        var wanted = new java.util.HashMap<String, byte[]>();
        for (int i = 0; i < m.reviewKeys.size(); i++) {
            var item = m.reviewItems.get(i);
            var row = new String[] {m.reviewKeys.get(i), Long.toString(item.line()),
                BigDecimal.valueOf(item.candidates().getFirst().score()).setScale(4, java.math.RoundingMode.HALF_UP)
                        .toPlainString(),
                item.reason(), JSON.writeValueAsString(cells(m.titles(), m.reviewCells.get(i))),
                JSON.writeValueAsString(candidates(item))};
            rows.add(row);
            hashes.add(hash(row));
            wanted.put(row[0], hashes.getLast());
        }
        var gone = new ArrayList<String>();
        var kept = new java.util.HashSet<String>();
        jdbc.sql("select row_key, content_hash from dataset_review where dataset_id = ?").param(id).query(rs -> {
            var key = rs.getString(1);
            var hash = rs.getBytes(2);
            if (hash != null && java.util.Arrays.equals(hash, wanted.get(key))) {
                kept.add(key);
            } else {
                gone.add(key);
            }
        });
        if (!gone.isEmpty()) {
            template.execute((ConnectionCallback<Integer>) c -> {
                try (var st = c.prepareStatement("delete from dataset_review where dataset_id = ? and row_key = any(?)")) {
                    st.setLong(1, id);
                    st.setArray(2, c.createArrayOf("text", gone.toArray()));
                    return st.executeUpdate();
                }
            });
        }
        if (kept.size() == rows.size()) {
            return;
        }
        template.execute((ConnectionCallback<Void>) c -> {
            var copy = new PGCopyOutputStream(c.unwrap(PGConnection.class), "copy dataset_review (dataset_id, row_key, line,"
                    + " score, reason, row_cells, candidates, content_hash) from stdin", 1 << 16);
            try {
                var writer = new CopyWriter(copy);
                var dataset = Long.toString(id);
                var hex = java.util.HexFormat.of();
                for (int i = 0; i < rows.size(); i++) {
                    var row = rows.get(i);
                    if (!kept.contains(row[0])) {
                        writer.row(dataset, row[0], row[1], row[2], row[3], row[4], row[5], "\\x" + hex.formatHex(hashes.get(i)));
                    }
                }
                copy.close();
            } catch (java.io.IOException e) {
                throw new SQLException("the database did not take the review rows: " + e.getMessage(), e);
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            return null;
        });
    }

    /** SHA-256 of a review row's key, line, score, reason and JSON, each ended by a 0 byte. */
    private static byte[] hash(String[] row) {
        try {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            for (var part : row) {
                sha.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return sha.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The row's non-blank cells as [title, value] pairs, in the file's order. */
    private static List<List<String>> cells(List<String> titles, List<String> cells) {
        var pairs = new ArrayList<List<String>>();
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                pairs.add(List.of(i < titles.size() ? titles.get(i) : "#" + (i + 1), cells.get(i)));
            }
        }
        return pairs;
    }

    private static List<Map<String, Object>> candidates(ReviewItem item) {
        var list = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < item.candidates().size(); i++) {
            list.add(candidate(item.candidates().get(i), item.deceased().get(i)));
        }
        return list;
    }

    private static Map<String, Object> candidate(Candidate c, boolean deceased) {
        var map = new LinkedHashMap<String, Object>();
        map.put("pid", c.pid());
        map.put("score", c.score());
        map.put("log2_odds", c.log2Odds());
        map.put("prior", c.explanation().prior());
        map.put("deceased", deceased);
        map.put("fields", c.explanation().fields().stream().map(f -> Map.<String, Object>of("field", f.field(),
                "level", f.level(), "weight", f.weight(), "tf_adjusted", f.tfAdjusted())).toList());
        return map;
    }

    static List<Map<String, Object>> readCandidates(String json) {
        return JSON.readValue(json, LIST);
    }

    static List<List<String>> readCells(String json) {
        return JSON.readValue(json, new TypeReference<List<List<String>>>() { });
    }
}
