package vn.sachsong.server.procedure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changes to the three rates' counts per month and agency, gathered over a batch and added to
 * {@code procedure_month} in one statement of the batch's transaction. Rows are changed in
 * (month, agency) order, so two writers never lock them in opposite orders.
 */
final class MonthCounts {
    private record Key(LocalDate month, String agency) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = month.compareTo(o.month);
            return c != 0 ? c : agency.compareTo(o.agency);
        }
    }

    private final Map<Key, long[]> counts = new TreeMap<>();

    void dossier(LocalDate month, String agency, boolean digitised, boolean reused) {
        var c = counts.computeIfAbsent(new Key(month, agency), k -> new long[5]);
        c[0]++;
        c[1] += digitised ? 1 : 0;
        c[2] += reused ? 1 : 0;
    }

    void result(LocalDate month, String agency, boolean electronic) {
        var c = counts.computeIfAbsent(new Key(month, agency), k -> new long[5]);
        c[3]++;
        c[4] += electronic ? 1 : 0;
    }

    void addTo(Connection c) throws SQLException {
        if (counts.isEmpty()) {
            return;
        }
        int n = counts.size();
        var months = new Date[n];
        var agencies = new String[n];
        var values = new Long[5][n];
        int i = 0;
        for (var e : counts.entrySet()) {
            months[i] = Date.valueOf(e.getKey().month());
            agencies[i] = e.getKey().agency();
            for (int k = 0; k < 5; k++) {
                values[k][i] = e.getValue()[k];
            }
            i++;
        }
        try (var st = c.prepareStatement("""
                insert into procedure_month (month, agency, dossiers, digitised, reused, results, electronic_results)
                select * from unnest(?::date[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[])
                on conflict (month, agency) do update set dossiers = procedure_month.dossiers + excluded.dossiers,
                    digitised = procedure_month.digitised + excluded.digitised, reused = procedure_month.reused + excluded.reused,
                    results = procedure_month.results + excluded.results,
                    electronic_results = procedure_month.electronic_results + excluded.electronic_results""")) {
            st.setArray(1, c.createArrayOf("date", months));
            st.setArray(2, c.createArrayOf("text", agencies));
            for (int k = 0; k < 5; k++) {
                st.setArray(3 + k, c.createArrayOf("int8", values[k]));
            }
            st.executeUpdate();
        }
    }
}
