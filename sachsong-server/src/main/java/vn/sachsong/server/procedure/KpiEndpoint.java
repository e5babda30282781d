package vn.sachsong.server.procedure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.YearMonth;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.server.exchange.ApiAccess;
import vn.sachsong.server.exchange.ApiCaller;
import vn.sachsong.server.exchange.ApiException;
import vn.sachsong.server.exchange.ErrorCode;

/**
 * The three rates over a range of months: an operator sees every agency; an agency's key sees its
 * own agency in {@code by_agency}, with the national and per-level figures (aggregates, which name
 * no other agency).
 */
@RestController
@ApiAccess(ApiAccess.Role.AGENCY)
@Tag(name = "procedures")
class KpiEndpoint {
    /** Writes null rates too: a rate with a zero denominator is {@code null}, its key still there. */
    private static final JsonMapper WITH_NULLS = JsonMapper.builder().build();
    private final ProcedureRates rates;

    KpiEndpoint(ProcedureRates rates) {
        this.rates = rates;
    }

    @Operation(summary = "Dossiers digitised, results electronic, dossiers reusing data: per agency, level and nation")
    @GetMapping("/api/v1/kpi/procedures")
    JsonNode procedures(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletRequest request) {
        var caller = ApiCaller.of(request);
        var first = month(from, "from");
        var last = month(to, "to");
        if (first != null && last != null && first.isAfter(last)) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "from is after to.");
        }
        return WITH_NULLS.valueToTree(rates.report(first, last, caller.operator() ? null : caller.code()).json());
    }

    private static YearMonth month(String text, String name) {
        try {
            return ProcedureRates.month(text, name);
        } catch (ProcedureException e) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, name + " is a month: YYYY-MM.");
        }
    }
}
