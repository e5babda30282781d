package vn.sachsong.server.cli;

/** Bad usage or unreadable input: exit status 2 with the message as the one line printed. */
final class UserInputException extends RuntimeException {
    UserInputException(String message) {
        super(message);
    }
}
