package vn.sachsong.server.console;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Numbers and times as each language writes them, for the templates ({@code @figures}):
 * 34,9 triệu / 34.9 million; 1.234.567 / 1,234,567; 96,4% / 96.4%.
 */
@Component("figures")
class Figures {
    private final ZoneId zone = ZoneId.systemDefault();
    private final org.springframework.context.MessageSource messages;

    Figures(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A score's parts as lines for people: each level's counts on one line ("agreed 2.288 · compared
     * 2.288 · score 100,0"), a field's under its name; the counts' names in the page's language.
     */
    public java.util.List<String> lines(Object parts, Locale locale) {
        var out = new java.util.ArrayList<String>();
        flatten("", parts, locale, out);
        return out;
    }

    private void flatten(String prefix, Object value, Locale locale, java.util.List<String> out) {
        if (!(value instanceof java.util.Map<?, ?> map)) {
            out.add(prefix + value(value, locale));
            return;
        }
        var scalars = new java.util.ArrayList<String>();
        map.forEach((k, v) -> {
            if (!(v instanceof java.util.Map)) {
                scalars.add(label(k.toString(), locale) + " " + value(v, locale));
            }
        });
        if (!scalars.isEmpty()) {
            out.add(prefix + String.join(" · ", scalars));
        }
        map.forEach((k, v) -> {
            if (v instanceof java.util.Map) {
                // "fields" only groups the fields: their names say enough
                flatten(k.equals("fields") ? prefix : prefix + label(k.toString(), locale) + ": ", v, locale, out);
            }
        });
    }

    private String label(String key, Locale locale) {
        return messages == null ? key : messages.getMessage("part." + key, null, key.replace('_', ' '), locale);
    }

    private String value(Object v, Locale locale) {
        if (v instanceof Number n) {
            return n.doubleValue() == Math.rint(n.doubleValue()) && !(v instanceof Double) ? count(n, locale) : oneDecimal(n, locale);
        }
        return v == null ? "–" : v.toString();
    }

    /** A count: exact below a million, else in millions (or thousands of millions) to one decimal. */
    public String big(Number value, Locale locale) {
        if (value == null) {
            return "–";
        }
        double v = value.doubleValue();
        boolean vi = isVietnamese(locale);
        if (Math.abs(v) >= 1e9) {
            return oneDecimal(v / 1e9, locale) + (vi ? " tỷ" : " billion");
        }
        if (Math.abs(v) >= 1e6) {
            return oneDecimal(v / 1e6, locale) + (vi ? " triệu" : " million");
        }
        return count(value, locale);
    }

    public String count(Number value, Locale locale) {
        return value == null ? "–" : NumberFormat.getIntegerInstance(locale(locale)).format(value.longValue());
    }

    public String oneDecimal(Number value, Locale locale) {
        if (value == null) {
            return "–";
        }
        var f = NumberFormat.getNumberInstance(locale(locale));
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(value.doubleValue());
    }

    public String decimals(Number value, int digits, Locale locale) {
        if (value == null) {
            return "–";
        }
        var f = NumberFormat.getNumberInstance(locale(locale));
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value.doubleValue());
    }

    /** A share 0-100 as "96,4%" / "96.4%". */
    /**
     * PART of WHOLE as a percentage to one decimal, rounded once from the counts (10.746% is 10,7%;
     * a rate already rounded to two decimals, 10.75, would be rounded again to 10,8%); "–" of nothing.
     */
    public String share(long part, long whole, Locale locale) {
        return whole == 0 ? "–" : percent(java.math.BigDecimal.valueOf(part * 100L)
                .divide(java.math.BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP), locale);
    }

    public String percent(Number value, Locale locale) {
        return value == null ? "–" : oneDecimal(value, locale) + "%";
    }

    public String time(Instant at, Locale locale) {
        return at == null ? "–" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale(locale))
                .withZone(zone).format(at);
    }

    public String time(java.time.OffsetDateTime at, Locale locale) {
        return at == null ? "–" : time(at.toInstant(), locale);
    }

    public String day(java.time.LocalDate day, Locale locale) {
        return day == null ? "–" : DateTimeFormatter.ofPattern(isVietnamese(locale) ? "dd/MM" : "MMM d", locale(locale)).format(day);
    }

    /** Seconds as "12 s", "3 min 4 s", "2 h 5 min". */
    public String duration(Double seconds) {
        if (seconds == null) {
            return "–";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min " + s % 60 + " s";
        }
        return s / 3600 + " h " + s % 3600 / 60 + " min";
    }

    /** A personal ID with its middle hidden, where the page shows who without needing all of it. */
    public String masked(String pid) {
        return pid == null ? "" : vn.sachsong.refdata.PersonalId.mask(pid);
    }

    /**
     * A request's path as the audit page shows it: every run of nine or more digits (a personal ID or
     * an old ID card's number in a path no route matched, kept as sent) masked like a personal ID.
     */
    public String maskedPath(String path) {
        return path == null ? "" : LONG_DIGITS.matcher(path).replaceAll(m -> vn.sachsong.refdata.PersonalId.mask(m.group()));
    }

    private static final java.util.regex.Pattern LONG_DIGITS = java.util.regex.Pattern.compile("[0-9]{9,}");

    static boolean isVietnamese(Locale locale) {
        return locale == null || !"en".equals(locale.getLanguage());
    }

    private static Locale locale(Locale locale) {
        return isVietnamese(locale) ? ConsoleWebConfig.VIETNAMESE : Locale.US;
    }
}
