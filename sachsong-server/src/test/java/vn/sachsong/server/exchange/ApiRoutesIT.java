package vn.sachsong.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.sachsong.server.DatabaseTest;

/** What the router can reach under /api/, and who may: every route declares its access. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiRoutesIT extends DatabaseTest {
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    @Test
    void everyApiRouteDeclaresWhoMayCallIt() {
        var api = new ArrayList<String>();
        routes.getHandlerMethods().forEach((info, method) -> {
            for (var pattern : info.getPatternValues()) {
                if (ApiPaths.looksApi(pattern)) {
                    api.add(pattern);
                    var access = ApiInterceptor.access(method);
                    assertThat(access).as(pattern + " declares its access").isNotNull();
                    if (access == ApiAccess.Role.PUBLIC) {
                        assertThat(info.getMethodsCondition().getMethods()).as(pattern + ": public, so it takes no body")
                                .isEqualTo(Set.of(RequestMethod.GET));
                    }
                    assertThat(ApiPaths.isCanonical(pattern.replaceAll("\\{[^}]+}", "x"))).as(pattern).isTrue();
                }
            }
        });
        assertThat(api).contains("/api/v1/verify", "/api/v1/verify/batch", "/api/v1/people/{pid}", "/api/v1/audit/people/{pid}",
                ApiPaths.PING, "/api/v1/dossiers", "/api/v1/dossiers/{code}/result", "/api/v1/results/{code}",
                "/api/v1/results/{code}/revoke", "/api/v1/people/{pid}/evidence", "/api/v1/kpi/procedures");
    }

    @Autowired
    java.util.List<FastPath> fastPaths;

    @Test
    void theRoutesTheGateAndTheFastPathKnowByNameAreWhatTheyTakeThemFor() {
        assertThat(fastPaths).as("the procedures' dossier intake").isNotEmpty();
        for (var fast : fastPaths) {
            var found = new ArrayList<RequestMethod>();
            routes.getHandlerMethods().forEach((info, method) -> {
                if (info.getPatternValues().contains(fast.path())) {
                    found.addAll(info.getMethodsCondition().getMethods());
                    assertThat(ApiInterceptor.access(method)).as(fast.path() + ": a fast path answers any agency")
                            .isEqualTo(ApiAccess.Role.AGENCY);
                }
            });
            assertThat(found).as(fast.path() + " is a POST route, spelled as the router spells it").contains(RequestMethod.POST);
            assertThat(ApiPaths.isCanonical(fast.path())).isTrue();
        }
        routes.getHandlerMethods().forEach((info, method) -> {
            var patterns = info.getPatternValues();
            if (patterns.contains(VerifyFastPath.PATH) && info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                assertThat(ApiInterceptor.access(method)).as("the fast path answers any agency").isEqualTo(ApiAccess.Role.AGENCY);
            }
            if (patterns.contains(ApiPaths.PING)) {
                assertThat(ApiInterceptor.access(method)).as("the gate lets the ping pass without a key")
                        .isEqualTo(ApiAccess.Role.PUBLIC);
            }
            if (patterns.stream().anyMatch(p -> p.startsWith("/api/v1/audit/"))) {
                assertThat(ApiInterceptor.access(method)).isEqualTo(ApiAccess.Role.OPERATOR);
            }
        });
    }
}
