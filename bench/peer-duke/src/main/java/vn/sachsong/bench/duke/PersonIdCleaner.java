package vn.sachsong.bench.duke;

import no.priv.garshol.duke.Cleaner;
import no.priv.garshol.duke.cleaners.DigitsOnlyCleaner;

/**
 * Digits only (drops the spaces and dots of "001 090 123 456"), then no leading zeros: Excel
 * turns "001090123456" into 1090123456, so both sides are compared without them.
 */
public final class PersonIdCleaner implements Cleaner {
    private final DigitsOnlyCleaner digits = new DigitsOnlyCleaner();

    @Override
    public String clean(String value) {
        String d = digits.clean(value);
        if (d == null) {
            return null;
        }
        int i = 0;
        while (i < d.length() && d.charAt(i) == '0') {
            i++;
        }
        return i == d.length() ? null : d.substring(i);
    }
}
