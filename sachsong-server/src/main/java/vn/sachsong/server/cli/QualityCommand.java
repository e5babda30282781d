package vn.sachsong.server.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.server.dataset.DatasetException;
import vn.sachsong.server.quality.QualityService;
import vn.sachsong.server.quality.Score;

@Command(name = "quality", description = "The four scores (đúng correct, đủ complete, sạch clean, sống live) of datasets,"
        + " agencies, levels and the nation.", subcommands = {QualityCommand.Show.class, QualityCommand.History.class})
final class QualityCommand {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static <T> T withService(GlobalOptions global, java.util.function.Function<QualityService, T> call) {
        return AppContexts.withService(global, QualityService.class, DatasetException.class, call);
    }

    static void printScore(String label, Score s) {
        System.out.printf("%s: đúng correct %s, đủ complete %s, sạch clean %s, sống live %s (%,d rows, %,d members)%n", label,
                value(s.correct()), value(s.complete()), value(s.clean()), value(s.live()), s.rows(), s.members());
    }

    private static String value(Double v) {
        return v == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    private static void printJson(Object value) {
        System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value));
    }

    @Command(name = "show", description = "Newest scores: nationally, per level and per agency; of one agency's datasets"
            + " (AGENCY); or of one dataset with its parts (AGENCY:NAME).")
    static final class Show implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(arity = "0..1", paramLabel = "AGENCY | AGENCY:NAME")
        String target;

        @Option(names = "--json", description = "One JSON document on standard output.")
        boolean json;

        @Override
        public Integer call() {
            if (target != null && target.contains(":")) {
                var name = DatasetCommand.name(target);
                var score = withService(global, s -> s.latest(name));
                if (json) {
                    printJson(score.jsonWithParts());
                } else {
                    printScore(name.toString(), score);
                    System.out.println("Parts: " + JSON.writeValueAsString(score.parts()));
                }
                return 0;
            }
            var overview = withService(global, s -> s.overview(target));
            if (json) {
                var map = new LinkedHashMap<String, Object>();
                map.put("national", overview.national().json());
                map.put("by_level", Score.json(overview.byLevel()));
                map.put("by_agency", Score.json(overview.byAgency()));
                map.put("datasets", Score.json(overview.byDataset()));
                printJson(map);
                return 0;
            }
            printScore(target == null ? "National" : target, overview.national());
            overview.byLevel().forEach((level, score) -> printScore("  level " + level, score));
            overview.byAgency().forEach((code, score) -> printScore("  agency " + code, score));
            overview.datasets().forEach(d -> printScore("    dataset " + d.name(), d.score()));
            return 0;
        }
    }

    @Command(name = "history", description = "Every stored score of a dataset, oldest first.")
    static final class History implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "AGENCY:NAME")
        String target;

        @Option(names = "--json", description = "One JSON document on standard output.")
        boolean json;

        @Override
        public Integer call() {
            var name = DatasetCommand.name(target);
            List<Score> scores = withService(global, s -> s.history(name));
            if (json) {
                printJson(scores.stream().map(Score::json).toList());
                return 0;
            }
            for (var s : scores) {
                printScore(s.computedAt().toString(), s);
            }
            System.out.printf("%d scores%n", scores.size());
            return 0;
        }
    }
}
