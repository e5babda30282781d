package vn.sachsong.server.console;

import org.springframework.http.HttpStatus;

/**
 * A request the console refuses, with the status to answer and the message (a key of the
 * console's messages, and its arguments) to show in the user's language.
 */
final class ConsoleException extends RuntimeException {
    final HttpStatus status;
    final String key;
    final transient Object[] args;
    /** A row's review page the error page offers to open again (a path), or null: the start only. */
    String back;

    ConsoleException(HttpStatus status, String key, Object... args) {
        super(key);
        this.status = status;
        this.key = key;
        this.args = args;
    }

    /** The same error, its page offering to go back to {@code path}. */
    ConsoleException backTo(String path) {
        this.back = path;
        return this;
    }

    static ConsoleException forbidden() {
        return new ConsoleException(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    static ConsoleException notFound(String what) {
        return new ConsoleException(HttpStatus.NOT_FOUND, "error.not-found", what);
    }

    /**
     * Nothing of this kind (job, run, row: error.not-found.KIND names it in the page's language) with
     * these identifiers, shown as written (a job 987654, not 987.654).
     */
    static ConsoleException missing(String kind, Object... ids) {
        return new ConsoleException(HttpStatus.NOT_FOUND, "error.not-found." + kind,
                java.util.Arrays.stream(ids).map(String::valueOf).toArray());
    }
}
