package vn.sachsong.server;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.sachsong.server.cleaning.CleaningService;
import vn.sachsong.server.dataset.DatasetService;
import vn.sachsong.server.exchange.AgencyService;
import vn.sachsong.server.registry.RegistryImporter;

/** Tests of agencies' datasets and their scores: the services they use, and an empty registry and dataset tables. */
public abstract class LivingDataTest extends DatabaseTest {
    @Autowired
    protected RegistryImporter importer;
    @Autowired
    protected CleaningService cleaning;
    @Autowired
    protected DatasetService datasets;
    @Autowired
    protected AgencyService agencies;
    @Autowired
    protected JdbcClient jdbc;

    /**
     * A row of an agency's file about registry person {@code i} (RegistryFiles.person), under the
     * header {@link #AGENCY_HEADER}: name, date as dd/MM/yyyy, sex in Vietnamese, personal ID.
     */
    protected static String agencyRow(int i) {
        var f = vn.sachsong.server.registry.RegistryFiles.person(i).split(",", -1);
        var d = f[3].split("-");
        return String.join(",", f[2], d[2] + "/" + d[1] + "/" + d[0], f[4].equals("F") ? "Nữ" : "Nam", f[0]);
    }

    public static final String AGENCY_HEADER = "Họ và tên,Ngày sinh,Giới tính,Số CCCD";

    /** Empties the registry, the runs, the datasets and their scores (agencies stay: their codes are unique per test). */
    protected void emptyTables() {
        // the server's feed loop and the live rescoring of an earlier test may hold some of these
        // tables when the truncation wants them all: PostgreSQL then ends one side as a deadlock
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.sql("truncate person, person_change, registry_import, cleaning_run, dataset, dataset_member,"
                        + " dataset_decision, quality_score, quality_failure, feed_pending, feed_cursor, feed_event,"
                        + " feed_publication, feed_ack, feed_subscription restart identity cascade").update();
                return;
            } catch (org.springframework.dao.PessimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }
}
