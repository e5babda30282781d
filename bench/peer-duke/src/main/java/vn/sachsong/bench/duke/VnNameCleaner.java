package vn.sachsong.bench.duke;

import no.priv.garshol.duke.Cleaner;
import no.priv.garshol.duke.cleaners.LowerCaseNormalizeCleaner;

/**
 * Duke's own lower-case/accent-stripping cleaner, plus the one letter it cannot strip:
 * {@code đ} has no Unicode decomposition, so "Đặng" would stay "đang" while the same name
 * typed without marks is "dang". What a Duke user who knows Vietnamese would add.
 */
public final class VnNameCleaner implements Cleaner {
    private final LowerCaseNormalizeCleaner base = new LowerCaseNormalizeCleaner();

    @Override
    public String clean(String value) {
        String cleaned = base.clean(value);
        return cleaned == null ? null : cleaned.replace('đ', 'd').replace('Đ', 'd');
    }
}
