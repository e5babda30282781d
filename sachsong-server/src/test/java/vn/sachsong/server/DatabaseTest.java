package vn.sachsong.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Integration tests run against a real PostgreSQL: the embedded one in a fresh folder, or the
 * server named by SACHSONG_DB_URL (CI runs them both ways).
 */
public abstract class DatabaseTest {
    private static final Path DATA_DIR = tempDir();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("sachsong.data-dir", DATA_DIR::toString);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("sachsong-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
