package vn.sachsong.server.console;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * What an upload is, from its first bytes: an XLSX (a zip), a CSV (text in any encoding the
 * cleaning reads: no NUL byte, unless it starts as UTF-16 does), or something else (a PDF, an image,
 * an old binary .xls, a compressed file), which the console refuses before queueing it.
 */
final class UploadCheck {
    enum Kind { CSV, XLSX, OLD_EXCEL, OTHER, EMPTY }

    private static final int SNIFF = 64 * 1024;

    private UploadCheck() {
    }

    static Kind of(InputStream in) throws IOException {
        var head = in.readNBytes(SNIFF);
        if (head.length == 0) {
            return Kind.EMPTY;
        }
        if (starts(head, 0x50, 0x4B, 0x03, 0x04)) {
            return Kind.XLSX;
        }
        if (starts(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Kind.OLD_EXCEL;
        }
        if (starts(head, 0xFF, 0xFE) || starts(head, 0xFE, 0xFF)) {
            return Kind.CSV;
        }
        if (starts(head, '%', 'P', 'D', 'F') || starts(head, 0x1F, 0x8B) || starts(head, 0x89, 'P', 'N', 'G')
                || starts(head, 0xFF, 0xD8, 0xFF) || starts(head, 'G', 'I', 'F', '8') || starts(head, 'M', 'Z')) {
            return Kind.OTHER;
        }
        for (byte b : head) {
            if (b == 0) {
                return Kind.OTHER;
            }
        }
        return Kind.CSV;
    }

    /** A safe file name: the last path part, letters, digits and {@code . - _} only, its extension as the kind says. */
    static String fileName(String submitted, Kind kind) {
        var name = submitted == null ? "" : submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').replaceAll("[^A-Za-z0-9._-]", "_");
        int dot = name.lastIndexOf('.');
        var base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank() || base.chars().allMatch(c -> c == '_' || c == '.')) {
            base = "upload";
        }
        base = base.length() > 80 ? base.substring(0, 80) : base;
        return base + (kind == Kind.XLSX ? ".xlsx" : ".csv").toLowerCase(Locale.ROOT);
    }

    private static boolean starts(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
