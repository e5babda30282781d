package vn.sachsong.synth;

/** Builds one delimited line, quoting a cell only when it must be (RFC 4180). */
final class CsvLine {
    private final StringBuilder sb = new StringBuilder(256);
    private final char delimiter;
    private boolean first = true;

    CsvLine(char delimiter) {
        this.delimiter = delimiter;
    }

    CsvLine cell(String value) {
        if (!first) {
            sb.append(delimiter);
        }
        first = false;
        if (needsQuotes(value)) {
            sb.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            sb.append(value);
        }
        return this;
    }

    /** The finished line with its LF, and the builder cleared for the next one. */
    String end() {
        sb.append('\n');
        var line = sb.toString();
        sb.setLength(0);
        first = true;
        return line;
    }

    private boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
