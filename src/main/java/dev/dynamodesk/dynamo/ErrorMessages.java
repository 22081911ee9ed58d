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
import software.amazon.awssdk.core.exception.SdkException;

/** Turns failures into a sentence a user can act on, with the technical details kept apart. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    /** A short summary for a dialog or status line, and the full details for "Show details". */
    public record UserError(String summary, String details) {
    }

    /** What DynamoDB Local 2.6.1's "Key Schema too big" means when an index has several HASH or RANGE attributes. */
    static final String NO_MULTI_ATTRIBUTE_KEYS = "This server does not support indexes keyed on several attributes"
            + " (DynamoDB's multi-attribute keys, November 2025); DynamoDB Local 2.6.1 is such a server. Key the index on one"
            + " partition and at most one sort attribute here, or create it on AWS.";

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
            String said = (message == null || message.isBlank() ? code : message)
                    + (code == null || code.isBlank() ? "" : " (" + code + ")");
            if (service.statusCode() >= 500) {
                return "The server failed (HTTP " + service.statusCode() + attempts(service) + "): " + said;
            }
            if (message != null && message.contains("Key Schema too big")) {
                return said + ". " + NO_MULTI_ATTRIBUTE_KEYS;
            }
            if (service.isThrottlingException()) {
                return "The server kept throttling the requests" + (attempts(service).isEmpty() ? ""
                        : " (" + attempts(service).substring(2) + ")") + ": " + said;
            }
            return said;
        }
        if (hasCause(error, UnknownHostException.class)) {
            return "The endpoint's host name could not be found: " + causeMessage(error, UnknownHostException.class)
                    + ". Check the endpoint and your network.";
        }
        if (hasCause(error, ConnectException.class)) {
            return "Could not connect: the endpoint refused the connection. Is the server running? ("
                    + firstLine(error.getMessage()) + ")";
        }
        if (hasCause(error, SocketTimeoutException.class) || hasCause(error, ApiCallTimeoutException.class)
                || hasCause(error, software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException.class)) {
            return "The endpoint did not answer in time" + timeoutNamed(error) + ". Check the endpoint and your network.";
        }
        if (error instanceof SdkClientException) {
            return firstLine(error.getMessage());
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : firstLine(message);
    }

    /** ", 4 attempts" when the SDK says how many times it tried. */
    private static String attempts(SdkException failure) {
        Integer attempts = failure.numAttempts();
        return attempts == null || attempts < 2 ? "" : ", " + attempts + " attempts";
    }

    public static String details(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static final java.util.regex.Pattern TIMEOUT_MILLIS =
            java.util.regex.Pattern.compile("timeout configuration: ([0-9]+) millis");

    /** " (60 s)" when the SDK names the timeout that ran out. */
    private static String timeoutNamed(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            java.util.regex.Matcher millis = TIMEOUT_MILLIS.matcher(String.valueOf(t.getMessage()));
            if (millis.find()) {
                long value = Long.parseLong(millis.group(1));
                return " (" + (value % 1000 == 0 ? value / 1000 + " s" : value + " ms") + ")";
            }
        }
        return "";
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
