package vn.sachsong.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageNotWritableException;

class ApiErrorsTest {
    /** A client that hangs up while its answer is written is no failure of ours: not logged at ERROR with a stack trace. */
    @Test
    void aClientThatWentIsToldFromAFailure() {
        assertThat(ApiErrors.clientGone(new HttpMessageNotWritableException("write", new IOException("Broken pipe")))).isTrue();
        assertThat(ApiErrors.clientGone(new IllegalStateException(new ClientAbortException("reset")))).isTrue();
        assertThat(ApiErrors.clientGone(new IOException("Connection reset by peer"))).isTrue();
        assertThat(ApiErrors.clientGone(new HttpMessageNotWritableException("no converter"))).isFalse();
        assertThat(ApiErrors.clientGone(new IllegalStateException("a bug", new IOException("disk full")))).isFalse();
    }
}
