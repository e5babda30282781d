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
