package vn.sachsong.server.exchange;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two things at the API's edge only Tomcat can do, in the host's pipeline, in place of its
 * HTML error report:
 * <ul>
 * <li>drop a request's unread body: a refusal given before the body has arrived closes the
 *     connection after the answer, where Tomcat would otherwise hold a thread draining the body
 *     from a client that may send one byte every few seconds;
 * <li>answer what the container refuses before any application code runs (a request line or header
 *     it cannot parse, {@code %2F} or {@code %00} in a path, TRACE) as problem+json with a request
 *     id, recorded like any other refusal ({@link ContainerRefusals}).
 * </ul>
 */
final class ContainerEdge extends ErrorReportValve {
    private static final Logger log = LoggerFactory.getLogger(ContainerEdge.class);
    private static final String DROP_BODY = ContainerEdge.class.getName() + ".dropBody";
    private final Supplier<ContainerRefusals> refusals;

    ContainerEdge(Supplier<ContainerRefusals> refusals) {
        this.refusals = refusals;
        setShowReport(false);
        setShowServerInfo(false);
    }

    /**
     * Tomcat marks a request whose body it is told to drop as failed, and a failed request that is
     * still in the pipeline gets the error page written after its answer; so the drop waits until
     * the pipeline is done with the request.
     */
    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        try {
            super.invoke(request, response);
        } finally {
            if (request.getAttribute(DROP_BODY) != null) {
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        }
    }

    /**
     * After this request's answer, the connection closes without reading the rest of its body. Call
     * before the answer is written. An asynchronous request ends without draining once its answer
     * says {@code Connection: close}; a request in the container's thread is told to drop its body,
     * once the pipeline is done with it.
     */
    static void dropBody(HttpServletRequest request, HttpServletResponse response) {
        if (request.isAsyncStarted()) {
            response.setHeader("Connection", "close");
        } else {
            request.setAttribute(DROP_BODY, Boolean.TRUE);
        }
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (clientLeft(throwable)) {   // not a failure: the client closed the connection mid-body (audited as CLIENT_GONE)
            log.debug("A client left during its {} request: {}", request.getMethod(), throwable.toString());
        } else if (status >= 500 && status != 503 && status != 505) {   // the container's own failure: its cause is for the operator
            log.error("The container failed a {} request with {}: {}", request.getMethod(), status,
                    throwable == null ? "no cause given" : throwable.toString());
        }
        var ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            refusals.get().answer(request, response, status, request.getMethod(), request.getRequestURI());
        } catch (IOException | RuntimeException e) {
            log.debug("Could not answer a request the container refused ({}): {}", status, e.toString());
        }
    }

    /** True when the cause is the client's leaving (a closed connection while its body was read), anywhere in its chain. */
    static boolean clientLeft(Throwable throwable) {
        for (var t = throwable; t != null; t = t.getCause()) {
            if (t instanceof org.apache.catalina.connector.ClientAbortException) {
                return true;
            }
        }
        return false;
    }
}
