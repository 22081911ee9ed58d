package dev.dynamodesk.cli;

/** A failure the CLI reports in one line with an exit code: 1 for errors, 2 for usage. */
final class CliFailure extends RuntimeException {
    static final int ERROR = 1;
    static final int USAGE = 2;

    private final int exitCode;

    private CliFailure(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    static CliFailure error(String message) {
        return new CliFailure(message, ERROR);
    }

    static CliFailure usage(String message) {
        return new CliFailure(message, USAGE);
    }

    int exitCode() {
        return exitCode;
    }
}
