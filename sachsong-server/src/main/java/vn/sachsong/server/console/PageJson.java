package vn.sachsong.server.console;

import tools.jackson.databind.json.JsonMapper;

/** Chart series written into a page as JSON, in a script block the page's script reads (never run). */
final class PageJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PageJson() {
    }

    /** JSON with {@code <}, {@code >} and {@code &} escaped, so no value can end the script block it sits in. */
    static String of(Object value) {
        return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
