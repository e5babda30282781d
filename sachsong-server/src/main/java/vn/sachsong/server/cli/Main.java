package vn.sachsong.server.cli;

/** {@code java -jar sachsong.jar COMMAND ...}: runs one command and exits with its status. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.execute(args));
    }
}
