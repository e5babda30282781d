package vn.sachsong.server.procedure;

import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.sachsong.server.registry.FileTrouble;
import vn.sachsong.server.registry.RegistryFileException;

/** What the feature's file imports (catalogue, dossier logs) share: how a header is read, how an unreadable file is told. */
final class ImportFiles {
    private ImportFiles() {
    }

    /** The header's names without a byte-order mark, blanks or case; empty for an empty file. */
    static List<String> names(List<String> header) {
        return header == null ? List.of() : header.stream().map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** The one-line refusal of a file that cannot be read at all; nothing was imported. */
    static ProcedureException unreadable(Path file, Exception e) {
        return switch (e) {
            case RegistryFileException missing -> new ProcedureException(missing.getMessage());
            case CharacterCodingException notUtf8 -> new ProcedureException(file + FileTrouble.notUtf8(file) + "; nothing was imported");
            default -> new ProcedureException("cannot read " + file + ": " + e.getMessage());
        };
    }
}
