package vn.sachsong.server.feed;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One thin event of an agency's feed: who changed and which fields (those its policy opens), never
 * the values; the agency reads them through the audited lookup.
 *
 * @param id the change's id, the same in every agency's feed
 * @param type person.created, person.updated or person.died
 */
public record FeedEvent(long seq, String id, String type, String pid, List<String> fields, Instant changedAt) {
    /**
     * The same JSON as {@link #json()}, written directly: every value is ASCII that needs no
     * escaping (a number, a type, 12 digits, field names, an ISO instant), and a batch holds thousands.
     */
    void appendJson(StringBuilder out) {
        out.append("{\"seq\":").append(seq).append(",\"id\":\"").append(id).append("\",\"type\":\"").append(type)
                .append("\",\"pid\":\"").append(pid).append("\",\"fields\":[");
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "\"" : ",\"").append(fields.get(i)).append('"');
        }
        out.append("],\"changed_at\":\"").append(changedAt).append("\"}");
    }

    /** As DESIGN.md names the keys. */
    public Map<String, Object> json() {
        var map = new LinkedHashMap<String, Object>();
        map.put("seq", seq);
        map.put("id", id);
        map.put("type", type);
        map.put("pid", pid);
        map.put("fields", fields);
        map.put("changed_at", changedAt.toString());
        return map;
    }
}
