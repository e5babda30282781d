package vn.sachsong.server.cli;

import java.io.PrintStream;
import vn.sachsong.cleaning.Progress;

/** A one-line progress bar on the terminal (rows/s, ETA); silent when output is not a terminal. */
final class ProgressBar implements Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private long lastDrawn;

    private ProgressBar(PrintStream out) {
        this.out = out;
    }

    static Progress onTerminal() {
        return System.console() == null ? Progress.NONE : new ProgressBar(System.err);
    }

    @Override
    public void update(long done, long expected, long millis) {
        if (millis - lastDrawn < 250) {
            return;
        }
        lastDrawn = millis;
        double perSecond = millis == 0 ? 0 : done * 1000.0 / millis;
        if (expected <= 0) {
            out.printf("\r  %,d rows, %,.0f rows/s   ", done, perSecond);
            return;
        }
        double share = Math.min(1, (double) done / expected);
        int filled = (int) (share * WIDTH);
        long eta = perSecond == 0 ? 0 : (long) Math.max(0, (expected - done) / perSecond);
        out.printf("\r  %3.0f%% [%s%s] %,d of ~%,d rows, %,.0f rows/s, ETA %d s   ", 100 * share, "#".repeat(filled),
                " ".repeat(WIDTH - filled), done, expected, perSecond, eta);
    }

    /** Ends the bar's line so the summary starts on a fresh one. */
    static void end(Progress progress) {
        if (progress instanceof ProgressBar bar) {
            bar.out.println();
        }
    }
}
