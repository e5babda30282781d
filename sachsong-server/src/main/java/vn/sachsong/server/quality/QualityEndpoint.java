package vn.sachsong.server.quality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.server.dataset.DatasetException;
import vn.sachsong.server.dataset.DatasetName;
import vn.sachsong.server.exchange.ApiAccess;
import vn.sachsong.server.exchange.ApiCaller;
import vn.sachsong.server.exchange.ApiException;
import vn.sachsong.server.exchange.ErrorCode;

/**
 * The four scores over the API: an operator key sees every agency's, an agency's key its own
 * datasets only. Which one is decided on the caller the gate authenticated and the dataset's
 * agency, never on the path.
 */
@RestController
@ApiAccess(ApiAccess.Role.AGENCY)
@Tag(name = "quality", description = "The four scores: đúng correct, đủ complete, sạch clean, sống live")
class QualityEndpoint {
    /** Writes null members too: a score with nothing to measure is {@code null}, its key still there (DESIGN.md). */
    private static final JsonMapper WITH_NULLS = JsonMapper.builder().build();
    private final QualityService quality;

    QualityEndpoint(QualityService quality) {
        this.quality = quality;
    }

    @Operation(summary = "A dataset's newest scores, with their parts")
    @GetMapping("/api/v1/quality/datasets/{name}")
    JsonNode dataset(@PathVariable String name, HttpServletRequest request) {
        var caller = ApiCaller.of(request);
        DatasetName dataset;
        try {
            dataset = DatasetName.parse(name);
        } catch (DatasetException e) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "A dataset is named AGENCY:NAME, e.g. BO_GTVT:gplx.");
        }
        if (!caller.operator() && !caller.code().equals(dataset.agency())) {
            throw new ApiException(ErrorCode.NOT_YOUR_DATASET, "An agency's key reads its own datasets' scores only.");
        }
        Score score;
        try {
            score = quality.latest(dataset);
        } catch (DatasetException e) {
            throw new ApiException(ErrorCode.UNKNOWN_DATASET, "No dataset " + dataset + " with a score.");
        }
        return withNulls(score.jsonWithParts());
    }

    @Operation(summary = "Every agency's newest scores (an agency's key: its own), per level and nationally (operator)")
    @GetMapping("/api/v1/quality/agencies")
    JsonNode agencies(HttpServletRequest request) {
        var caller = ApiCaller.of(request);
        var overview = quality.overview(caller.operator() ? null : caller.code());
        var body = new LinkedHashMap<String, Object>();
        if (caller.operator()) {
            body.put("national", overview.national().json());
            body.put("by_level", Score.json(overview.byLevel()));
        }
        body.put("agencies", Score.json(overview.byAgency()));
        return withNulls(body);
    }

    private static JsonNode withNulls(Map<String, Object> body) {
        return WITH_NULLS.valueToTree(body);
    }
}
