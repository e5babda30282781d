package vn.sachsong.server.procedure;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.sachsong.server.exchange.AgencyLevel;
import vn.sachsong.text.Faults;

/**
 * The procedure catalogue CSV: {@code procedure_code,name,level,agency,evidence_types[,result_type]}.
 * A row is checked whole; the first broken rule names its column. Without a {@code result_type}
 * column (or with it empty) a procedure's results are of a type named by its own code, so another
 * procedure accepts them by listing that code.
 */
final class CatalogueCsv {
    static final List<String> HEADER = List.of("procedure_code", "name", "level", "agency", "evidence_types", "result_type");
    static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,31}");
    static final Pattern AGENCY = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,31}");
    static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9_.]{0,63}");

    sealed interface Row permits Valid, Invalid {
    }

    record Valid(Procedure procedure) implements Row {
    }

    record Invalid(String column, String value, String reason) implements Row {
    }

    private CatalogueCsv() {
    }

    /** True for the header with or without its last column. */
    static boolean isHeader(List<String> names) {
        return names.equals(HEADER) || names.equals(HEADER.subList(0, 5));
    }

    static Row parse(List<String> cells, int columns) {
        if (cells.size() != columns) {
            return new Invalid("", String.valueOf(cells.size()), "expected " + columns + " fields, found " + cells.size());
        }
        var code = cells.get(0).strip();
        var name = cells.get(1).strip();
        var level = AgencyLevel.of(cells.get(2).strip());
        var agency = cells.get(3).strip();
        if (!CODE.matcher(code).matches()) {
            return new Invalid("procedure_code", code, "a code of 1-32 letters, digits, '.', '-' or '_', e.g. 1.001193");
        }
        if (name.isEmpty() || name.length() > 300) {
            return new Invalid("name", name, "a name of 1-300 characters");
        }
        if (Faults.first(name, true) > 0) {
            return new Invalid("name", name, "a name on one line: no line break or other control character");
        }
        if (level.isEmpty()) {
            return new Invalid("level", cells.get(2), "ministry or province");
        }
        if (!AGENCY.matcher(agency).matches()) {
            return new Invalid("agency", agency, "an agency code (upper-case letters, digits, '-', '_')");
        }
        var types = Arrays.stream(cells.get(4).split(";", -1)).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        for (var t : types) {
            if (!TYPE.matcher(t).matches()) {
                return new Invalid("evidence_types", t, "document types in lower case, digits, '_' or '.', separated by ';'");
            }
        }
        var result = columns > 5 ? cells.get(5).strip() : "";
        if (!result.isEmpty() && !TYPE.matcher(result).matches()) {
            return new Invalid("result_type", result, "a document type in lower case, digits, '_' or '.'");
        }
        return new Valid(new Procedure(code, name, level.get(), agency, types, result.isEmpty() ? code : result));
    }
}
