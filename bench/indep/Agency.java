import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One agency row's values after the damage, before a layout writes them. Rates are per row and
 * independent, so a row often carries several kinds; every kind applied is in the row's label.
 */
final class Agency {
    /** What differs from file to file in how rows are damaged. */
    record Profile(double upper, double oldAddress, double lostZeros, double scientific, boolean splitName,
                   boolean excelNumbers, boolean unicode) {
    }

    static final class Row {
        final Population.Person p;
        final List<String> kinds = new ArrayList<>();
        String fam, mid, giv;      // name parts after damage
        String full;               // the whole name after damage
        Noise.Date date;
        String idDigits;           // the 12-digit ID the row carries (maybe wrong), or null
        String oldCard;            // a 9-digit card the row carries, or null
        String idCell;             // the single ID cell as written
        boolean female, sexMissing;
        String address;
        boolean nfd;               // the name typed with combining marks

        Row(Population.Person p) {
            this.p = p;
        }

        String label() {
            return String.join("+", new java.util.LinkedHashSet<>(kinds));
        }
    }

    private final Places places;

    Agency(Places places) {
        this.places = places;
    }

    Row damage(Population.Person p, String base, Profile f, SplittableRandom r) {
        var row = new Row(p);
        row.kinds.add(base);
        if (p.dead && base.equals("reg")) {
            row.kinds.add("deceased");
        }
        name(row, f, r);
        date(row, r);
        id(row, base.startsWith("absent"), f, r);
        row.female = p.female;
        if (r.nextDouble() < 0.02) {
            row.sexMissing = true;
            row.kinds.add("sex_missing");
        }
        row.address = address(row, f, r);
        return row;
    }

    private void name(Row row, Profile f, SplittableRandom r) {
        var p = row.p;
        String fam = p.fam, mid = p.mid, giv = p.giv;
        if (!mid.isEmpty() && r.nextDouble() < 0.015) {
            mid = "";
            row.kinds.add("middle_dropped");
        }
        if (r.nextDouble() < 0.10) {
            String a = Names.toneStyleOld(mid), b = Names.toneStyleOld(giv);
            if (!a.equals(mid) || !b.equals(giv)) {
                mid = a;
                giv = b;
                row.kinds.add("tone_old");
            }
        }
        if (r.nextDouble() < 0.05) {
            int part = r.nextInt(3);
            if (part == 1 && !mid.isEmpty()) {
                List<String> w = Names.words(mid);
                int j = r.nextInt(w.size());
                w.set(j, Noise.typo(w.get(j), r));
                mid = String.join(" ", w);
            } else if (part == 0) {
                fam = Noise.typo(fam, r);
            } else {
                giv = Noise.typo(giv, r);
            }
            row.kinds.add("name_typo");
        }
        double x = r.nextDouble();
        if (x < 0.10) {
            fam = Noise.noAccents(fam);
            mid = Noise.noAccents(mid);
            giv = Noise.noAccents(giv);
            row.kinds.add("no_accents");
        } else if (x < 0.13) {
            if (r.nextBoolean()) {
                giv = Noise.noAccents(giv);
            } else {
                fam = Noise.noAccents(fam);
            }
            row.kinds.add("partial_accents");
        }
        x = r.nextDouble();
        if (x < f.upper()) {
            fam = Noise.upper(fam);
            mid = Noise.upper(mid);
            giv = Noise.upper(giv);
            row.kinds.add("upper");
        } else if (x < f.upper() + 0.02) {
            fam = Noise.lower(fam);
            mid = Noise.lower(mid);
            giv = Noise.lower(giv);
            row.kinds.add("lower");
        }
        String full = mid.isEmpty() ? fam + " " + giv : fam + " " + mid + " " + giv;
        if (r.nextDouble() < 0.04) {
            if (f.splitName()) { // a stray space inside one column's part
                String[] s = Noise.straySpace(giv.length() >= 3 ? giv : fam, r);
                if (s != null && s[1].equals("space_split")) {
                    if (giv.length() >= 3) {
                        giv = s[0];
                    } else {
                        fam = s[0];
                    }
                    row.kinds.add("space_split");
                }
            } else {
                String[] s = Noise.straySpace(full, r);
                if (s != null) {
                    full = s[0];
                    row.kinds.add(s[1]);
                }
            }
        }
        row.fam = fam;
        row.mid = mid;
        row.giv = giv;
        row.full = full;
        if (f.unicode() && r.nextDouble() < 0.03) {
            row.nfd = true;
            row.kinds.add("nfd");
        }
    }

