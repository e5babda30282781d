package vn.sachsong.server.cli;

import java.io.PrintWriter;
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
            e.getCommandLine().getErr().println("sachsong: " + e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        return cli.execute(GlobalOptions.afterTheCommand(args));
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
        Throwable cause = rootCause(e);
        err.println("sachsong: " + cause.getMessage());
        if (debug) {
            e.printStackTrace(err);
        }
        return cause instanceof UserInputException || cause instanceof RegistryFileException
                || cause instanceof TableException || cause instanceof EmptyRegistryException ? BAD_INPUT : FAILURE;
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
        while (last.getCause() != null && last.getCause() != last) {
            last = last.getCause();
        }
        return last.getMessage() == null ? e : last;
    }
}
