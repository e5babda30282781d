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

    /**
     * A province-level procedure is handled by every province and by the ministry responsible for it;
     * a ministry-level one by the ministry responsible for it alone (by every ministry only when the
     * catalogue names none). Before, any ministry handled every ministry-level procedure, so social
     * insurance could issue a signed police residence confirmation that other agencies then reused.
     */
    public boolean handledBy(Agency a) {
        if (a.code().equals(agency)) {
            return true;
        }
        return a.level() == level && (level != AgencyLevel.MINISTRY || agency == null || agency.isBlank());
    }
}