    private void date(Row row, SplittableRandom r) {
        var p = row.p;
        int y = p.by, m = p.bm, d = p.bd;
        double x = r.nextDouble();
        if (p.datePrecision() < 3) {
            if (x < 0.3) { // the agency writes the stand-in day
                if (m == 0) {
                    m = 1;
                }
                d = 1;
                row.kinds.add("date_padded");
            } else if (x < 0.45) { // the agency knows a day the registry does not
                if (m == 0) {
                    m = 1 + r.nextInt(12);
                }
                d = 1 + r.nextInt(28);
                row.kinds.add("date_more_precise");
            } else {
                row.kinds.add("date_partial");
            }
        } else if (x < 0.025) {
            if (d <= 12 && d != m) {
                int t = d;
                d = m;
                m = t;
                row.kinds.add("dm_swap");
            }
        } else if (x < 0.055) {
            m = 0;
            d = 0;
            row.kinds.add("year_only");
        } else if (x < 0.065) {
            d = 0;
            row.kinds.add("month_year");
        } else if (x < 0.075) {
            if (r.nextBoolean() && y < 2025) {
                y += r.nextBoolean() ? 1 : -1;
            } else {
                d = d <= 27 ? d + 1 : d - 1;
            }
            row.kinds.add("date_wrong");
        } else if (x < 0.085) {
            y = 0;
            m = 0;
            d = 0;
            row.kinds.add("date_missing");
        }
        row.date = new Noise.Date(y, m, d);
    }

    private void id(Row row, boolean absent, Profile f, SplittableRandom r) {
        var p = row.p;
        double x = r.nextDouble();
        String v;
        if (absent) {
            if (x < 0.35) {
                v = null;
            } else if (x < 0.47 && p.oldId != null) {
                row.oldCard = p.oldId;
                v = null;
            } else {
                v = p.pid;
            }
        } else if (x < 0.06) {
            v = null;
            row.kinds.add("id_missing");
        } else if (x < 0.16) {
            if (p.oldId != null) {
                row.oldCard = p.oldId;
                v = null;
                row.kinds.add("old_card");
            } else {
                v = p.pid;
            }
        } else if (x < 0.17) {
            if (p.relPid != null) {
                v = p.relPid;
                row.kinds.add("id_relative");
            } else {
                v = p.pid;
            }
        } else if (x < 0.19) {
            v = Noise.digitTypo(p.pid, r);
            row.kinds.add("id_typo");
        } else if (x < 0.20) {
            v = Noise.transpose(p.pid, r);
            row.kinds.add("id_transposed");
        } else {
            v = p.pid;
        }
        if (absent && v == null && row.oldCard == null) {
            row.kinds.add("id_missing");
        }
        row.idDigits = v;
        String shown = v != null ? v : row.oldCard;
        row.idCell = shown == null ? "" : render(shown, row, f, r);
    }

