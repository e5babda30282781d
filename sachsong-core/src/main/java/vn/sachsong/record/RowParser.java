package vn.sachsong.record;

import java.util.ArrayList;
import java.util.List;
import vn.sachsong.io.Field;
import vn.sachsong.io.HeaderMapping;
import vn.sachsong.io.Row;
import vn.sachsong.io.Table;
import vn.sachsong.refdata.ProvinceMatch;
import vn.sachsong.refdata.Provinces;
import vn.sachsong.refdata.Sex;
import vn.sachsong.refdata.SexCodes;
import vn.sachsong.text.TextRepair;
import vn.sachsong.text.TextSource;
import vn.sachsong.text.VietText;

/** Turns the cells of a data row into a {@link ParsedRow}, using the columns of a header mapping. */
public final class RowParser {
    private static final Field[] PLACE_ORDER = {Field.ADDRESS, Field.HOMETOWN, Field.BIRTH_PLACE};

    private final HeaderMapping header;
    private final RowCells.Columns columns;
    /** The birth date comes in day, month and year columns. */
    private final boolean split;
    /** Sex is ticked in "Nữ" (and maybe "Nam") columns rather than written. */
    private final boolean marks;

    /** The legacy font the whole file was typed in ({@link TextRepair#fileSource}); UNICODE when none. */
    private final TextSource font;

    public RowParser(HeaderMapping header) {
        this(header, TextSource.UNICODE);
    }

    /** A parser for a file typed in a legacy {@code font} throughout: every text cell is read in it where it reads as well. */
    public RowParser(HeaderMapping header, TextSource font) {
        this.font = font;
        this.header = header;
        this.columns = RowCells.Columns.of(header);
        this.split = header.has(Field.BIRTH_DAY) || header.has(Field.BIRTH_MONTH);
        this.marks = header.has(Field.FEMALE_MARK) || header.has(Field.MALE_MARK);
    }

    /** The legacy font the rows' names and addresses are typed in throughout ({@link TextRepair#fileSource}). */
    public static TextSource fontOf(HeaderMapping header, List<Row> rows) {
        var columns = RowCells.Columns.of(header);
        var texts = new ArrayList<String>(rows.size() * 2);
        for (var row : rows) {
            var cells = new RowCells(row, columns);
            texts.add(cells.fullName());
            texts.add(cells.first(Field.ADDRESS));
        }
        return TextRepair.fileSource(texts);
    }

    public ParsedRow parse(Row row) {
        var cells = new RowCells(row, columns);
        var repaired = NameCell.repair(cells.fullName(), font);
        var name = NameCell.name(repaired);
        var ids = ids(cells, NameCell.idIn(repaired.text()));
        var birth = birth(cells);
        var sex = SexCodes.parse(cells.first(Field.SEX)).or(() -> SexCodes.parse(NameCell.text(cells.first(Field.SEX), font)))
                .orElseGet(() -> markedSex(cells));
        var address = NameCell.text(cells.first(Field.ADDRESS), font);
        var found = province(cells, address);
        var place = found == null ? null : found.match();
        var from = found == null ? Field.OTHER : found.from();
        var rejection = rejection(name, ids);
        if (rejection != null && Table.numbersColumns(row, header)) {
            rejection = NotAPerson.COLUMN_NUMBERS;
        } else if (NotAPerson.looksLikeOne(repaired.text(), ids, birth)) {
            rejection = NotAPerson.REASON;
        } else if (NotAPerson.repeatsHeader(row, header.titles())) {
            rejection = NotAPerson.HEADER_AGAIN;
        }
        return new ParsedRow(row.number(), name, VietText.key(name), repaired.source(), birth, ids, sex, place, from,
                address, rejection);
    }

    /** The ID columns' evidence, and that of an ID typed into the name cell ({@code inName}, may be null). */
    private List<IdEvidence> ids(RowCells cells, String inName) {
        var all = new ArrayList<IdEvidence>(2);
        if (inName != null) {
            all.addAll(IdParser.parseAll(inName));
        }
        for (var text : cells.all(Field.PID)) {
            all.addAll(IdParser.parseAll(text));
        }
        for (var text : cells.all(Field.OLD_ID)) {
            all.addAll(IdParser.parseAll(text));
        }
        return IdParser.bestFirst(all);
    }

    private DateEvidence birth(RowCells cells) {
        var date = DateParser.parse(cells.first(Field.BIRTH_DATE));
        if (date instanceof DateEvidence.Exact || date instanceof DateEvidence.Ambiguous) {
            return date;
        }
        if (marks) {
            var marked = DateParser.parse(cells.first(Field.FEMALE_MARK).isEmpty() ? cells.first(Field.MALE_MARK)
                    : cells.first(Field.FEMALE_MARK));
            if (marked instanceof DateEvidence.Exact || marked instanceof DateEvidence.Ambiguous) {
                return marked;
            }
        }
        if (split) {
            var parts = DateParser.fromParts(cells.first(Field.BIRTH_DAY), cells.first(Field.BIRTH_MONTH),
                    cells.first(Field.BIRTH_YEAR));
            return parts instanceof DateEvidence.Missing ? date : parts;
        }
        var year = DateParser.parse(cells.first(Field.BIRTH_YEAR));
        if (!(year instanceof DateEvidence.Missing)) {
            return year;
        }
        var age = DateParser.fromAge(cells.first(Field.AGE));
        return age instanceof DateEvidence.Ambiguous ? age : date;
    }

    /**
     * Sex from mark columns: a mark (or a date) under "Nữ" is a woman; under "Nam" a man; with a
     * "Nữ" column alone, an unmarked row is a man, as such lists mean it. Null without marks.
     */
    private Sex markedSex(RowCells cells) {
        if (!marks) {
            return null;
        }
        boolean female = !cells.first(Field.FEMALE_MARK).isEmpty();
        boolean male = !cells.first(Field.MALE_MARK).isEmpty();
        if (female != male) {
            return female ? Sex.F : Sex.M;
        }
        return !female && header.has(Field.FEMALE_MARK) && !header.has(Field.MALE_MARK) ? Sex.M : null;
    }

    private record Found(ProvinceMatch match, Field from) {
    }

    /**
     * The province named in the province column, else in the first place column that names one.
     * Places are read repaired, as names are: "TØnh Hµ TÜnh" (TCVN3) is Hà Tĩnh.
     */
    private Found province(RowCells cells, String address) {
        var named = Provinces.find(NameCell.text(cells.first(Field.PROVINCE), font));
        if (named.isPresent()) {
            return new Found(named.get(), Field.PROVINCE);
        }
        for (var field : PLACE_ORDER) {
            var text = field == Field.ADDRESS ? address : NameCell.text(cells.first(field), font);
            var inAddress = Provinces.findInAddress(text);
            if (inAddress.isPresent()) {
                return new Found(inAddress.get(), field);
            }
        }
        return null;
    }

    private static String rejection(String name, List<IdEvidence> ids) {
        boolean usableId = ids.stream().anyMatch(e -> !(e instanceof IdEvidence.Invalid));
        if (!name.isEmpty() || usableId) {
            return null;
        }
        return ids.isEmpty() ? "không có họ tên và số định danh / no name and no ID"
                : "không có họ tên, số định danh không hợp lệ / no name, invalid ID";
    }

    public HeaderMapping header() {
        return header;
    }
}
