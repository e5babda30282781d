package vn.sachsong.server.exchange;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/** Stops reading a body past the limit, for bodies sent without a Content-Length (chunked). */
final class BodyLimit extends HttpServletRequestWrapper {
    private final long max;
    private ServletInputStream limited;

    /** Thrown from the stream; the error mapping finds it under the JSON reader's exception. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("request body too large", null);
        }
    }

    BodyLimit(HttpServletRequest request, long max) {
        super(request);
        this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (limited == null) {
            limited = new Limited(super.getInputStream(), max);
        }
        return limited;
    }

    private static final class Limited extends ServletInputStream {
        private final ServletInputStream in;
        private long left;

        Limited(ServletInputStream in, long max) {
            this.in = in;
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && --left < 0) {
                throw new TooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0 && (left -= n) < 0) {
                throw new TooLarge();
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
