package vn.sachsong.server.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sachsong.server.exchange.ApiAccess;
import vn.sachsong.server.exchange.ApiCaller;
import vn.sachsong.server.exchange.ApiException;
import vn.sachsong.server.exchange.ErrorCode;

/** Pull: the calling agency's own feed, never another's (the key says whose). */
@RestController
@ApiAccess(ApiAccess.Role.AGENCY)
@Tag(name = "feed", description = "Registry changes about the people the agency holds")
class ChangesEndpoint {
    private final FeedService feed;

    ChangesEndpoint(FeedService feed) {
        this.feed = feed;
    }

    @Operation(summary = "The agency's events after a sequence number; `after` acknowledges every event up to it")
    @GetMapping("/api/v1/changes")
    Map<String, Object> changes(
            @Parameter(description = "The highest seq already processed (0 at first)") @RequestParam(required = false) String after,
            @Parameter(description = "At most this many events, 1..10000 (default 1000)") @RequestParam(required = false) String limit,
            HttpServletRequest request) {
        var caller = ApiCaller.of(request);
        long from = number("after", after, 0, Long.MAX_VALUE, 0);
        int most = (int) number("limit", limit, 1, FeedService.MAX_PULL, 1000);
        FeedService.Page page;
        try {
            page = feed.pull(caller.code(), from, most);
        } catch (FeedException e) {
            throw new ApiException(e.cursorAhead() ? ErrorCode.CURSOR_AHEAD : ErrorCode.INVALID_PARAMETER, e.getMessage() + ".");
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("events", page.events().stream().map(FeedEvent::json).toList());
        body.put("next_after", page.nextAfter());
        return body;
    }

    private static long number(String name, String text, long min, long max, long absent) {
        if (text == null) {
            return absent;
        }
        long value;
        try {
            value = text.matches("[0-9]{1,19}") ? Long.parseLong(text) : -1;   // 19 digits may pass the largest long
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < min || value > max) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, name + " must be a whole number " + min + ".." + max + ".");
        }
        return value;
    }
}
