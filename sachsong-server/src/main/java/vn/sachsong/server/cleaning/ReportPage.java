package vn.sachsong.server.cleaning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the report of a recorded cleaning run: {@code /reports/cleaning/{id}} (HTML) and {@code .json}. */
@RestController
class ReportPage {
    private final CleaningRuns runs;

    ReportPage(CleaningRuns runs) {
        this.runs = runs;
    }

    @GetMapping(path = "/reports/cleaning/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable long id) throws IOException {
        return read(id, false, MediaType.TEXT_HTML);
    }

    @GetMapping(path = "/reports/cleaning/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> json(@PathVariable long id) throws IOException {
        return read(id, true, MediaType.APPLICATION_JSON);
    }

    private ResponseEntity<String> read(long id, boolean json, MediaType type) throws IOException {
        var run = runs.byId(id);
        if (run.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var html = Path.of(run.get().reportPath());
        var file = json ? ReportFiles.jsonBeside(html) : html;
        if (!Files.isReadable(file)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(type).body(Files.readString(file));
    }
}
