package vn.sachsong.server.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import picocli.CommandLine;
import vn.sachsong.cleaning.EmptyRegistryException;
import vn.sachsong.io.TableException;
import vn.sachsong.server.registry.RegistryFileException;
import vn.sachsong.server.system.DatabaseStartException;

/** Entry point of {@code bin/sachsong}: runs one command and returns its exit status. */
public final class Cli {
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;

    private Cli() {
    }

    public static int execute(String... args) {
        var cli = new CommandLine(new RootCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) ->
                report(e, commandLine.getErr(), hasDebug(parseResult)));
        cli.setParameterExceptionHandler((e, ignored) -> {
            e.getCommandLine().getErr().println("sachsong: " + parameterProblem(e));
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        return cli.execute(GlobalOptions.afterTheCommand(args));
    }

    /** Picocli's words, but an unknown command named as one, with the commands there are. */
    private static String parameterProblem(CommandLine.ParameterException e) {
        var line = e.getCommandLine();
        if (e instanceof CommandLine.UnmatchedArgumentException u && line.getParent() == null && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().getFirst().startsWith("-") && !line.getSubcommands().isEmpty()) {
            return "unknown command '" + u.getUnmatched().getFirst() + "'; the commands are " + String.join(", ",
                    line.getSubcommands().keySet());
        }
        return e.getMessage();
    }

    private static boolean hasDebug(CommandLine.ParseResult result) {
        for (var r = result; r != null; r = r.subcommand()) {
            if (r.matchedOption("--debug") != null) {
                return true;
            }
        }
        return false;
    }

    private static int report(Exception e, PrintWriter err, boolean debug) {
        var setting = setting(e);
        if (setting != null) {
            err.println("sachsong: " + setting);
            if (debug) {
                e.printStackTrace(err);
            }
            return BAD_INPUT;
        }
        Throwable cause = rootCause(e);
        if (cause instanceof java.nio.file.FileSystemException f) {   // its message is the bare path ("sachsong: /proc/foo")
            err.println("sachsong: " + pathProblem(f));
            if (debug) {
                e.printStackTrace(err);
            }
            return BAD_INPUT;
        }
        err.println("sachsong: " + cause.getMessage());
        if (debug) {
            e.printStackTrace(err);
        }
        return cause instanceof UserInputException || cause instanceof RegistryFileException
                || cause instanceof TableException || cause instanceof EmptyRegistryException ? BAD_INPUT : FAILURE;
    }

    /**
     * A setting that cannot be bound, named with its value and where it came from, in one line: the
     * converter's bare words ("For input string: \"abc\"") named neither; null for another failure.
     */
    static String setting(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.boot.context.properties.bind.BindException bind) {
                var property = bind.getProperty();
                var given = property == null ? "" : " = '" + property.getValue() + "'"
                        + (property.getOrigin() == null ? "" : " (" + property.getOrigin() + ")");
                Throwable why = bind.getCause();
                String reason;
                if (why instanceof org.springframework.boot.context.properties.bind.validation.BindValidationException v) {
                    return "setting " + String.join("; ", v.getValidationErrors().getAllErrors().stream()
                            .map(error -> error instanceof org.springframework.validation.FieldError f
                                    ? bind.getName() + "." + kebab(f.getField()) + " = '" + f.getRejectedValue() + "': "
                                            + f.getDefaultMessage()
                                    : bind.getName() + ": " + error.getDefaultMessage()).toList())
                            + " (docs/CONFIGURATION.md lists the settings)";
                } else {
                    while (why != null && why.getCause() != null) {
                        why = why.getCause();
                    }
                    reason = why == null ? "not a valid value" : why instanceof NumberFormatException ? "not a whole number"
                            : String.valueOf(why.getMessage()).lines().findFirst().orElse("not a valid value");
                }
                return "setting " + bind.getName() + given + ": " + reason + " (docs/CONFIGURATION.md lists the settings)";
            }
        }
        return null;
    }

    /** A file the command could not use, with why, in words. */
    static String pathProblem(java.nio.file.FileSystemException f) {
        var why = switch (f) {
            case java.nio.file.AccessDeniedException denied -> "permission denied";
            case java.nio.file.NoSuchFileException missing -> "no such file or folder";
            case java.nio.file.FileAlreadyExistsException there -> "a file is in the way";
            case java.nio.file.NotDirectoryException notFolder -> "not a folder";
            default -> f.getReason() == null ? "cannot be used" : f.getReason();
        };
        return "cannot use " + f.getFile() + (f.getOtherFile() == null ? "" : " (or " + f.getOtherFile() + ")") + ": " + why;
    }

    /** A field's name as its setting is written: poolSize, pool-size. */
    private static String kebab(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** The exception the operator should read, not the framework wrappers around it. */
    private static Throwable rootCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UserInputException || t instanceof RegistryFileException
                    || t instanceof DatabaseStartException || t instanceof TableException
                    || t instanceof EmptyRegistryException) {
                return t;
            }
        }
        Throwable last = e;
        Throwable database = null;   // the database's own words name the server ("Connection to host:port refused")
        while (last.getCause() != null && last.getCause() != last) {
            last = last.getCause();
            if (database == null && last instanceof SQLException && last.getMessage() != null) {
                database = last;
            }
        }
        return database != null ? database : last.getMessage() == null ? e : last;
    }
}
