package vn.sachsong.synth;

import java.util.List;

/**
 * A year of dossier logs to generate: about {@code dossiers} dossiers received over the twelve
 * months before the registry's reference date, over these procedures.
 */
public record DossierPlan(long dossiers, List<ProcedureSpec> procedures) {
    public static final String DOSSIERS_FILE = "dossiers.csv";
    public static final String AGENCIES_FILE = "agencies.csv";

    public DossierPlan {
        if (dossiers < 0 || dossiers > 100_000_000) {
            throw new IllegalArgumentException("dossiers must be 0..100,000,000, was " + dossiers);
        }
        procedures = List.copyOf(procedures);
    }
}
