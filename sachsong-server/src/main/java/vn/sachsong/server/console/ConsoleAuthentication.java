package vn.sachsong.server.console;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs a console user in: the throttle first (a user or address that failed too often waits, and
 * its password is not even checked), then the Argon2id hash of a user who is not disabled.
 */
final class ConsoleAuthentication implements AuthenticationProvider {
    /** A try refused because the user or the address failed too often; {@code seconds} to wait. */
    static final class Throttled extends AuthenticationException {
        final long seconds;

        Throttled(long seconds) {
            super("too many failed sign-ins; wait " + seconds + " s");
            this.seconds = seconds;
        }
    }

    private final LoginThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    ConsoleAuthentication(Users users, LoginThrottle throttle) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(name -> {
            var user = users.find(name).orElseThrow(() -> new UsernameNotFoundException("no such user"));
            return User.withUsername(user.name()).password(users.hashOf(name)).disabled(!users.mayUse(user))
                    .authorities(List.of(new SimpleGrantedAuthority(Viewer.ROLE_PREFIX + user.role().code()))).build();
        });
        passwords.setPasswordEncoder(users.passwordEncoder());
    }

    @Override
    public Authentication authenticate(Authentication request) {
        var name = request.getName() == null ? "" : request.getName();
        var address = request.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
        long wait = throttle.waitSeconds(name, address);
        if (wait > 0) {
            throw new Throttled(wait);
        }
        try {
            var result = passwords.authenticate(request);
            throttle.succeeded(name, address);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(name, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
