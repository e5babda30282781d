package vn.sachsong.server.cli;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.sachsong.server.SachSongApplication;

/** Starts the Spring context a command needs; command-line settings win over the environment. */
final class AppContexts {
    private AppContexts() {
    }

    static ConfigurableApplicationContext batch(GlobalOptions global) {
        return start(global, WebApplicationType.NONE, List.of("--logging.level.root=WARN"));
    }

    /**
     * Runs one call on a service in a batch context; the service's own kind of refusal ({@code badInput})
     * is bad input, exit status 2 with its message.
     */
    static <S, T> T withService(GlobalOptions global, Class<S> service, Class<? extends RuntimeException> badInput,
            java.util.function.Function<S, T> call) {
        try (var context = batch(global)) {
            return call.apply(context.getBean(service));
        } catch (RuntimeException e) {
            throw badInput.isInstance(e) ? new UserInputException(e.getMessage()) : e;
        }
    }

    static ConfigurableApplicationContext web(GlobalOptions global, int port) {
        return web(global, port, List.of());
    }

    /** @param settings more {@code --name=value} settings for the context */
    static ConfigurableApplicationContext web(GlobalOptions global, int port, List<String> settings) {
        checkPort(port);
        var args = new ArrayList<>(settings);
        args.add("--server.port=" + port);
        return start(global, WebApplicationType.SERVLET, args);
    }

    /** A web context whose log goes to {@code logFile}, only warnings to the terminal (the demo prints its own steps). */
    static ConfigurableApplicationContext web(GlobalOptions global, int port, java.nio.file.Path logFile) {
        checkPort(port);
        return start(global, WebApplicationType.SERVLET, List.of("--server.port=" + port,
                "--logging.file.name=" + logFile.toAbsolutePath(), "--logging.threshold.console=WARN"));
    }

    /** A port the server can listen on: -1 was taken and listened nowhere, 70000 failed as an error, not a usage. */
    private static void checkPort(int port) {
        if (port < 1 || port > 65_535) {
            throw new UserInputException("--port: a port from 1 to 65535, got " + port);
        }
    }

    private static ConfigurableApplicationContext start(GlobalOptions global, WebApplicationType type, List<String> extra) {
        var args = new ArrayList<>(extra);
        if (global.dataDir != null && Files.exists(global.dataDir) && !Files.isDirectory(global.dataDir)) {
            throw new UserInputException("--data-dir " + global.dataDir + " is a file: the data folder is a folder (made when"
                    + " missing)");
        }
        if (global.dataDir != null) {
            args.add("--sachsong.data-dir=" + global.dataDir.toAbsolutePath());
        }
        if (global.db != null) {
            args.add("--sachsong.db-url=" + global.db);
        }
        if (global.debug) {
            args.add("--logging.level.vn.sachsong=DEBUG");
            args.add("--logging.level.org.springframework.boot.SpringApplication=INFO");
        } else {
            // a context that fails to start is reported by the command in one line (Cli.report);
            // Spring's own report of it is a stack trace, shown with --debug
            args.add("--logging.level.org.springframework.boot.SpringApplication=OFF");
            args.add("--logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=ERROR");
            args.add("--logging.level.org.springframework.boot.web.server.servlet.context=ERROR");
        }
        return new SpringApplicationBuilder(SachSongApplication.class)
                .web(type)
                .logStartupInfo(type == WebApplicationType.SERVLET)
                .run(args.toArray(String[]::new));
    }
}
