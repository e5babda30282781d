package vn.sachsong.server.procedure;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;

/** A request thread waiting for its item's outcome from a writer thread: the outcome, its refusal, or a failure. */
final class Waiting {
    static final long MILLIS = TimeUnit.SECONDS.toMillis(10);

    private Waiting() {
    }

    /** @param what "storing a dossier", for the messages */
    static <T> T forOutcome(CompletableFuture<T> done, String what) {
        try {
            return done.get(MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataAccessResourceFailureException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new DataAccessResourceFailureException(what + " failed", e);
        } catch (TimeoutException e) {
            throw new DataAccessResourceFailureException(what + ": no outcome within " + MILLIS + " ms", e);
        }
    }
}
