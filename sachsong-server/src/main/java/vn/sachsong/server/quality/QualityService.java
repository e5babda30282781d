package vn.sachsong.server.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sachsong.server.dataset.Dataset;
import vn.sachsong.server.dataset.DatasetException;
import vn.sachsong.server.dataset.DatasetName;
import vn.sachsong.server.dataset.DatasetService;
import vn.sachsong.server.dataset.DecisionTaken;
import vn.sachsong.server.dataset.Members;
import vn.sachsong.server.exchange.AgencyService;
import vn.sachsong.server.feed.FeedService;

/**
 * Scores a dataset at the end of each of its runs, keeps the history, and rolls the newest score of
 * every dataset up per agency (datasets weighted by rows), per level and nationally.
 */
@Service
public class QualityService {
    private final QualityStore store;
    private final DatasetService datasets;
    private final AgencyService agencies;
    private final FeedService feed;
    private final int historyDays;

    QualityService(QualityStore store, DatasetService datasets, AgencyService agencies, FeedService feed,
            @Value("${sachsong.quality.history-days:400}") int historyDays) {
        this.store = store;
        this.datasets = datasets;
        this.agencies = agencies;
        this.feed = feed;
        this.historyDays = historyDays;
    }

    /** A dataset's newest score, or an agency's, level's or the nation's roll-up of them. */
    public record Scored(String name, Score score) {
    }

    /** The roll-ups of every dataset's newest score. */
    public record Overview(Score national, Map<String, Score> byLevel, Map<String, Score> byAgency, List<Scored> datasets) {
        /** The datasets' scores by name, in their order. */
        public Map<String, Score> byDataset() {
            var map = new LinkedHashMap<String, Score>();
            datasets.forEach(d -> map.put(d.name(), d.score()));
            return map;
        }
    }

    /** Scores a run of a dataset from what it gathered; in the run's transaction. */
    @Transactional
    public Score record(Members members, long runId) {
        var t = members.tally();
        var required = members.dataset().required();
        long readable = t.readable().values().stream().mapToLong(Long::longValue).sum();
        long compared = 0;
        long agreed = 0;
        var correctParts = new LinkedHashMap<String, Object>();
        for (var e : t.comparedAgreed().entrySet()) {
            compared += e.getValue()[0];
            agreed += e.getValue()[1];
            correctParts.put(e.getKey(), part("compared", e.getValue()[0], "agreed", e.getValue()[1],
                    Score.percent(e.getValue()[1], e.getValue()[0])));
        }
        var completeParts = new LinkedHashMap<String, Object>();
        for (var field : required) {
            long ok = t.readable().getOrDefault(field, 0L);
            completeParts.put(field, part("readable", ok, "rows", t.rows(), Score.percent(ok, t.rows())));
        }
        var parts = new LinkedHashMap<String, Object>();
        parts.put("complete", Map.of("readable_cells", readable, "required_cells", t.rows() * required.size(),
                "fields", completeParts));
        parts.put("correct", Map.of("agreed", agreed, "compared", compared, "fields", correctParts));
        long matched = t.matched() + members.linkedByDecisions();
        parts.put("clean", Map.of("matched", matched, "rows", t.rows(), "by_decisions", members.linkedByDecisions()));
        var live = feed.liveness(members.dataset().id(), members.dataset().name().agency(), members.linked());
        parts.put("live", liveParts(live));
        var score = new Score(Score.percent(agreed, compared), Score.percent(readable, t.rows() * required.size()),
                Score.percent(matched, t.rows()), live(live), t.rows(), members.size(), live.stale(), null, parts);
        var failures = new LinkedHashMap<String, List<Long>>();
        t.unreadableLines().forEach((field, lines) -> failures.put("complete." + field, lines));
        store.insert(members.dataset().id(), runId, score, failures);
        store.forget(historyDays);
        return score;
    }

    /**
     * Scores the agency's datasets' "sống" again (their members' changes reached the agency, or new
     * ones came), keeping the other scores of each one's newest; a new history entry only where
     * live or stale moved. Returns the entries written.
     */
    @Transactional
    public int rescoreLive(String agency) {
        int written = 0;
        for (var d : datasets.ofAgency(agency)) {
            var latest = store.latest(d.id());
            if (latest.isEmpty()) {
                continue;
            }
            var before = latest.get();
            var live = feed.liveness(d.id(), agency, linkedOf(before));
            var score = live(live);
            if (java.util.Objects.equals(score, before.live()) && java.util.Objects.equals(live.stale(), before.stale())) {
                continue;
            }
            var parts = new LinkedHashMap<>(before.parts());
            parts.put("live", liveParts(live));
            store.insertLive(d.id(), new Score(before.correct(), before.complete(), before.clean(), score, before.rows(),
                    before.members(), live.stale(), null, parts));
            written++;
        }
        return written;
    }

