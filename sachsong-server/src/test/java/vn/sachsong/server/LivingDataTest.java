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

    /** Empties the registry, the runs, the datasets and their scores (agencies stay: their codes are unique per test). */
    protected void emptyTables() {
        jdbc.sql("truncate person, person_change, registry_import, cleaning_run, dataset, dataset_member, dataset_decision,"
                + " quality_score, quality_failure restart identity cascade").update();
    }
}
