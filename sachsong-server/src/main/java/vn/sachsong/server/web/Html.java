package vn.sachsong.server.web;

/** Minimal HTML helpers for the server-rendered pages. */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        return vn.sachsong.io.HtmlText.escape(text);
    }

    static String page(String title, String body) {
        return """
                <!doctype html>
                <html lang="vi"><head><meta charset="utf-8"><title>%s</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}
                th{text-align:left;padding-right:2rem}td{font-variant-numeric:tabular-nums}</style>
                </head><body>%s</body></html>""".formatted(escape(title), body);
    }
}
