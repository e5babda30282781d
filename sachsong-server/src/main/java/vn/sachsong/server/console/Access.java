package vn.sachsong.server.console;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may reach a console handler, declared on it (or its class) and checked by {@link
 * AccessInterceptor} on the handler the router matched: a console handler without it is not
 * served. Agency users are further held to their own agency's data by the handler, which knows
 * whose data an id names.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@interface Access {
    Level value();

    enum Level {
        /** Any signed-in user (agency users: their own agency's data only). */
        SIGNED_IN,
        /** Operators and agency users on their own agency's data; analysts only read. */
        CHANGE,
        /** Operators and analysts: national views. */
        HUB,
        /** Operators only. */
        OPERATOR
    }
}
