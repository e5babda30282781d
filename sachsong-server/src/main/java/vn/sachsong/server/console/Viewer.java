package vn.sachsong.server.console;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person signed in to the console: their name and role, read from the security context. */
record Viewer(String name, Role role) {
    static final String ROLE_PREFIX = "role:";

    /** The signed-in user of this request; null when no one is signed in (the API, a public page). */
    static Viewer current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    static Viewer of(Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            return null;
        }
        for (var authority : auth.getAuthorities()) {
            var a = authority.getAuthority();
            if (a != null && a.startsWith(ROLE_PREFIX)) {
                return new Viewer(auth.getName(), Role.parse(a.substring(ROLE_PREFIX.length())));
            }
        }
        return null;
    }

    boolean operator() {
        return role.kind() == Role.Kind.OPERATOR;
    }

    /** The viewer's agency for the audit (null for operators and analysts, who work for the hub). */
    String agency() {
        return role.agency();
    }
}