    /**
     * A person's decision moved the dataset's linked rows: "sạch" and "sống" are scored again at once,
     * in the decision's transaction; "đúng" stays the run's (a decided row's cells were not compared
     * with the person chosen).
     */
    @EventListener
    void decisionTaken(DecisionTaken decision) {
        var d = decision.dataset();
        var latest = store.latest(d.id());
        if (latest.isEmpty() || decision.linkedDelta() == 0) {
            return;
        }
        var before = latest.get();
        var parts = new LinkedHashMap<>(before.parts());
        var clean = before.parts().get("clean") instanceof Map<?, ?> m ? m : Map.of();
        long matched = number(clean.get("matched")) + decision.linkedDelta();
        long rows = clean.get("rows") == null ? before.rows() : number(clean.get("rows"));
        parts.put("clean", Map.of("matched", matched, "rows", rows,
                "by_decisions", number(clean.get("by_decisions")) + decision.linkedDelta()));
        var linked = linkedOf(before);
        var live = feed.liveness(d.id(), d.name().agency(), linked == null ? null : linked + decision.linkedDelta());
        parts.put("live", liveParts(live));
        store.insertLive(d.id(), new Score(before.correct(), before.complete(), Score.percent(matched, rows), live(live),
                before.rows(), before.members(), live.stale(), null, parts));
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    /** The linked members the newest run left, as its score recorded them (null: count them). */
    private static Long linkedOf(Score score) {
        return score.parts().get("live") instanceof Map<?, ?> live && live.get("linked") instanceof Number n ? n.longValue() : null;
    }

    private static Double live(FeedService.Liveness live) {
        return Score.percent(live.linked() - live.stale(), live.linked());
    }

    private static Map<String, Object> liveParts(FeedService.Liveness live) {
        var map = new LinkedHashMap<String, Object>();
        map.put("linked", live.linked());
        map.put("stale", live.stale());
        map.put("lag", live.lag().json());
        return map;
    }

    /** A score's part: its two counts and the score they make (null when there was nothing to count). */
    private static Map<String, Object> part(String k1, long v1, String k2, long v2, Double score) {
        var map = new LinkedHashMap<String, Object>();
        map.put(k1, v1);
        map.put(k2, v2);
        map.put("score", score);
        return map;
    }

    public Score latest(DatasetName name) {
        return store.latest(datasets.find(name).id()).orElseThrow(() -> new DatasetException(
                "dataset " + name + " has no score yet: clean a file into it (clean FILE --dataset " + name + ")"));
    }

    public List<Score> history(DatasetName name) {
        return store.history(datasets.find(name).id());
    }

    /** The first lines of the newest run that failed a rule (e.g. {@code complete.birth_date}). */
    public List<Long> failedLines(DatasetName name, String rule) {
        return store.failedLines(datasets.find(name).id(), rule);
    }

    /** Every dataset's newest score, rolled up; only the agency's own when {@code agency} is given. */
    public Overview overview(String agency) {
        return overview(agency, null);
    }

    /**
     * As {@link #overview(String)}, with each dataset's score as it stood at {@code asOf} (its oldest
     * kept, if it was scored only later); the newest when {@code asOf} is null. For trends.
     */
    public Overview overview(String agency, java.time.Instant asOf) {
        if (agency != null && agencies.find(agency).isEmpty()) {
            throw new DatasetException("no agency " + agency + "; `agency list` shows them");
        }
        var scored = new ArrayList<Scored>();
        var byAgency = new TreeMap<String, List<Score>>();
        var byLevel = new TreeMap<String, List<Score>>();
        // the datasets alone: counting every dataset's members would cost a scan of each
        for (Dataset d : datasets.all()) {
            if (agency != null && !d.name().agency().equals(agency)) {
                continue;
            }
            var latest = asOf == null ? store.latest(d.id()) : store.asOf(d.id(), asOf);
            if (latest.isEmpty()) {
                continue;
            }
            scored.add(new Scored(d.name().toString(), latest.get()));
            byAgency.computeIfAbsent(d.name().agency(), a -> new ArrayList<>()).add(latest.get());
            var level = agencies.find(d.name().agency()).map(a -> a.level().code()).orElse("ministry");
            byLevel.computeIfAbsent(level, l -> new ArrayList<>()).add(latest.get());
        }
        var agencyScores = new LinkedHashMap<String, Score>();
        byAgency.forEach((code, scores) -> agencyScores.put(code, rollUp(scores)));
        var levelScores = new LinkedHashMap<String, Score>();
        byLevel.forEach((level, scores) -> levelScores.put(level, rollUp(scores)));
        return new Overview(rollUp(scored.stream().map(Scored::score).toList()), levelScores, agencyScores, scored);
    }

    /** Scores weighted by rows, each over the scores that have a value; parts are not rolled up. */
    static Score rollUp(List<Score> scores) {
        long rows = scores.stream().mapToLong(Score::rows).sum();
        long members = scores.stream().mapToLong(Score::members).sum();
        var computedAt = scores.stream().map(Score::computedAt).filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.naturalOrder()).orElse(null);
        Long stale = scores.stream().allMatch(s -> s.stale() != null) ? scores.stream().mapToLong(Score::stale).sum() : null;
        return new Score(weighted(scores, Score::correct), weighted(scores, Score::complete), weighted(scores, Score::clean),
                weighted(scores, Score::live), rows, members, stale, computedAt, Map.of("datasets", scores.size()));
    }

    private static Double weighted(List<Score> scores, java.util.function.Function<Score, Double> value) {
        double sum = 0;
        long weight = 0;
        for (var s : scores) {
            var v = value.apply(s);
            if (v != null) {
                sum += v * s.rows();
                weight += s.rows();
            }
        }
        return weight == 0 ? null : Score.oneDecimal(sum / weight);
    }
}
