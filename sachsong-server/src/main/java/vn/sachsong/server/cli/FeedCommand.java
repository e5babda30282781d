package vn.sachsong.server.cli;

import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.server.feed.FeedException;
import vn.sachsong.server.feed.FeedService;

@Command(name = "feed", description = "The registry's change feed to agencies: webhook subscriptions, status, replays.",
        subcommands = {FeedCommand.Subscribe.class, FeedCommand.Status.class, FeedCommand.Replay.class,
            FeedCommand.Unsubscribe.class})
final class FeedCommand {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static <T> T withService(GlobalOptions global, java.util.function.Function<FeedService, T> call) {
        return AppContexts.withService(global, FeedService.class, FeedException.class, call);
    }

    @Command(name = "subscribe", description = "Push the agency's events to URL (signed per Standard Webhooks); prints the"
            + " signing secret once. Subscribing again replaces the URL and the secret.")
    static final class Subscribe implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "AGENCY")
        String agency;

        @Option(names = "--url", required = true, description = "Where to POST batches, http:// or https://.")
        String url;

        @Override
        public Integer call() {
            var secret = withService(global, s -> s.subscribe(agency, url));
            System.out.printf("Subscribed %s to %s%nsecret: %s%n(shown once; the receiver checks each delivery's"
                    + " webhook-signature with it)%n", agency, url, secret);
            return 0;
        }
    }

    @Command(name = "status", description = "Per agency: events published, acknowledged and pending, the subscription's"
            + " health and the lag from publication to acknowledgement.")
    static final class Status implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Option(names = "--json", description = "One JSON document on standard output.")
        boolean json;

        @Override
        public Integer call() {
            var all = withService(global, FeedService::status);
            if (json) {
                var list = all.stream().map(FeedCommand::json).toList();
                System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(java.util.Map.of("agencies", list)));
                return 0;
            }
            System.out.printf("%-16s %10s %10s %10s  %-9s %-8s %10s %10s  %s%n", "AGENCY", "PUBLISHED", "ACKED", "PENDING",
                    "HOW", "STATE", "LAG P50 S", "LAG P95 S", "LAST ERROR");
            for (var s : all) {
                var sub = s.subscription();
                System.out.printf("%-16s %,10d %,10d %,10d  %-9s %-8s %10s %10s  %s%n", s.agency(), s.lastSeq(), s.ackedSeq(),
                        s.pending(), sub == null ? "pull" : "webhook", s.revoked() ? "revoked" : sub == null ? "-" : sub.state(), seconds(s.lag().p50()),
                        seconds(s.lag().p95()), sub == null || sub.lastError() == null ? "" : sub.lastError());
            }
            System.out.printf("%d agencies%n", all.size());
            return 0;
        }

        private static String seconds(Double s) {
            return s == null ? "-" : String.format(java.util.Locale.ROOT, "%.2f", s);
        }
    }

    static java.util.Map<String, Object> json(FeedService.Status s) {
        var map = new LinkedHashMap<String, Object>();
        map.put("agency", s.agency());
        map.put("published", s.lastSeq());
        map.put("acked", s.ackedSeq());
        map.put("pending", s.pending());
        var sub = s.subscription();
        if (sub == null) {
            map.put("subscription", null);
        } else {
            var m = new LinkedHashMap<String, Object>();
            m.put("url", sub.url());
            m.put("state", sub.state());
            m.put("failed_attempts", sub.attempts());
            m.put("next_attempt_at", text(sub.nextAttemptAt()));
            m.put("failing_since", text(sub.failingSince()));
            m.put("last_status", sub.lastStatus());
            m.put("last_error", sub.lastError());
            m.put("delivered_at", text(sub.deliveredAt()));
            map.put("subscription", m);
        }
        map.put("lag", s.lag().json());
        return map;
    }

    private static String text(java.time.Instant t) {
        return t == null ? null : t.toString();
    }

    @Command(name = "replay", description = "Deliver the agency's events --from SEQ [--to SEQ] to its webhook again"
            + " (new webhook-ids), before new ones.")
    static final class Replay implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "AGENCY")
        String agency;

        @Option(names = "--from", required = true, paramLabel = "SEQ")
        long from;

        @Option(names = "--to", paramLabel = "SEQ", description = "Default: the agency's newest event.")
        Long to;

        @Override
        public Integer call() {
            var range = withService(global, s -> s.replay(agency, from, to));
            System.out.printf("Replaying events %d..%d of %s; the server delivers them%n", range[0], range[1], agency);
            return 0;
        }
    }

    @Command(name = "unsubscribe", description = "Stop pushing the agency's events; they stay, to be pulled.")
    static final class Unsubscribe implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "AGENCY")
        String agency;

        @Override
        public Integer call() {
            withService(global, s -> {
                s.unsubscribe(agency);
                return null;
            });
            System.out.printf("Unsubscribed %s; its events stay in its feed (GET /api/v1/changes)%n", agency);
            return 0;
        }
    }

    private FeedCommand() {
    }

}
