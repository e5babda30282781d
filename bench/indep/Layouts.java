import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The agency files: each a layout, an encoding, a delimiter, and its own damage profile. */
final class Layouts {
    private Layouts() {
    }

    enum Enc { UTF8, UTF8_BOM, UTF16LE_BOM, CP1258, TCVN3, VNI }

    /** Writes lines of cells in one encoding, quoting a cell only when it must be. */
    static final class Sink implements Closeable {
        private final OutputStream out;
        private final Enc enc;
        private final char delim;
        private final String eol;

        Sink(Path file, Enc enc, char delim, String eol) throws IOException {
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
            this.enc = enc;
            this.delim = delim;
            this.eol = eol;
            if (enc == Enc.UTF8_BOM) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            } else if (enc == Enc.UTF16LE_BOM) {
                out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
            }
        }

        void line(List<String> cells) throws IOException {
            line(cells, false);
        }

        void line(List<String> cells, boolean decomposeAll) throws IOException {
            var sb = new StringBuilder(160);
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    sb.append(delim);
                }
                String c = cells.get(i) == null ? "" : cells.get(i);
                if (c.indexOf(delim) >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                    sb.append('"').append(c.replace("\"", "\"\"")).append('"');
                } else {
                    sb.append(c);
                }
            }
            String s = sb.append(eol).toString();
            out.write(switch (enc) {
                case UTF8, UTF8_BOM -> s.getBytes(StandardCharsets.UTF_8);
                case UTF16LE_BOM -> s.getBytes(StandardCharsets.UTF_16LE);
                case CP1258 -> Legacy.cp1258(s, decomposeAll);
                case TCVN3 -> Legacy.tcvn3(s, false);
                case VNI -> Legacy.vni(s);
            });
        }

        /** A title or footer line: one cell, the row padded to the table's width. */
        void single(String text, int at, int width) throws IOException {
            var cells = new ArrayList<String>(width);
            for (int i = 0; i < width; i++) {
                cells.add(i == at ? text : "");
            }
            line(cells);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** One agency file. {@code write} returns how many footer rows (about no one) follow the data rows. */
    abstract static class Layout {
        final String dataset, fileName;
        final Agency.Profile profile;

        Layout(String dataset, String fileName, Agency.Profile profile) {
            this.dataset = dataset;
            this.fileName = fileName;
            this.profile = profile;
        }

        abstract int write(Path dir, List<Agency.Row> rows, Agency agency, Places places, SplittableRandom r) throws IOException;
    }

    static List<Layout> all() {
        return List.of(new Licences(), new Insurance(), new CivilServants(), new Students(), new Tcvn3Whole(),
                new VniWhole(), new LegacyCells(), new ExcelExport());
    }

    // ---- helpers

    static String pick(SplittableRandom r, String[] styles, double[] w) {
        double x = r.nextDouble();
        for (int i = 0; i < w.length; i++) {
            x -= w[i];
            if (x < 0) {
                return styles[i];
            }
        }
        return styles[styles.length - 1];
    }

    static String name(Agency.Row row, String s) {
        return row.nfd ? Normalizer.normalize(s, Normalizer.Form.NFD) : s;
    }

    static String sex(Agency.Row row, String male, String female) {
        return row.sexMissing ? "" : row.female ? female : male;
    }

    static String digits(SplittableRandom r, int n) {
        var sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    static String someDate(SplittableRandom r, int fromYear, int toYear) {
        int y = fromYear + r.nextInt(toYear - fromYear + 1);
        return Noise.two(1 + r.nextInt(28)) + "/" + Noise.two(1 + r.nextInt(12)) + "/" + y;
    }

    // ---- the files

    /** Driving licences: plain UTF-8, comma, CRLF; a 12-digit licence number and an issue date beside the person's. */
    static final class Licences extends Layout {
        Licences() {
            super("gplx", "gplx.csv", new Agency.Profile(0.08, 0.30, 0.08, 0.25, false, false, true));
        }

        @Override
        int write(Path dir, List<Agency.Row> rows, Agency agency, Places places, SplittableRandom r) throws IOException {
            String[] styles = {"dd/mm/yyyy", "d/m/yyyy", "dd-mm-yyyy", "yyyy-mm-dd"};
            double[] w = {0.70, 0.15, 0.10, 0.05};
            String[] classes = {"A1", "A2", "B1", "B2", "C", "D", "E"};
            try (var s = new Sink(dir.resolve(fileName), Enc.UTF8, ',', "\r\n")) {
                s.line(List.of("STT", "Số GPLX", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD/CMND", "Nơi cư trú", "Hạng", "Ngày cấp"));
                int i = 0;
                for (var row : rows) {
                    s.line(List.of(Integer.toString(++i), digits(r, 12), name(row, row.full),
                            Noise.format(row.date, pick(r, styles, w), r), sex(row, "Nam", "Nữ"), row.idCell, row.address,
                            classes[r.nextInt(classes.length)], someDate(r, 2008, 2025)));
                }
            }
            return 0;
        }
    }

    /** Social insurance: UTF-8 with BOM, semicolons, title rows, the name in three columns, a footer. */
    static final class Insurance extends Layout {
        Insurance() {
            super("bhxh", "bhxh.csv", new Agency.Profile(0.05, 0.35, 0.10, 0.30, true, false, true));
        }

        @Override
        int write(Path dir, List<Agency.Row> rows, Agency agency, Places places, SplittableRandom r) throws IOException {
            String[] styles = {"text", "d-m-yy", "serial", "dd/mm/yyyy"};
            double[] w = {0.30, 0.25, 0.20, 0.25};
            try (var s = new Sink(dir.resolve(fileName), Enc.UTF8_BOM, ';', "\n")) {
                s.single("BẢO HIỂM XÃ HỘI VIỆT NAM", 0, 9);
                s.single("DANH SÁCH NGƯỜI THAM GIA BẢO HIỂM XÃ HỘI BẮT BUỘC", 0, 9);
                s.single("Kỳ báo cáo: tháng 10 năm 2025", 0, 9);
                s.line(List.of("STT", "Mã số BHXH", "Họ", "Chữ đệm", "Tên", "Ngày sinh", "Giới tính", "Số định danh cá nhân",
                        "Địa chỉ thường trú"));
                int i = 0;
                for (var row : rows) {
                    String fam = row.fam, mid = row.mid, giv = row.giv;
                    double x = r.nextDouble();
                    if (x < 0.015 && !mid.isEmpty()) { // "Họ" holds family and middle names
                        fam = fam + " " + mid;
                        mid = "";
                        row.kinds.add("split_shift");
                    } else if (x < 0.03 && !mid.isEmpty()) { // "Tên" holds middle and given names
                        giv = mid + " " + giv;
                        mid = "";
                        row.kinds.add("split_shift");
                    }
                    String sex = r.nextDouble() < 0.2 ? sex(row, "nam", "nữ") : sex(row, "Nam", "Nữ");
                    s.line(List.of(Integer.toString(++i), digits(r, 10), name(row, fam), name(row, mid), name(row, giv),
                            Noise.format(row.date, pick(r, styles, w), r), sex, row.idCell, row.address));
                }
                s.single("Tổng cộng: " + rows.size() + " người", 2, 9);
                s.single("Người lập biểu", 6, 9);
            }
            return 2;
        }
    }

    /** Civil servants: UTF-16LE with BOM, tab, capitals; a home-town column that is not the address. */
    static final class CivilServants extends Layout {
        CivilServants() {
            super("congchuc", "congchuc.txt", new Agency.Profile(1.0, 0.25, 0.03, 0.20, false, false, true));
        }

        @Override
        int write(Path dir, List<Agency.Row> rows, Agency agency, Places places, SplittableRandom r) throws IOException {
            String[] styles = {"dd.mm.yyyy", "dd/mm/yyyy"};
            double[] w = {0.5, 0.5};
            String[] posts = {"Chuyên viên", "Chuyên viên chính", "Cán sự", "Trưởng phòng", "Phó Trưởng phòng", "Văn thư", "Kế toán"};
            try (var s = new Sink(dir.resolve(fileName), Enc.UTF16LE_BOM, '\t', "\r\n")) {
                s.line(List.of("TT", "HỌ VÀ TÊN", "NGÀY THÁNG NĂM SINH", "GIỚI TÍNH", "SỐ CCCD", "QUÊ QUÁN", "NƠI Ở HIỆN NAY",
                        "CHỨC VỤ", "NGÀY VÀO NGÀNH"));
                int i = 0;
                for (var row : rows) {
                    int home = places.unitInProvince(row.p.birthProv, r);
                    String hometown = agency.oldAddress("", home, r);
                    s.line(List.of(Integer.toString(++i), name(row, row.full), Noise.format(row.date, pick(r, styles, w), r),
                            sex(row, "NAM", "NỮ"), row.idCell, hometown, row.address, posts[r.nextInt(posts.length)],
                            someDate(r, 1990, 2024)));
                }
            }
            return 0;
        }
    }

    /** Students: Windows-1258 (some rows wholly decomposed), a header without accents, Nam/Nu, a phone number. */
    static final class Students extends Layout {
        Students() {
            super("hocvien", "hocvien.csv", new Agency.Profile(0.05, 0.30, 0.05, 0.20, false, false, false));
        }

        @Override
        int write(Path dir, List<Agency.Row> rows, Agency agency, Places places, SplittableRandom r) throws IOException {
            String[] styles = {"dd/mm/yy", "dd/mm/yyyy", "d/m/yyyy"};
            double[] w = {0.3, 0.6, 0.1};
            try (var s = new Sink(dir.resolve(fileName), Enc.CP1258, ',', "\r\n")) {
                s.line(List.of("STT", "Ho va ten", "Ngay sinh", "Gioi tinh", "So CCCD", "Dia chi", "So dien thoai"));
                int i = 0;
                for (var row : rows) {
                    boolean decomposed = r.nextDouble() < 0.25;
                    if (decomposed) {
                        row.kinds.add("cp1258_decomposed");
                    }
                    s.line(List.of(Integer.toString(++i), row.full, Noise.format(row.date, pick(r, styles, w), r),
                            sex(row, "Nam", "Nu"), row.idCell, row.address, (r.nextBoolean() ? "09" : "03") + digits(r, 8)), decomposed);
                }
            }
            return 0;
        }
    }

    /** A commune's list typed in TCVN3 (ABC fonts), the whole file, title rows included; some names in .VnTimeH. */
    static final class Tcvn3Whole extends Layout {
        Tcvn3Whole() {
            super("hongheo_tcvn3", "hongheo_tcvn3.csv", new Agency.Profile(0.05, 0.55, 0.05, 0.20, false, false, false));
        }

        @Override
        int write(Path dir, List<Agency.Row> rows, Agency agency, Places places, SplittableRandom r) throws IOException {
            String[] styles = {"dd/mm/yyyy", "text", "d/m/yyyy"};
            double[] w = {0.6, 0.2, 0.2};
            try (var s = new Sink(dir.resolve(fileName), Enc.TCVN3, ',', "\r\n")) {
                s.single("Ủy ban nhân dân xã", 0, 6);
                s.single("Danh sách hộ nghèo, hộ cận nghèo năm 2024", 0, 6);
                s.line(List.of("TT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CMND/CCCD", "Địa chỉ"));
                int i = 0;
                for (var row : rows) {
                    String n = row.full;
                    if (r.nextDouble() < 0.3) { // typed in .VnTimeH: every letter as its lower-case code
                        n = Noise.lower(n);
                        row.kinds.add("vntimeh");
                    }
                    s.line(List.of(Integer.toString(++i), n, Noise.format(row.date, pick(r, styles, w), r),
                            sex(row, "Nam", "Nữ"), row.idCell, row.address));
                }
            }
            return 0;
        }
    }

    /** A southern list in VNI-Windows, the whole file, tab-delimited; "Phái" for sex. */
    static final class VniWhole extends Layout {
        VniWhole() {
            super("danhsach_vni", "danhsach_vni.txt", new Agency.Profile(0.10, 0.40, 0.05, 0.20, false, false, false));
        }

        @Override
        int write(Path dir, List<Agency.Row> rows, Agency agency, Places places, SplittableRandom r) throws IOException {
            String[] styles = {"dd/mm/yyyy", "dd-mm-yyyy", "d-m-yy"};
            double[] w = {0.5, 0.3, 0.2};
            try (var s = new Sink(dir.resolve(fileName), Enc.VNI, '\t', "\r\n")) {
                s.line(List.of("Số TT", "Họ và tên", "Ngày sinh", "Phái", "CCCD", "Nơi thường trú"));
                int i = 0;
                for (var row : rows) {
                    s.line(List.of(Integer.toString(++i), row.full, Noise.format(row.date, pick(r, styles, w), r),
                            sex(row, "Nam", "Nữ"), row.idCell, row.address));
                }
            }
            return 0;
        }
    }

    /** UTF-8 where some cells were pasted from TCVN3 or VNI fonts; the birth date in Ngày | Tháng | Năm columns. */
    static final class LegacyCells extends Layout {
        LegacyCells() {
            super("tonghop_percell", "tonghop_percell.csv", new Agency.Profile(0.08, 0.35, 0.05, 0.20, false, false, true));
        }

        @Override
        int write(Path dir, List<Agency.Row> rows, Agency agency, Places places, SplittableRandom r) throws IOException {
            try (var s = new Sink(dir.resolve(fileName), Enc.UTF8, ',', "\n")) {
                s.line(List.of("STT", "Họ và tên", "Ngày", "Tháng", "Năm", "Giới tính", "CCCD", "Địa chỉ"));
                int i = 0;
                for (var row : rows) {
                    var d = row.date;
                    String day = d.precision() == 3 ? Integer.toString(d.d()) : "";
                    String month = d.precision() >= 2 ? Integer.toString(d.m()) : "";
                    String year = d.precision() >= 1 ? Integer.toString(d.y()) : "";
                    s.line(List.of(Integer.toString(++i), legacy(row, name(row, row.full), "name", r), day, month, year,
                            legacy(row, sex(row, "Nam", "Nữ"), "sex", r), row.idCell, legacy(row, row.address, "addr", r)));
                }
            }
            return 0;
        }

        private static String legacy(Agency.Row row, String cell, String what, SplittableRandom r) {
            if (cell.isEmpty()) {
                return cell;
            }
            double x = r.nextDouble();
            if (x < 0.12) {
                boolean caps = r.nextDouble() < 0.3;
                row.kinds.add(what + "_tcvn3" + (caps ? "h" : ""));
                return Legacy.tcvn3Cell(cell, caps);
            }
            if (x < 0.24) {
                row.kinds.add(what + "_vni");
                return Legacy.vniCell(cell);
            }
            return cell;
        }
    }

    /** An export opened and saved in Excel: numbers lose leading zeros or turn scientific, dates become serials. */
    static final class ExcelExport extends Layout {
        ExcelExport() {
            super("xuat_excel", "xuat_excel.csv", new Agency.Profile(0.05, 0.30, 0.85, 0.12, true, true, true));
        }

        @Override
        int write(Path dir, List<Agency.Row> rows, Agency agency, Places places, SplittableRandom r) throws IOException {
            String[] styles = {"serial", "dd/mm/yyyy", "yyyy-mm-dd"};
            double[] w = {0.55, 0.30, 0.15};
            try (var s = new Sink(dir.resolve(fileName), Enc.UTF8_BOM, ',', "\r\n")) {
                s.single("Dữ liệu xuất từ phần mềm quản lý ngày 01/12/2025", 0, 7);
                s.line(List.of("Họ và chữ đệm", "Tên", "Ngày sinh", "Giới tính", "Số CCCD", "Số CMND", "Địa chỉ"));
                for (var row : rows) {
                    String famMid = row.mid.isEmpty() ? row.fam : row.fam + " " + row.mid;
                    String cccd = row.idDigits == null ? "" : row.idCell;
                    String cmnd = "";
                    if (row.oldCard != null) {
                        cmnd = row.idCell;
                    } else if (row.idDigits != null && row.p.oldId != null && r.nextDouble() < 0.3) {
                        cmnd = agency.render(row.p.oldId, row, profile, r);
                        row.kinds.add("both_ids");
                    }
                    s.line(List.of(name(row, famMid), name(row, row.giv), Noise.format(row.date, pick(r, styles, w), r),
                            sex(row, "Nam", "Nữ"), cccd, cmnd, row.address));
                }
            }
            return 0;
        }
    }
}
