package vn.sachsong.server.procedure;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.sachsong.refdata.PersonalId;
import vn.sachsong.server.exchange.Agency;
import vn.sachsong.server.exchange.ErrorCode;

/** The rules of a dossier's fields, for the API and the import alike; each failure a {@link FieldProblem}. */
final class DossierRules {
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** Vietnam's time, which has had no daylight saving since 1975: a date or a month is counted in it. */
    static final ZoneOffset VIETNAM = vn.sachsong.refdata.VietnamTime.OFFSET;
    static final Set<String> CHANNELS = Set.of("online", "counter", "post");
    static final int MAX_EVIDENCE = 20;
    /** The first day of 1975 as Vietnam counts it, so "1975-01-01" and "1975-01-01T00:00:00+07:00" are in, as its "Z" form is. */
    private static final Instant EARLIEST = LocalDate.of(1975, 1, 1).atStartOfDay(VIETNAM).toInstant();

    private DossierRules() {
    }

    /** {@link #CODE}, checked char by char: a log's row checks two or three codes. */
    static boolean isCode(String code) {
        int n = code == null ? 0 : code.length();
        if (n == 0 || n > 64 || !letterOrDigit(code.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = code.charAt(i);
            if (!letterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    static String code(String code, String column) {
        if (!isCode(code)) {
            throw new FieldProblem(ErrorCode.INVALID_PARAMETER, column, code,
                    "a code of 1-64 letters, digits, '.', '-' or '_', starting with a letter or digit");
        }
        return code;
    }

    static Procedure procedure(String code, ProcedureCatalogue catalogue, Agency agency, String column) {
        var p = known(code, catalogue, column);
        if (!p.handledBy(agency)) {
            throw notHandled(p, agency, column);
        }
        return p;
    }

    /** The procedure of that code in the catalogue, whoever handles it. */
    static Procedure known(String code, ProcedureCatalogue catalogue, String column) {
        return catalogue.find(code == null ? "" : code)
                .orElseThrow(() -> new FieldProblem(ErrorCode.UNKNOWN_PROCEDURE, column, code, "no such procedure in the catalogue"));
    }

    static FieldProblem notHandled(Procedure p, Agency agency, String column) {
        var whose = p.level() == vn.sachsong.server.exchange.AgencyLevel.MINISTRY && p.agency() != null && !p.agency().isBlank()
                ? "a ministry-level procedure of " + p.agency() + "'s, which agency " + agency.code() + " does not handle"
                : "a " + p.level().code() + "-level procedure, which agency " + agency.code() + " (" + agency.level().code()
                        + ") does not handle";
        return new FieldProblem(ErrorCode.PROCEDURE_NOT_HANDLED, column, p.code(), whose);
    }

    static String pid(String pid, String column) {
        var check = PersonalId.check(pid == null ? "" : pid);
        if (!check.valid()) {
            throw new FieldProblem(ErrorCode.INVALID_PID, column, pid, check.summary());
        }
        return pid;
    }

    /**
     * An ISO date (the day's start in Vietnam) or date-time, with an offset or without one (Vietnam's
     * time); a date that does not exist (30 February) or lies more than a day ahead is refused.
     */
    static Instant time(String text, String column) {
        if (text == null || text.isBlank()) {
            throw new FieldProblem(ErrorCode.INVALID_DATE, column, text, "required: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+07:00]");
        }
        var t = text.strip();
        Instant at;
        try {
            at = Iso.plain(t, VIETNAM);   // the everyday spellings, read without a formatter (cheaper by far)
            if (at == null && t.length() == 10) {
                at = LocalDate.parse(t).atStartOfDay(VIETNAM).toInstant();
            } else if (at == null && (t.endsWith("Z") || t.lastIndexOf('+') > 9 || t.lastIndexOf('-') > 9)) {
                at = OffsetDateTime.parse(t).toInstant();
            } else if (at == null) {
                at = LocalDateTime.parse(t).atOffset(VIETNAM).toInstant();
            }
        } catch (DateTimeException e) {
            throw new FieldProblem(ErrorCode.INVALID_DATE, column, text, "not a real date or date-time in ISO form (YYYY-MM-DD or"
                    + " YYYY-MM-DDTHH:MM:SS+07:00)");
        }
        if (at.isBefore(EARLIEST)) {
            throw new FieldProblem(ErrorCode.INVALID_DATE, column, text, "before 1975");
        }
        if (at.isAfter(Instant.now().plus(1, ChronoUnit.DAYS))) {   // a day's leeway for a clock ahead of the hub's
            throw new FieldProblem(ErrorCode.INVALID_DATE, column, text, "more than 24 hours after now");
        }
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** Why a cited result issued after the dossier's day cannot be what the dossier reused. */
    static final String ISSUED_LATER = "the result was issued after the day the dossier was received";

    /**
     * A SQL condition: the result was issued on a later day (Vietnam's) than the dossier was received,
     * so it cannot have been reused then. By day, as logs often give dates alone.
     */
    static String issuedAfterReceived(String issuedAt, String receivedAt) {
        return "(" + issuedAt + " at time zone interval '+07:00')::date > (" + receivedAt + " at time zone interval '+07:00')::date";
    }

    /** The first day of the month the instant falls in, in Vietnam's time. */
    static LocalDate month(Instant at) {
        return at.atOffset(VIETNAM).toLocalDate().withDayOfMonth(1);
    }

    static String channel(String channel, String column) {
        if (channel == null || !CHANNELS.contains(channel)) {
            throw new FieldProblem(ErrorCode.INVALID_PARAMETER, column, channel, "online, counter or post");
        }
        return channel;
    }

    static boolean bool(String text, String column) {
        return switch (text == null ? "" : text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new FieldProblem(ErrorCode.INVALID_PARAMETER, column, text, "true or false");
        };
    }

    /** Result codes, each of the form {@code <dossier>-KQ<n>}, none twice, none the dossier's own. */
    static List<String> evidence(List<String> codes, String dossier, String column) {
        if (codes.isEmpty()) {
            return List.of();
        }
        if (codes.size() > MAX_EVIDENCE) {
            throw new FieldProblem(ErrorCode.INVALID_PARAMETER, column, String.valueOf(codes.size()), "at most " + MAX_EVIDENCE
                    + " results");
        }
        for (var c : codes) {
            if (ResultCode.parse(c, column).dossier().equals(dossier)) {
                throw new FieldProblem(ErrorCode.INVALID_PARAMETER, column, c, "a dossier cannot cite its own result");
            }
        }
        return codes.stream().distinct().sorted().toList();
    }
}
