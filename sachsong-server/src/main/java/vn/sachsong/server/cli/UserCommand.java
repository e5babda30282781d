package vn.sachsong.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sachsong.server.console.Role;
import vn.sachsong.server.console.UserException;
import vn.sachsong.server.console.Users;

@Command(name = "user", description = "Console accounts: create (prints a generated password once), list, disable, reset.",
        subcommands = {UserCommand.Create.class, UserCommand.ListUsers.class, UserCommand.Disable.class, UserCommand.Reset.class})
final class UserCommand {
    static <T> T withUsers(GlobalOptions global, java.util.function.Function<Users, T> call) {
        return AppContexts.withService(global, Users.class, UserException.class, call);
    }

    @Command(name = "create", description = "Create a console account; its password is printed once (only its hash is kept).")
    static final class Create implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "NAME", description = "2-64 lower-case letters, digits, '.', '-' or '_'.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "operator (everything), analyst (reads everything, changes nothing) or agency:CODE (its own agency's data).")
        String role;

        @Override
        public Integer call() {
            Role parsed;
            try {
                parsed = Role.parse(role);
            } catch (UserException e) {
                throw new UserInputException(e.getMessage());
            }
            var password = withUsers(global, users -> users.create(name, parsed));
            System.out.printf("Created console user %s (%s). Sign in at /login; change the password at /account.%n", name,
                    parsed.code());
            System.out.println("password: " + password);
            return 0;
        }
    }

    @Command(name = "list", description = "List the console accounts (never their passwords).")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Override
        public Integer call() {
            var users = withUsers(global, Users::list);
            System.out.printf("%-24s %-24s %-22s %s%n", "USER", "ROLE", "CREATED", "STATE");
            for (var u : users) {
                System.out.printf("%-24s %-24s %-22s %s%n", u.name(), u.role().code(),
                        u.createdAt().toString().substring(0, 19).replace('T', ' '),
                        u.disabled() ? "disabled since " + u.disabledAt().toString().substring(0, 19).replace('T', ' ') : "active");
            }
            System.out.printf("%d users%n", users.size());
            return 0;
        }
    }

    @Command(name = "disable", description = "Disable a console account: it can no longer sign in, and its sessions end.")
    static final class Disable implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            withUsers(global, users -> {
                users.disable(name);
                return null;
            });
            System.out.printf("Disabled console user %s%n", name);
            return 0;
        }
    }

    @Command(name = "reset", description = "A new generated password for an account (printed once; a forgotten one, or one"
            + " disabled and to be used again): enabled again, with its role.")
    static final class Reset implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            var password = withUsers(global, users -> users.reset(name));
            System.out.printf("Console user %s has a new password and may sign in; change it at /account.%n", name);
            System.out.println("password: " + password);
            return 0;
        }
    }
}
