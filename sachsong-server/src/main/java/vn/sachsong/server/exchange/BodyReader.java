package vn.sachsong.server.exchange;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sachsong.server.audit.AuditTrail;

/**
 * Reads an API request's body into memory before anything else looks at it, without letting a slow
 * client hold a thread. What has arrived with the headers is read at once (the everyday case: a
 * small body sent in the same packet). If more is to come, the request waits without a thread, in
 * asynchronous mode, for at most the body timeout, and is dispatched again once the body is in;
 * one client address may have only so many requests waiting so, and all clients together so many.
 */
final class BodyReader {
    private static final Logger log = LoggerFactory.getLogger(BodyReader.class);
    private static final String ARRIVED = BodyReader.class.getName() + ".arrived";
    private static final int FIRST_CHUNK = 8 * 1024;
    /** The outcome recorded for a request whose client left before its body was in; 499 as nginx logs it. */
    static final String CLIENT_GONE = "CLIENT_GONE";
    private static final int CLIENT_GONE_STATUS = 499;
    private final long maxBody;
    private final long timeoutMillis;
    private final int perClient;
    private final int total;
    private final Refusals refusals;
    private final Map<String, AtomicInteger> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger waitingTotal = new AtomicInteger();

    BodyReader(ExchangeProperties props, Refusals refusals) {
        this.maxBody = props.maxBody().toBytes();
        this.timeoutMillis = props.bodyTimeout().toMillis();
        this.perClient = props.maxWaitingBodiesPerClient();
        this.total = props.maxWaitingBodies();
        this.refusals = refusals;
    }

    /** The body read asynchronously, on the dispatch that follows; null on any other. */
    static byte[] arrived(HttpServletRequest request) {
        return (byte[]) request.getAttribute(ARRIVED);
    }

    /**
     * The whole body if it has arrived; null when the rest is awaited asynchronously (the request
     * is then dispatched again with it, or refused when it is late or too large).
     */
    byte[] read(HttpServletRequest request, HttpServletResponse response, AuditTrail trail) throws IOException {
        long declared = request.getContentLengthLong();
        var body = new Body(declared >= 0 ? (int) declared : FIRST_CHUNK);
        var in = request.getInputStream();
        while (!in.isFinished() && in.available() > 0) {
            if (!body.readFrom(in)) {
                break;
            }
            if (body.size > maxBody) {
                throw tooLarge();
            }
        }
        if (in.isFinished()) {
            return body.bytes();
        }
        var client = request.getRemoteAddr();
        if (!takeSlot(client)) {
            throw new ApiException(ErrorCode.TOO_MANY_OPEN_REQUESTS, "Too many requests from this address are still"
                    + " sending their body; finish those first.", 1);
        }
        var async = request.startAsync();
        async.setTimeout(timeoutMillis);
        var wait = new Wait(request, response, async, in, body, trail, client);
        async.addListener(wait);
        in.setReadListener(wait);
        return null;
    }

    private ApiException tooLarge() {
        return new ApiException(ErrorCode.BODY_TOO_LARGE, "The body may have at most " + maxBody + " bytes.");
    }

    private boolean takeSlot(String client) {
        if (waitingTotal.incrementAndGet() > total) {
            waitingTotal.decrementAndGet();
            return false;
        }
        var mine = waiting.computeIfAbsent(client, c -> new AtomicInteger());
        if (mine.incrementAndGet() > perClient) {
            releaseSlot(client);
            return false;
        }
        return true;
    }

    private void releaseSlot(String client) {
        waitingTotal.decrementAndGet();
        waiting.computeIfPresent(client, (c, n) -> n.decrementAndGet() <= 0 ? null : n);
    }

    /** Requests of this address waiting for their body now. */
    int waiting(String client) {
        var n = waiting.get(client);
        return n == null ? 0 : n.get();
    }

    /** A body growing as it arrives. */
    private static final class Body {
        byte[] bytes;
        int size;

        Body(int expected) {
            bytes = new byte[Math.max(1, Math.min(expected, FIRST_CHUNK * 8))];
        }

        /** Reads what the stream gives; false at its end. */
        boolean readFrom(ServletInputStream in) throws IOException {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            int n = in.read(bytes, size, bytes.length - size);
            if (n < 0) {
                return false;
            }
            size += n;
            return true;
        }

        byte[] bytes() {
            return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
        }
    }

    /** One request waiting for the rest of its body; exactly one of arrival, refusal or failure settles it. */
    private final class Wait implements ReadListener, AsyncListener {
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final AsyncContext async;
        private final ServletInputStream in;
        private final Body body;
        private final AuditTrail trail;
        private final String client;
        private final AtomicBoolean settled = new AtomicBoolean();

        Wait(HttpServletRequest request, HttpServletResponse response, AsyncContext async, ServletInputStream in, Body body,
                AuditTrail trail, String client) {
            this.request = request;
            this.response = response;
            this.async = async;
            this.in = in;
            this.body = body;
            this.trail = trail;
            this.client = client;
        }

        @Override
        public void onDataAvailable() throws IOException {
            while (!settled.get() && !in.isFinished() && in.isReady()) {
                if (!body.readFrom(in)) {
                    return;
                }
                if (body.size > maxBody) {
                    refuse(tooLarge());
                    return;
                }
            }
        }

        @Override
        public void onAllDataRead() {
            if (settle()) {
                request.setAttribute(ARRIVED, body.bytes());
                async.dispatch();
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) throws IOException {
            refuse(new ApiException(ErrorCode.BODY_TIMEOUT, "The body did not arrive within " + timeoutMillis / 1000.0
                    + " s of the headers."));
        }

        @Override
        public void onError(Throwable t) {
            fail(t);
        }

        @Override
        public void onError(AsyncEvent event) {
            fail(event.getThrowable());
        }

        @Override
        public void onComplete(AsyncEvent event) {
            settle();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }

        private void refuse(ApiException refusal) throws IOException {
            if (settle()) {
                try {
                    refusals.answer(request, response, trail, refusal, true);
                } finally {
                    async.complete();
                }
            }
        }

        /** The client went away or the connection broke: nothing to answer; the audit notes it. */
        private void fail(Throwable t) {
            if (settle()) {
                log.debug("Request {} ended while its body was arriving: {}", trail.requestId(), String.valueOf(t));
                refusals.unanswered(trail, CLIENT_GONE, CLIENT_GONE_STATUS);
                async.complete();
            }
        }

        private boolean settle() {
            if (settled.compareAndSet(false, true)) {
                releaseSlot(client);
                return true;
            }
            return false;
        }
    }
}
