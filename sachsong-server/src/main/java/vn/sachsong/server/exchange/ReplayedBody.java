package vn.sachsong.server.exchange;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;

/** The request with its body already read into memory, for whatever reads it next. */
final class ReplayedBody extends HttpServletRequestWrapper {
    private final ServletInputStream body;

    ReplayedBody(HttpServletRequest request, byte[] bytes) {
        super(request);
        var in = new ByteArrayInputStream(bytes);
        this.body = new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the body was read already");
            }
        };
    }

    @Override
    public ServletInputStream getInputStream() {
        return body;
    }
}
