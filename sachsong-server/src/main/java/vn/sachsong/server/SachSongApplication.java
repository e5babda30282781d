package vn.sachsong.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application; the command line in {@code cli} decides what it runs. */
@SpringBootApplication
public class SachSongApplication {
}
