package vn.sachsong.server.console;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import vn.sachsong.server.exchange.AgencyService;

/**
 * The console's accounts: created with a generated password shown once (only its Argon2id hash is
 * kept), listed, disabled, and a user's own change of password. The CLI's {@code user} commands call
 * these.
 */
@Service
public class Users {
    /** Letters and digits a person reads back without confusing (no 0/O, 1/l/I). */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 20;
    static final int MIN_LENGTH = 12;
    private final UserStore store;
    private final AgencyService agencies;
    private final SecureRandom random = new SecureRandom();
    private final PasswordEncoder encoder = encoder();

    Users(UserStore store, AgencyService agencies) {
        this.store = store;
        this.agencies = agencies;
    }

    /**
     * Argon2id (the password-hashing competition's winner, OWASP's first choice) with OWASP's
     * minimum cost (19 MiB, 2 passes, 1 lane): about 40 ms a login on these machines. Hashes are
     * stored with their algorithm's id so a later change of parameters or algorithm reads old ones.
     */
    static PasswordEncoder encoder() {
        var argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        return new DelegatingPasswordEncoder("argon2id", Map.of("argon2id", argon2));
    }

    PasswordEncoder passwordEncoder() {
        return encoder;
    }

    /** Creates the account; returns its generated password, which is not kept. */
    public String create(String name, Role role) {
        checkName(name);
        if (role.kind() == Role.Kind.AGENCY) {
            var agency = agencies.find(role.agency())
                    .orElseThrow(() -> new UserException("no agency " + role.agency() + "; `agency list` shows them"));
            if (agency.revoked()) {
                throw new UserException("agency " + role.agency() + " is revoked: it gets no console users");
            }
        }
        var password = generate();
        store.insert(name, role, encoder.encode(password));
        return password;
    }

    /**
     * For the demo: the account with a new generated password, created if missing (an existing one
     * gets the role and is enabled again). Returns the password.
     */
    public String createOrReset(String name, Role role) {
        if (store.find(name).isEmpty()) {
            return create(name, role);
        }
        var password = generate();
        store.reset(name, role, encoder.encode(password));
        return password;
    }

    /**
     * A new generated password for the account, enabled again with its role (before, a forgotten
     * password or a disabled account had no way back: the name could not be created again either).
     * An agency's user whose agency is revoked stays unable to sign in ({@link #mayUse}).
     */
    public String reset(String name) {
        var user = store.find(name).orElseThrow(() -> new UserException("no user " + name + "; `user list` shows them"));
        if (user.role().kind() == Role.Kind.AGENCY && agencies.find(user.role().agency()).map(a -> a.revoked()).orElse(true)) {
            throw new UserException("user " + name + " is agency " + user.role().agency() + "'s, which is revoked: its users cannot"
                    + " sign in, so no password is given");
        }
        var password = generate();
        store.reset(name, user.role(), encoder.encode(password));
        return password;
    }

    public List<ConsoleUser> list() {
        return store.list();
    }

    public java.util.Optional<ConsoleUser> find(String name) {
        return store.find(name);
    }

    /**
     * True when the account may sign in and use the console: not disabled, and for an agency's user,
     * its agency not revoked (before, an agency's revocation stopped its API key but not its people,
     * who went on uploading into its datasets and reading its members' IDs).
     */
    public boolean mayUse(ConsoleUser user) {
        if (user.disabled()) {
            return false;
        }
        return user.role().kind() != Role.Kind.AGENCY
                || agencies.find(user.role().agency()).map(a -> !a.revoked()).orElse(false);
    }

    /** The user can no longer sign in; sessions they hold end at their next request. */
    public void disable(String name) {
        if (!store.disable(name)) {
            throw new UserException("no user " + name + "; `user list` shows them");
        }
    }

    /** The user's own change: the current password must be right; the new one at least {@value #MIN_LENGTH} characters. */
    public void changePassword(String name, String current, String next) {
        var hash = store.hash(name).orElseThrow(() -> new UserException("no user " + name));
        if (current == null || !encoder.matches(current, hash)) {
            throw new UserException("account.wrong-password");
        }
        if (next == null || next.length() < MIN_LENGTH || next.length() > 200) {
            throw new UserException("account.too-short");
        }
        store.setHash(name, encoder.encode(next));
    }

    String hashOf(String name) {
        return store.hash(name).orElse(null);
    }

    private String generate() {
        var sb = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static void checkName(String name) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw new UserException("a user name is 2-64 lower-case letters, digits, '.', '-' or '_', starting with a"
                    + " letter or digit: " + name);
        }
    }
}
