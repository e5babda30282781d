package vn.sachsong.server.cli;

import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.sachsong.server.system.SachSongProperties;

@Command(name = "serve", description = "Run the web server: status page, health, exchange API.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--port", description = "HTTP port (default 8080).")
    int port = 8080;

    @Option(names = "--public-url", paramLabel = "URL", description = "The address citizens and agencies reach the hub at"
            + " (https://hub.example.gov.vn), written on printable results and in their QR codes (default http://localhost:PORT).")
    String publicUrl;

    @Override
    public Integer call() throws InterruptedException {
        if (publicUrl != null && (!publicUrl.matches(SachSongProperties.PUBLIC_URL) || URI.create(publicUrl).getPort() > 65_535)) {
            throw new UserInputException("--public-url: " + SachSongProperties.PUBLIC_URL_IS + ", got '" + publicUrl + "'");
        }
        var context = publicUrl == null ? AppContexts.web(global, port)
                : AppContexts.web(global, port, List.of("--sachsong.public-url=" + publicUrl));
        System.out.printf("Sạch Sống is serving on http://localhost:%d/ (Ctrl-C to stop)%n", port);
        awaitClose(context);
        return 0;
    }

    /** Blocks until the context is closed (Ctrl-C or SIGTERM run Spring's shutdown hook). */
    static void awaitClose(ConfigurableApplicationContext context) throws InterruptedException {
        var closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (context.isActive()) {
            closed.await();
        }
    }
}
