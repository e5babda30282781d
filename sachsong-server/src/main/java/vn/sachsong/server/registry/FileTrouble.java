package vn.sachsong.server.registry;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with an import file's header or encoding, said so that the agency can fix it: the
 * header's missing, unexpected or misplaced column rather than the whole line, and where the text
 * stops being UTF-8 with the encoding it looks like instead.
 */
public final class FileTrouble {
    private FileTrouble() {
    }

    /** The difference between the header found and the one expected (names already without case or blanks). */
    public static String headerDifference(List<String> expected, List<String> found) {
        if (found.stream().anyMatch(name -> name.indexOf('\u0000') >= 0)) {
            return "NUL bytes between its letters: the file looks like UTF-16; save it as CSV UTF-8";
        }
        if (found.size() == 1 && expected.size() > 1) {
            var only = found.getFirst();
            for (var separator : List.of(";", "\t", "|")) {
                if (only.contains(separator)) {
                    return "its columns are separated by '" + (separator.equals("\t") ? "tab" : separator) + "': the file must use commas";
                }
            }
        }
        var missing = new ArrayList<String>();
        for (var name : expected) {
            if (!found.contains(name)) {
                missing.add(name);
            }
        }
        if (missing.size() == expected.size()) {   // not this file's header at all: what it holds instead
            return "found " + Quoted.of(String.join(",", found));
        }
        var unexpected = new ArrayList<String>();
        for (var name : found) {
            if (!expected.contains(name)) {
                unexpected.add(Quoted.of(name));
            }
        }
        var parts = new ArrayList<String>();
        if (!missing.isEmpty()) {
            parts.add("missing " + (missing.size() == 1 ? "column " : "columns ") + String.join(", ", missing));
        }
        if (!unexpected.isEmpty()) {
            parts.add("unexpected " + (unexpected.size() == 1 ? "column " : "columns ") + String.join(", ", unexpected));
        }
        if (parts.isEmpty()) {
            for (int i = 0; i < Math.min(expected.size(), found.size()); i++) {
                if (!expected.get(i).equals(found.get(i))) {
                    return "column " + (i + 1) + " is " + Quoted.of(found.get(i)) + " where " + expected.get(i) + " is expected (the"
                            + " columns in another order)";
                }
            }
            return "a column given twice";
        }
        return String.join("; ", parts);
    }

    /**
     * Where a file stops being UTF-8, and what it looks like instead: ", line 12: the text is not UTF-8
     * (it looks like UTF-16; save it as CSV UTF-8)". Empty when it cannot tell.
     */
    public static String notUtf8(Path file) {
        try (var in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] head = in.readNBytes(4);
            String looks = looksLike(head);
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            var bytes = ByteBuffer.allocate(1 << 16);
            bytes.put(head);
            var chars = CharBuffer.allocate(1 << 16);
            long line = 1;
            boolean end = false;
            while (true) {
                if (!end) {
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        end = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                while (chars.hasRemaining()) {
                    line += chars.get() == '\n' ? 1 : 0;
                }
                chars.clear();
                if (result.isError()) {
                    if (looks.isEmpty() && bytes.remaining() > 0 && (bytes.get(bytes.position()) & 0xFF) >= 0x80) {
                        looks = "Windows-1258 or a legacy font's encoding (TCVN3, VNI)";
                    }
                    return ", line " + line + ": the text is not UTF-8" + (looks.isEmpty() ? "" : " (it looks like " + looks
                            + "); save it as CSV UTF-8");
                }
                bytes.compact();
                if (end && bytes.position() == 0) {
                    return "";
                }
            }
        } catch (IOException e) {
            return "";
        }
    }

    private static String looksLike(byte[] head) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return "an XLSX workbook or another ZIP file: export the sheet as CSV UTF-8";
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return "UTF-16";
        }
        if (head.length >= 2 && (head[0] == 0 || head[1] == 0)) {
            return "UTF-16";
        }
        return "";
    }
}
