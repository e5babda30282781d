package vn.sachsong.server.procedure;

import java.util.List;
import vn.sachsong.server.exchange.Agency;
import vn.sachsong.server.exchange.AgencyLevel;

/**
 * A procedure of the catalogue: the level that handles it, the ministry responsible for it, the
 * document types it accepts as evidence, and the type of document its result is.
 */
public record Procedure(String code, String name, AgencyLevel level, String agency, List<String> evidenceTypes,
        String resultType) {
    public Procedure {
        evidenceTypes = List.copyOf(evidenceTypes);
    }

    public boolean accepts(String documentType) {
        return evidenceTypes.contains(documentType);
    }

    /** An agency handles the procedures of its own level, and those it is responsible for. */
    public boolean handledBy(Agency a) {
        return a.level() == level || a.code().equals(agency);
    }
}
