package vn.sachsong.server.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sachsong.server.dataset.Dataset;
import vn.sachsong.server.dataset.DatasetException;
import vn.sachsong.server.dataset.DatasetName;
import vn.sachsong.server.dataset.DatasetService;

@Command(name = "dataset", description = "Agencies' datasets kept by the hub: create, list, decide review rows.",
        subcommands = {DatasetCommand.Create.class, DatasetCommand.ListDatasets.class, DatasetCommand.Decide.class})
final class DatasetCommand {

    /** Runs one service call in a batch context; an unknown dataset or a bad definition is bad input (status 2). */
    static <T> T withService(GlobalOptions global, Function<DatasetService, T> call) {
        return AppContexts.withService(global, DatasetService.class, DatasetException.class, call);
    }

    /** The name as given, or one line of bad input. */
    static DatasetName name(String text) {
        try {
            return DatasetName.parse(text);
        } catch (DatasetException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    @Command(name = "create", description = "Create an agency's dataset; `clean FILE --dataset AGENCY:NAME` then runs into it.")
    static final class Create implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "AGENCY:NAME", description = "The agency's code and the dataset's name, e.g. BO_GTVT:gplx.")
        String name;

        @Option(names = "--title", required = true, description = "What the dataset is, e.g. \"Giấy phép lái xe\".")
        String title;

        @Option(names = "--required", split = ",", required = true, paramLabel = "F1,F2",
                description = "Fields every row must have, of full_name, birth_date, sex, pid, old_id, address.")
        List<String> required;

        @Option(names = "--key", paramLabel = "COLUMN",
                description = "The column holding the agency's own record number, e.g. \"Số GPLX\" (default: the row's line).")
        String key;

        @Override
        public Integer call() {
            var dataset = name(name);
            var created = withService(global, s -> s.create(dataset, title, required, key));
            System.out.printf("Created dataset %s (%s), requiring %s, rows keyed by %s%n", created.name(), created.title(),
                    String.join(",", created.required()), keyOf(created));
            return 0;
        }
    }

    @Command(name = "list", description = "List the datasets with their members by decision.")
    static final class ListDatasets implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Override
        public Integer call() {
            var summaries = withService(global, DatasetService::list);
            System.out.printf("%-28s %-24s %10s %10s %10s %10s  %s%n", "DATASET", "KEY", "MEMBERS", "MATCHED", "REVIEW",
                    "UNMATCHED", "TITLE");
            for (var s : summaries) {
                System.out.printf("%-28s %-24s %,10d %,10d %,10d %,10d  %s%n", s.dataset().name(), keyOf(s.dataset()),
                        s.total(), s.members().get("matched"), s.members().get("review"), s.members().get("unmatched"),
                        s.dataset().title());
            }
            System.out.printf("%d datasets%n", summaries.size());
            return 0;
        }
    }

    @Command(name = "decide", description = "Decide a row of the dataset's last run: it is this person (--pid) or"
            + " no one in the registry (--none). Holds across runs until the row's cells change.")
    static final class Decide implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(index = "0", paramLabel = "AGENCY:NAME")
        String name;

        @Parameters(index = "1", paramLabel = "ROWKEY", description = "The row's key (its key column's value, or its line).")
        String rowKey;

        @ArgGroup(multiplicity = "1")
        Choice choice;

        static final class Choice {
            @Option(names = "--pid", paramLabel = "PID", description = "The row is this person.")
            String pid;

            @Option(names = "--none", description = "The row is no one in the registry.")
            boolean none;
        }

        @Override
        public Integer call() {
            var dataset = name(name);
            String by = System.getProperty("user.name", "unknown");
            withService(global, s -> {
                s.decide(dataset, rowKey, choice.none ? null : choice.pid, by);
                return null;
            });
            System.out.printf("Row %s of %s: %s (decided by %s)%n", rowKey, dataset,
                    choice.none ? "no one in the registry" : "person " + choice.pid, by);
            return 0;
        }
    }

    private static String keyOf(Dataset d) {
        return d.keyColumn() == null ? "line" : "'" + d.keyColumn() + "'";
    }
}
