package vn.sachsong.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot application; {@code cli.Main} decides which command runs and what it starts. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SachSongApplication {
}
