package vn.sachsong.synth;

import java.util.List;

/**
 * An agency receiving dossiers in the generated logs: the procedures it handles, its share of the
 * level's dossiers, and its own three rates (drawn around its level's).
 */
record DossierAgency(String code, String name, String level, List<ProcedureSpec> procedures, double share,
        double digitised, double electronic, double reuse) {
}
