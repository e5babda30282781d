package vn.sachsong.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** Checks that a refusal is a clean RFC 9457 problem: status, code, and nothing internal. */
final class Problems {
    private Problems() {
    }

    static void assertProblem(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.body()).contains("\"code\":\"" + code + "\"").contains("\"status\":" + status)
                .doesNotContain("Exception").doesNotContain("at vn.").doesNotContain("org.springframework")
                .doesNotContain("SQL").doesNotContain("trace");
    }
}
