package vn.sachsong.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import vn.sachsong.cleaning.EngineContractTest;
import vn.sachsong.cleaning.LinkEngine;

/** The Spark engine keeps the engine contract: the very test class the in-memory engine passes, on {@code local[2]}. */
class SparkEngineContractTest extends EngineContractTest {
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkMain.session("local[2]", "sachsong engine contract");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Override
    protected LinkEngine engine() {
        return new SparkEngine(spark);
    }
}
