package vn.sachsong.server;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk to each other only through their public types (Spring Modulith). */
class ArchitectureTest {
    @Test
    void featuresRespectEachOthersInternals() {
        ApplicationModules.of(SachSongApplication.class).verify();
    }
}