    /** How an ID comes out of a spreadsheet or a typist. */
    String render(String digits, Row row, Profile f, SplittableRandom r) {
        double x = r.nextDouble();
        if (x < f.lostZeros()) {
            String s = Noise.stripZeros(digits);
            row.kinds.add("id_lost_zeros");
            if (s.length() >= 11 && r.nextDouble() < f.scientific()) {
                row.kinds.add("id_sci");
                return Noise.scientific(s);
            }
            return s;
        }
        if (f.excelNumbers()) {
            return digits;
        }
        if (x < f.lostZeros() + 0.02) {
            row.kinds.add("id_spaced");
            return Noise.spaced(digits, r);
        }
        if (x < f.lostZeros() + 0.03) {
            row.kinds.add("id_prefix");
            return (digits.length() == 9 ? "CMND: " : "CCCD: ") + digits;
        }
        return digits;
    }

    private String address(Row row, Profile f, SplittableRandom r) {
        var p = row.p;
        double x = r.nextDouble();
        if (x < f.oldAddress()) {
            row.kinds.add("addr_old");
            return oldAddress(p.detail, p.unit, r);
        }
        x -= f.oldAddress();
        if (x < 0.08) {
            row.kinds.add("addr_missing");
            return "";
        }
        if (x < 0.11) { // moved: the agency has another commune
            row.kinds.add("addr_moved");
            int prov = places.newCommProv.get(p.newComm);
            if (r.nextDouble() < 0.33) {
                prov = r.nextInt(places.newProvCode.size());
            }
            var comms = places.newProvCommunes.get(prov);
            return newAddress(p.detail, comms.get(r.nextInt(comms.size())), r);
        }
        if (x < 0.15) {
            row.kinds.add("addr_province_only");
            return r.nextBoolean() ? places.newProvName.get(places.newCommProv.get(p.newComm))
                    : places.oldProvName.get(places.unitProv[p.unit]);
        }
        return newAddress(p.detail, p.newComm, r);
    }

    String oldAddress(String detail, int unit, SplittableRandom r) {
        String comm = places.unitName[unit], dist = places.unitDistrict[unit];
        String prov = places.oldProvName.get(places.unitProv[unit]);
        var parts = new ArrayList<String>(4);
        double x = r.nextDouble();
        if (x < 0.85 && !detail.isEmpty()) {
            parts.add(detail);
        }
        if (!comm.isEmpty()) {
            parts.add(comm);
        }
        parts.add(dist);
        parts.add(prov);
        return style(parts, r);
    }

    String newAddress(String detail, int comm, SplittableRandom r) {
        var parts = new ArrayList<String>(3);
        if (r.nextDouble() < 0.8) {
            parts.add(detail);
        }
        parts.add(places.newCommName.get(comm));
        parts.add(places.newProvName.get(places.newCommProv.get(comm)));
        return style(parts, r);
    }

    private static final String[][] ABBREV = {
        {"Thành phố ", "TP. "}, {"Thị trấn ", "TT. "}, {"Thị xã ", "TX. "}, {"Phường ", "P. "}, {"Xã ", "X. "},
        {"Huyện ", "H. "}, {"Quận ", "Q. "}, {"Tỉnh ", "T. "}, {"Đặc khu ", "ĐK. "}};

    private static String style(List<String> parts, SplittableRandom r) {
        double x = r.nextDouble();
        var out = new ArrayList<String>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            String s = parts.get(i);
            boolean unit = i > 0 || !(s.startsWith("Số") || s.startsWith("Tổ") || s.startsWith("Thôn") || s.startsWith("Xóm")
                    || s.startsWith("Ấp") || s.startsWith("Bản") || s.startsWith("Khu"));
            if (unit && x >= 0.6) {
                for (String[] a : ABBREV) {
                    if (s.startsWith(a[0])) {
                        if (x < 0.8) {
                            s = (a[0].equals("Tỉnh ") && r.nextBoolean() ? "" : a[1]) + s.substring(a[0].length());
                        } else if (x < 0.9) {
                            s = s.substring(a[0].length());
                        } else {
                            s = Character.toLowerCase(s.charAt(0)) + s.substring(1);
                        }
                        break;
                    }
                }
            }
            out.add(s);
        }
        return String.join(x >= 0.9 ? " - " : ", ", out);
    }
}
