package vn.sachsong.server.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sachsong.server.exchange.ExchangeApi.LookupResult;

/**
 * Lookup: the registry fields an agency's policy opens, for a stated purpose and case. Asking for
 * a field outside the policy refuses the whole request, so a client never mistakes a trimmed
 * answer for the registry having no value.
 */
@RestController
@ApiAccess(ApiAccess.Role.AGENCY)
@Tag(name = "lookup", description = "Read the registry fields the agency's policy allows")
class LookupEndpoint {
    private final PersonReader people;

    LookupEndpoint(PersonReader people) {
        this.people = people;
    }

    @Operation(summary = "Read chosen fields of one person")
    @GetMapping("/api/v1/people/{pid}")
    LookupResult lookup(@PathVariable String pid,
            // required in the API; optional to Spring so that a missing one is refused with our own code
            @Parameter(required = true, description = "Comma-separated, e.g. full_name,birth_date")
            @RequestParam(required = false) String fields,
            @Parameter(required = true, description = "One of the agency's purposes") @RequestParam(required = false) String purpose,
            @Parameter(name = "case_ref", required = true, description = "The administrative case, at most 100 characters")
            @RequestParam(name = "case_ref", required = false) String caseRef,
            @Parameter(hidden = true) @RequestAttribute(ApiGate.CALLER) Agency caller) {
        Checks.purpose(caller, purpose, ErrorCode.INVALID_PARAMETER, "");
        Checks.caseRef(caseRef, ErrorCode.INVALID_PARAMETER, "");
        var asked = fields(fields, caller);
        var person = people.find(pid)
                .orElseThrow(() -> new ApiException(ErrorCode.PID_NOT_FOUND, "No person with this personal ID."));
        var values = new LinkedHashMap<String, String>();
        asked.forEach(f -> values.put(f.apiName(), person.get(f)));
        return new LookupResult(pid, values);
    }

    private static List<RegistryField> fields(String param, Agency caller) {
        if (param == null || param.isBlank()) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "fields is required, e.g. fields=full_name,birth_date.");
        }
        var asked = new LinkedHashSet<RegistryField>();
        var denied = new ArrayList<String>();
        for (var name : param.split(",", -1)) {
            var field = RegistryField.of(name.strip()).orElseThrow(() -> new ApiException(ErrorCode.UNKNOWN_FIELD,
                    "Unknown field; fields are " + List.of(RegistryField.values()).stream().map(RegistryField::apiName).toList() + "."));
            if (!caller.fields().contains(field)) {
                denied.add(field.apiName());
            }
            asked.add(field);
        }
        if (!denied.isEmpty()) {
            throw new ApiException(ErrorCode.FIELD_NOT_ALLOWED, "This agency's policy does not open " + denied + ".");
        }
        return List.copyOf(asked);
    }
}
