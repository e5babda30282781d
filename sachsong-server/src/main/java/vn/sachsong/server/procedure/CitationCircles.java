package vn.sachsong.server.procedure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rows of a dossier log that cite each other's results in a circle (A cites B's result, B cites
 * A's): none of those results can have been issued before the other dossier reused it, yet each
 * citation alone passes its checks. Every row on a circle is rejected; over the API a cited result
 * must be stored already, so no circle can form there.
 *
 * <p>Only a citation of a result the same log issues on the day the citing dossier is received can
 * lie on a circle: around one, each dossier is received no earlier than the result it cites is
 * issued, and issues its own result no earlier than it is received, so every day on it is the same.
 * Those few citations are read out, and the circles found among them as the strongly connected
 * components of more than one row (Tarjan's algorithm, linear in the citations read).
 */
final class CitationCircles {
    /** A citation: the citing row's line, the cited row's line, the result code cited. */
    record Citation(long from, long to, String cited) {
    }

    private static final String SAME_DAY = """
            select s.line, x.line, e.cited
            from dossier_stage s cross join unnest(s.evidence) as e(cited)
            join dossier_stage x on x.result_code = e.cited
            where cardinality(s.evidence) > 0 and s.existing is null
                and (x.result_issued_at at time zone interval '+07:00')::date = (s.received_at at time zone interval '+07:00')::date
            order by s.line, e.cited""";

    private CitationCircles() {
    }

    /** Rejects the stage's rows that lie on a circle of citations; returns how many. */
    static int reject(Connection c) throws SQLException {
        var citations = new ArrayList<Citation>();
        try (var st = c.createStatement(); var rs = st.executeQuery(SAME_DAY)) {
            while (rs.next()) {
                citations.add(new Citation(rs.getLong(1), rs.getLong(2), rs.getString(3)));
            }
        }
        var circled = onCircles(citations);
        if (circled.isEmpty()) {
            return 0;
        }
        var lines = circled.keySet().toArray(Long[]::new);
        var cited = circled.values().toArray(String[]::new);
        try (var st = c.prepareStatement("""
                with gone as (delete from dossier_stage s using unnest(?::bigint[], ?::text[]) as k(line, cited)
                              where s.line = k.line returning k.line, k.cited)
                insert into dossier_reject select line, 'evidence_codes', cited,
                    'cites a result of a dossier that cites this one''s result (a circle)', 'EVIDENCE_NOT_YET_ISSUED' from gone""")) {
            st.setArray(1, c.createArrayOf("int8", lines));
            st.setArray(2, c.createArrayOf("text", cited));
            return st.executeUpdate();
        }
    }

    /** The lines on a circle, each with the first result it cites on that circle, in line order. */
    static Map<Long, String> onCircles(List<Citation> citations) {
        var out = new HashMap<Long, List<Citation>>();
        for (var c : citations) {
            out.computeIfAbsent(c.from(), k -> new ArrayList<>()).add(c);
        }
        var component = components(out);
        var circled = new TreeMap<Long, String>();
        var size = new HashMap<Integer, Integer>();
        component.values().forEach(id -> size.merge(id, 1, Integer::sum));
        for (var c : citations) {
            var id = component.get(c.from());
            if (id != null && size.get(id) > 1 && id.equals(component.get(c.to()))) {
                circled.merge(c.from(), c.cited(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        return circled;
    }

    /** Tarjan's strongly connected components, without recursion (a long chain must not overflow the stack). */
    private static Map<Long, Integer> components(Map<Long, List<Citation>> out) {
        var index = new HashMap<Long, Integer>();
        var low = new HashMap<Long, Integer>();
        var component = new HashMap<Long, Integer>();
        var stack = new ArrayDeque<Long>();
        var onStack = new java.util.HashSet<Long>();
        int next = 0;
        int components = 0;
        var nodes = new java.util.TreeSet<Long>(out.keySet());
        out.values().forEach(list -> list.forEach(c -> nodes.add(c.to())));
        for (var root : nodes) {
            if (index.containsKey(root)) {
                continue;
            }
            var work = new ArrayDeque<long[]>();   // {node, next edge to follow}
            work.push(new long[] {root, 0});
            index.put(root, next);
            low.put(root, next++);
            stack.push(root);
            onStack.add(root);
            while (!work.isEmpty()) {
                var frame = work.peek();
                long node = frame[0];
                var edges = out.getOrDefault(node, List.of());
                if (frame[1] < edges.size()) {
                    long to = edges.get((int) frame[1]++).to();
                    if (!index.containsKey(to)) {
                        index.put(to, next);
                        low.put(to, next++);
                        stack.push(to);
                        onStack.add(to);
                        work.push(new long[] {to, 0});
                    } else if (onStack.contains(to)) {
                        low.put(node, Math.min(low.get(node), index.get(to)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    long parent = work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(node)));
                }
                if (low.get(node).equals(index.get(node))) {
                    long member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.put(member, components);
                    } while (member != node);
                    components++;
                }
            }
        }
        return component;
    }
}
