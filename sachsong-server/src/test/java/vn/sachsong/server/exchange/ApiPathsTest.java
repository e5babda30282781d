package vn.sachsong.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiPathsTest {
    @Test
    void thePathsTheApiDocumentsAreCanonical() {
        for (var path : List.of("/api/v1/verify", "/api/v1/verify/batch", "/api/v1/people/001090000101",
                "/api/v1/audit/people/001090000101", "/api/v1/ping", "/api/v1/quality/datasets/BO_GTVT:gplx-2025")) {
            assertThat(ApiPaths.isCanonical(path)).as(path).isTrue();
        }
    }

    @Test
    void everyOtherSpellingIsNot() {
        for (var path : List.of("/api/v1/%61udit/people/1", "/api/v1/audit;x=y/people/1", "/api;/v1/audit/people/1",
                "/api/v1;/audit/people/1", "/api/%761/audit/people/1", "/API/V1/audit/people/1", "/api/V1/verify",
                "/Api/v1/verify", "//api/v1/verify", "/api//v1/verify", "/api/v1//verify", "/api/v1/verify/",
                "/api/v1/./verify", "/api/v1/x/../verify", "/api/v1/..", "/api/v1/.", "/api/v1/", "/api/v1", "/api",
                "/api/v2/verify", "/api/v1/verify%00", "/api/v1/people%2F1", "/api/v1/people%5C1", "/api/v1/people\\1",
                "/api/v1/ verify", "/api/v1/vérify", "/api/v1/verify?x", "/api/v1/verify#x", "")) {
            assertThat(ApiPaths.isCanonical(path)).as(path).isFalse();
        }
        assertThat(ApiPaths.isCanonical((String) null)).isFalse();
    }

    @Test
    void anyPathThatLooksMeantForTheApiIsTheApis() {
        for (var path : List.of("/api", "/api/v1/verify", "/API/V1/verify", "/Api;x/v1", "/api%2Fv1", "/api/", "/%61pi/v1",
                "//api/v1", "/./api/v1", "/x/../api/v1", "/%2e/api", "\\api\\v1", "/;x/api/v1", "/api%00/v1",
                "/api\u0001/v1", "/api'/v1")) {
            assertThat(ApiPaths.looksApi(path)).as(path).isTrue();
        }
        for (var path : List.of("/", "/apis/v1", "/apiv1", "/reports/api", "/error", "/v3/api-docs", "/api-docs", "/%FFapi")) {
            assertThat(ApiPaths.looksApi(path)).as(path).isFalse();
        }
    }
}
