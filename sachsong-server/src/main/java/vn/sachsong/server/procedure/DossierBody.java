package vn.sachsong.server.procedure;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.server.procedure.ProcedureApi.Document;
import vn.sachsong.server.procedure.ProcedureApi.DossierRequest;
import vn.sachsong.server.exchange.PlainBody;
import vn.sachsong.server.exchange.PlainBody.Unplain;

/**
 * A posted dossier's body read with the streaming parser, for {@link DossierFastPath}: binding the
 * record cost a seventh of the request. Only the plain shape is read: one object of the documented
 * members (text, and documents of {type, digitised} and evidence of text), none twice, no null,
 * nothing else; anything else is null, and the endpoint reads it and says what is wrong.
 */
final class DossierBody {
    private DossierBody() {
    }

    static DossierRequest read(JsonMapper json, byte[] body) {
        try (var p = json.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String code = null;
            String procedure = null;
            String pid = null;
            String received = null;
            String channel = null;
            String caseRef = null;
            List<Document> documents = null;
            List<String> evidence = null;
            String name;
            while ((name = p.nextName()) != null) {
                switch (name) {
                    case "code" -> code = PlainBody.once(code, p);
                    case "procedure" -> procedure = PlainBody.once(procedure, p);
                    case "applicant_pid" -> pid = PlainBody.once(pid, p);
                    case "received_at" -> received = PlainBody.once(received, p);
                    case "channel" -> channel = PlainBody.once(channel, p);
                    case "case_ref" -> caseRef = PlainBody.once(caseRef, p);
                    case "documents" -> documents = documents(documents, p);
                    case "evidence" -> evidence = texts(evidence, p);
                    default -> throw new Unplain();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null || documents == null) {
                return null;
            }
            return new DossierRequest(code, procedure, pid, received, channel, documents, evidence, caseRef);
        } catch (Unplain | JacksonException e) {
            return null;
        }
    }

    private static List<Document> documents(List<Document> seen, JsonParser p) {
        if (seen != null || p.nextToken() != JsonToken.START_ARRAY) {
            throw new Unplain();
        }
        var out = new ArrayList<Document>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String type = null;
            Boolean digitised = null;
            String name;
            while ((name = p.nextName()) != null) {
                switch (name) {
                    case "type" -> type = PlainBody.once(type, p);
                    case "digitised" -> {
                        var t = p.nextToken();
                        if (digitised != null || (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE)) {
                            throw new Unplain();
                        }
                        digitised = t == JsonToken.VALUE_TRUE;
                    }
                    default -> throw new Unplain();
                }
            }
            out.add(new Document(type, digitised));
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new Unplain();
        }
        return out;
    }

    private static List<String> texts(List<String> seen, JsonParser p) {
        if (seen != null || p.nextToken() != JsonToken.START_ARRAY) {
            throw new Unplain();
        }
        var out = new ArrayList<String>();
        String value;
        while ((value = p.nextStringValue()) != null) {
            out.add(value);
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new Unplain();
        }
        return out;
    }
}
