package vn.sachsong.synth;

import java.util.List;

/**
 * What the dossier generator needs to know of a procedure: its code, the level that handles it
 * ({@code ministry} or {@code province}), the ministry responsible for it, the document types it
 * accepts as evidence and the type of its result. The server passes its catalogue in.
 */
public record ProcedureSpec(String code, String level, String agency, List<String> evidenceTypes, String resultType) {
    public ProcedureSpec {
        evidenceTypes = List.copyOf(evidenceTypes);
    }

    boolean accepts(String type) {
        return evidenceTypes.contains(type);
    }
}
