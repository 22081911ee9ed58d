package dev.dynamodesk.dynamo;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.CancellationException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Turns failures into a sentence a user can act on, with the technical details kept apart. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    /** A short summary for a dialog or status line, and the full details for "Show details". */
    public record UserError(String summary, String details) {
    }

    public static UserError describe(Throwable failure) {
        return new UserError(summary(failure), details(failure));
    }

    public static String summary(Throwable failure) {
        Throwable error = unwrap(failure);
        if (error instanceof CancellationException) {
            return "Cancelled.";
        }
        if (error instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            String code = service.awsErrorDetails().errorCode();
            String message = service.awsErrorDetails().errorMessage();
            return (message == null || message.isBlank() ? code : message)
                    + (code == null || code.isBlank() ? "" : " (" + code + ")");
        }
        if (hasCause(error, UnknownHostException.class)) {
            return "The endpoint's host name could not be found: " + causeMessage(error, UnknownHostException.class)
                    + ". Check the endpoint and your network.";
        }
        if (hasCause(error, ConnectException.class)) {
            return "Could not connect: the endpoint refused the connection. Is the server running? ("
                    + firstLine(error.getMessage()) + ")";
        }
        if (hasCause(error, SocketTimeoutException.class) || error instanceof ApiCallTimeoutException) {
            return "The endpoint did not answer in time. Check the endpoint and your network.";
        }
        if (error instanceof SdkClientException) {
            return firstLine(error.getMessage());
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : firstLine(message);
    }

    public static String details(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable error = failure;
        while ((error instanceof java.util.concurrent.CompletionException
                || error instanceof java.util.concurrent.ExecutionException) && error.getCause() != null) {
            error = error.getCause();
        }
        return error;
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        return causeOf(error, type) != null;
    }

    private static String causeMessage(Throwable error, Class<? extends Throwable> type) {
        Throwable cause = causeOf(error, type);
        return cause == null || cause.getMessage() == null ? "" : cause.getMessage();
    }

    private static Throwable causeOf(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
