package vn.sachsong.server.console;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A run's cleaned file or report as a download: audited first (it names people), streamed from disk. */
final class Downloads {
    private Downloads() {
    }

    static ResponseEntity<FileSystemResource> of(ConsoleAudit audit, HttpServletRequest request, String dataset, String file,
            String purpose, MediaType type) {
        if (file == null || !Files.isReadable(Path.of(file))) {
            throw ConsoleException.notFound(file == null ? dataset : Path.of(file).getFileName().toString());
        }
        audit.read(request, purpose, dataset, List.of());
        var path = Path.of(file);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(path.getFileName().toString(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(path));
    }
}
