package vn.sachsong.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import vn.sachsong.cleaning.Progress;
import vn.sachsong.server.cleaning.CleaningService;
import vn.sachsong.server.dataset.DatasetName;
import vn.sachsong.server.dataset.DatasetService;
import vn.sachsong.server.exchange.AgencyLevel;
import vn.sachsong.server.exchange.AgencyService;
import vn.sachsong.server.exchange.NewAgency;
import vn.sachsong.server.exchange.RegistryField;
import vn.sachsong.server.feed.FeedService;
import vn.sachsong.server.quality.QualityService;
import vn.sachsong.server.registry.RegistryImporter;

/**
 * The demo's living data: three ministries and a province, each cleaning one of the generator's
 * files into its dataset; then a day of registry changes (deaths and moves) of which one agency
 * reads its feed and the others do not, so their "sống" differs.
 */
final class DemoLivingData {
    /** agency, level, name, dataset, file, key column (null: the line). */
    private record Holder(String agency, AgencyLevel level, String name, String dataset, String file, String key) {
    }

    private static final List<Holder> HOLDERS = List.of(
            new Holder("BO_GTVT", AgencyLevel.MINISTRY, "Bộ Giao thông vận tải", "gplx", "driving_licences.csv", "Số GPLX"),
            new Holder("BO_NOIVU", AgencyLevel.MINISTRY, "Bộ Nội vụ", "cbcc", "civil_servants.csv", null),
            new Holder("BHXH", AgencyLevel.MINISTRY, "Bảo hiểm xã hội Việt Nam", "bhxh", "social_insurance.csv", null),
            new Holder("TP_HANOI", AgencyLevel.PROVINCE, "UBND Thành phố Hà Nội", "nhan_khau", "household_members.csv", null));
    /** The agency that reads its feed in the demo; the others leave theirs unread. */
    static final String READER = "BO_GTVT";

    private DemoLivingData() {
    }

    static void run(ConfigurableApplicationContext context, Path folder) throws IOException {
        var agencies = context.getBean(AgencyService.class);
        var datasets = context.getBean(DatasetService.class);
        var cleaning = context.getBean(CleaningService.class);
        for (var h : HOLDERS) {
            if (agencies.find(h.agency()).isEmpty()) {
                agencies.create(new NewAgency(h.agency(), h.name(), h.level(), EnumSet.allOf(RegistryField.class),
                        Set.of("demo"), 100, false));
            }
            var name = new DatasetName(h.agency(), h.dataset());
            // find, not list: a list counts every dataset's members
            var dataset = datasets.ofAgency(h.agency()).stream().filter(d -> d.name().equals(name)).findFirst()
                    .orElseGet(() -> datasets.create(name, h.file(), List.of("full_name", "birth_date", "pid"), h.key()));
            var base = h.file().replace(".csv", "");
            var outcome = cleaning.clean(folder.resolve(h.file()), folder.resolve(base + ".cleaned.csv"),
                    folder.resolve(base + ".report.html"), Map.of(), Progress.NONE, datasets.membersFor(dataset));
            System.out.printf("   %s (%s): %s%n", name, h.level().code(), outcome.report().headline());
        }
        var day = dayOfChanges(folder);
        var summary = context.getBean(RegistryImporter.class).importFile(day, "demo");
        var feed = context.getBean(FeedService.class);
        feed.publish();
        System.out.printf("   A day of registry changes: %,d deaths, %,d moves%n", summary.deaths(), summary.updated());
        long read = 0;
        for (long after = 0; ; ) {
            var page = feed.pull(READER, after, FeedService.MAX_PULL);
            if (page.events().isEmpty()) {
                break;
            }
            read += page.events().size();
            after = page.nextAfter();
        }
        System.out.printf("   %s read its feed (%,d events); the others have not read theirs%n", READER, read);
        var scores = context.getBean(QualityService.class);
        HOLDERS.forEach(h -> scores.rescoreLive(h.agency()));   // now, not after the background rescoring's pause
        var quality = scores.overview(null);
        quality.byAgency().forEach((agency, s) -> System.out.printf("   %-9s đúng %5s  đủ %5s  sạch %5s  sống %5s%n", agency,
                value(s.correct()), value(s.complete()), value(s.clean()), value(s.live())));
    }

    private static String value(Double v) {
        return v == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    /**
     * A partial registry file: every 97th person dies, every 89th moves within their province (the
     * same generated people, so most are members of some dataset). Written once per folder.
     */
    static Path dayOfChanges(Path folder) throws IOException {
        var day = folder.resolve("registry-day.csv");
        var lines = Files.readAllLines(folder.resolve("registry.csv"), StandardCharsets.UTF_8);
        var out = new ArrayList<String>();
        out.add(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            var line = lines.get(i);
            int quote = line.indexOf(",\"");
            int end = line.lastIndexOf("\",");
            if (quote < 0 || end < quote) {
                continue;
            }
            var head = line.substring(0, quote + 1);
            var address = line.substring(quote + 1, end + 1);
            var tail = line.substring(end + 2).split(",", -1);
            if (i % 97 == 0 && tail[0].equals("alive")) {
                out.add(head + address + ",deceased,2026-12-01");
            } else if (i % 89 == 0) {
                out.add(head + "\"Số " + i + " đường Mới, " + address.substring(address.indexOf(',') + 2) + "," + String.join(",", tail));
            }
        }
        Files.write(day, out, StandardCharsets.UTF_8);
        return day;
    }
}
