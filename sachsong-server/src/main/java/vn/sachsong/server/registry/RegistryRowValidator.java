package vn.sachsong.server.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.sachsong.record.PartialDate;
import vn.sachsong.refdata.Sex;
import vn.sachsong.text.VietText;

/**
 * Checks one registry row and puts it in canonical form. The first problem found is the reason
 * a row is rejected; the rules are the registry's, so a rejected row never half-loads.
 */
final class RegistryRowValidator {
    /** Vietnam's day: a child born this morning in Hà Nội was born today, whatever the server's clock zone. */
    private final LocalDate today = LocalDate.now(vn.sachsong.refdata.VietnamTime.OFFSET);

    /** The row in canonical form, or the reason it cannot be loaded. */
    sealed interface Outcome permits Valid, Invalid {
    }

    record Valid(List<String> values) implements Outcome {
    }

    record Invalid(String column, String value, String reason) implements Outcome {
    }

    Outcome check(List<String> row) {
        if (row.size() != RegistryCsv.HEADER.size()) {
            return new Invalid("", "", "expected " + RegistryCsv.HEADER.size() + " fields, found " + row.size());
        }
        for (int i = 0; i < row.size(); i++) {
            int nul = row.get(i).indexOf('\0');
            if (nul >= 0) {   // PostgreSQL text cannot hold it, and no registry value has one
                return new Invalid(RegistryCsv.HEADER.get(i), row.get(i), "a NUL character (byte 0) at character " + (nul + 1)
                        + " of the field");
            }
            int control = control(row.get(i));
            if (control >= 0) {   // a bell or an escape in a name is damage, stored and exported as it came before
                return new Invalid(RegistryCsv.HEADER.get(i), row.get(i), String.format("a control character (U+%04X) at character %d"
                        + " of the field", (int) row.get(i).charAt(control), control + 1));
            }
        }
        String pid = row.get(0).strip();
        String oldId = row.get(1).strip();
        String name = VietText.normalize(row.get(2));
        String birth = row.get(3).strip();
        String sexText = row.get(4).strip();
        String province = row.get(5).strip();
        String status = row.get(7).strip();
        String diedOn = row.get(8).strip();
        if (!oldId.isEmpty() && !nineDigits(oldId)) {
            return new Invalid("old_id", oldId, "old ID card number must have 9 digits");
        }
        if (name.isEmpty()) {
            return new Invalid("full_name", "", "full name is empty");
        }
        var birthDate = date(birth);
        if (birthDate.isEmpty()) {
            return new Invalid("birth_date", birth, dateProblem(birth));
        }
        if (!sexText.equals("M") && !sexText.equals("F")) {
            return new Invalid("sex", sexText, "sex must be M or F");
        }
        var pidProblem = PidRules.problem(pid, Sex.valueOf(sexText), birthDate.get().year());
        if (pidProblem.isPresent()) {
            return new Invalid("pid", pid, pidProblem.get());
        }
        var provinceProblem = PidRules.provinceProblem(province, pid);
        if (provinceProblem.isPresent()) {
            return new Invalid("birth_province_code", province, provinceProblem.get());
        }
        if (!status.equals("alive") && !status.equals("deceased")) {
            return new Invalid("status", status, "status must be alive or deceased");
        }
        var deathProblem = deathProblem(status, diedOn, birthDate.get());
        if (deathProblem.isPresent()) {
            return new Invalid("died_on", diedOn, deathProblem.get());
        }
        return new Valid(List.of(pid, oldId, name, birthDate.get().toString(), sexText, province,
                VietText.normalize(row.get(6)), status, diedOn.isEmpty() ? "" : date(diedOn).orElseThrow().toString()));
    }

    /** The first control character other than tab and line breaks (C0, DEL, C1), or -1. */
    private static int control(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean nineDigits(String s) {
        if (s.length() != 9) {
            return false;
        }
        for (int i = 0; i < 9; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private Optional<String> deathProblem(String status, String diedOn, PartialDate birth) {
        if (diedOn.isEmpty()) {
            return Optional.empty();
        }
        if (status.equals("alive")) {
            return Optional.of("a date of death is given but status is alive");
        }
        var died = date(diedOn);
        if (died.isEmpty()) {
            return Optional.of(dateProblem(diedOn));
        }
        String death = died.get().toString();
        String born = birth.toString();
        int common = Math.min(death.length(), born.length());
        if (death.substring(0, common).compareTo(born.substring(0, common)) < 0) {
            return Optional.of("date of death is before the date of birth");
        }
        return Optional.empty();
    }

    /** Why {@link #date} has no date for the text: its form, or a date before 1880 or after today. */
    private String dateProblem(String text) {
        PartialDate date;
        try {
            date = PartialDate.parseIso(text);
        } catch (IllegalArgumentException e) {
            return "not a possible date in the form YYYY-MM-DD, YYYY-MM or YYYY";
        }
        return date.year() < 1880 ? "before 1880: no one living or recorded was born or died then"
                : "in the future (today is " + today + ")";
    }

    private Optional<PartialDate> date(String text) {
        try {
            var date = PartialDate.parseIso(text);
            if (date.year() < 1880 || date.year() > today.getYear()
                    || (date.day() > 0 && LocalDate.of(date.year(), date.month(), date.day()).isAfter(today))) {
                return Optional.empty();
            }
            return Optional.of(date);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
