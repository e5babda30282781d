package vn.sachsong.server.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Run the web server: status page, health, exchange API.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--port", description = "HTTP port (default 8080).")
    int port = 8080;

    @Override
    public Integer call() throws InterruptedException {
        var context = AppContexts.web(global, port);
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
