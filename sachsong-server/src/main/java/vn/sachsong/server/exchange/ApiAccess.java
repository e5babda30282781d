package vn.sachsong.server.exchange;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an API endpoint. Every handler under {@code /api/} declares it (on the method or
 * its class), and the access rules read it from the handler the router matched, never from the
 * request's path: a handler without it is not served at all.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ApiAccess {
    Role value();

    enum Role {
        /** No key needed, nothing audited (the ping). Only for requests without a body. */
        PUBLIC,
        /** Any agency with a valid key, within its own policy. */
        AGENCY,
        /** An operator key (the national data centre). */
        OPERATOR
    }
}
