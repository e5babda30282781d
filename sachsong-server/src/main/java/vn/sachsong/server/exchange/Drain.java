package vn.sachsong.server.exchange;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The body of a request refused before its body was read, read and thrown away before the
 * refusal is written. A client that sent its headers and its body a moment apart (most HTTP
 * libraries do) then gets its answer and keeps its connection: answering first and closing would
 * reset the connection under a body still arriving, and the answer could be lost; and Tomcat
 * closes a request's input once its answer is complete. What has arrived is read at once; the rest
 * asynchronously, holding no thread, for a short while; a client still sending after that gets
 * the answer and a closed connection.
 */
final class Drain {
    private static final Logger log = LoggerFactory.getLogger(Drain.class);
    /** More than this is not read to be thrown away (Tomcat's own limit when it drains a body). */
    private static final long MAX_DRAIN = 2 * 1024 * 1024;
    /** Where drained bytes go; shared, since nothing reads it. */
    private static final byte[] SINK = new byte[8192];
    private final long timeoutMillis;

    /** Writes the answer; called once, on whichever thread the body ended on. */
    interface Answer {
        void write() throws IOException;
    }

    Drain(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    void thenAnswer(HttpServletRequest request, HttpServletResponse response, Answer answer) throws IOException {
        if (request.isAsyncStarted() || request.getContentLengthLong() > MAX_DRAIN) {   // too slow, or too much
            ContainerEdge.dropBody(request, response);
            answer.write();
            return;
        }
        ServletInputStream in;
        AsyncContext async;
        try {
            in = request.getInputStream();
            while (!in.isFinished() && in.available() > 0) {
                if (in.read(SINK) < 0) {
                    break;
                }
            }
            if (in.isFinished()) {
                answer.write();
                return;
            }
            async = request.startAsync();
        } catch (IllegalStateException | IOException e) {   // no stream to read, or no servlet to wait in
            ContainerEdge.dropBody(request, response);
            answer.write();
            return;
        }
        async.setTimeout(timeoutMillis);
        var wait = new Wait(request, response, in, async, answer);
        async.addListener(wait);
        in.setReadListener(wait);
    }

    private static final class Wait implements ReadListener, AsyncListener {
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final ServletInputStream in;
        private final AsyncContext async;
        private final Answer answer;
        private final AtomicBoolean done = new AtomicBoolean();
        private long drained;

        Wait(HttpServletRequest request, HttpServletResponse response, ServletInputStream in, AsyncContext async, Answer answer) {
            this.request = request;
            this.response = response;
            this.in = in;
            this.async = async;
            this.answer = answer;
        }

        @Override
        public void onDataAvailable() throws IOException {
            while (!done.get() && !in.isFinished() && in.isReady()) {
                int n = in.read(SINK);
                if (n < 0) {
                    return;
                }
                drained += n;
                if (drained > MAX_DRAIN) {
                    finish(true);
                }
            }
        }

        @Override
        public void onAllDataRead() {
            finish(false);
        }

        @Override
        public void onError(Throwable t) {
            finish(true);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            finish(true);
        }

        @Override
        public void onError(AsyncEvent event) {
            finish(true);
        }

        @Override
        public void onComplete(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }

        private void finish(boolean close) {
            if (done.compareAndSet(false, true)) {
                try {
                    if (close) {
                        ContainerEdge.dropBody(request, response);
                    }
                    answer.write();
                } catch (IOException | RuntimeException e) {
                    log.debug("A refusal could not be written: {}", e.toString());
                } finally {
                    async.complete();
                }
            }
        }
    }
}
