package dev.dynamodesk.connection;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;

/** Why a connection failed, sorted into what the user can do about it, in plain words. */
public record ConnectionProblem(Kind kind, String message) {

    public enum Kind {
        NO_CREDENTIALS, SSO_LOGIN_NEEDED, MFA_DECLINED, MISSING_SECRET, CREDENTIALS_REFUSED, ACCESS_DENIED,
        UNKNOWN_HOST, CONNECTION_REFUSED, TIMEOUT, CONFIGURATION, OTHER
    }

    /** A few words for a narrow place (the sidebar's row); {@link #message()} has the whole story. */
    public String headline() {
        return switch (kind) {
            case NO_CREDENTIALS -> "No credentials found";
            case SSO_LOGIN_NEEDED -> "SSO login needed";
            case MFA_DECLINED -> "No MFA code given";
            case MISSING_SECRET -> "The secret key is missing";
            case CREDENTIALS_REFUSED -> "Credentials refused";
            case ACCESS_DENIED -> "Access denied";
            case UNKNOWN_HOST -> "Unknown host";
            case CONNECTION_REFUSED -> "Connection refused";
            case TIMEOUT -> "No answer in time";
            case CONFIGURATION -> "Check the connection's settings";
            case OTHER -> "Could not connect";
        };
    }

    /** Sorts a failure of resolving credentials or of the first calls. */
    public static ConnectionProblem of(Throwable failure, String credentials, String endpoint) {
        Throwable error = failure;
        while (error.getCause() != null && (error instanceof java.util.concurrent.CompletionException
                || error instanceof java.util.concurrent.ExecutionException)) {
            error = error.getCause();
        }
        String text = allMessages(error);
        String lower = text.toLowerCase(Locale.ROOT);
        if (has(error, CredentialsResolver.MissingSecretException.class)) {
            return new ConnectionProblem(Kind.MISSING_SECRET, firstMessage(error, CredentialsResolver.MissingSecretException.class));
        }
        if (has(error, CancellationException.class)) {
            return new ConnectionProblem(Kind.MFA_DECLINED, "No MFA code was given, so the role was not assumed.");
        }
        if (lower.contains("sso") && (lower.contains("expired") || lower.contains("token") || lower.contains("sso login"))) {
            return new ConnectionProblem(Kind.SSO_LOGIN_NEEDED, "The SSO login of " + credentials
                    + " is missing or has expired. Log in (Log in button, or aws sso login) and test again.");
        }
        if (has(error, UnknownHostException.class)) {
            return new ConnectionProblem(Kind.UNKNOWN_HOST, "Unknown host: " + firstMessage(error, UnknownHostException.class)
                    + " could not be found. Check the region and the endpoint (" + endpoint + ") and your network.");
        }
        if (has(error, ConnectException.class) || lower.contains("connection refused")) {
            return new ConnectionProblem(Kind.CONNECTION_REFUSED, "Connection refused: nothing answers at "
                    + where(text, endpoint) + ". Is the server (DynamoDB Local?) running, and is the port right?");
        }
        if (has(error, SocketTimeoutException.class) || has(error, ApiCallTimeoutException.class)
                || has(error, ApiCallAttemptTimeoutException.class) || lower.contains("timed out")) {
            return new ConnectionProblem(Kind.TIMEOUT, "Timed out: " + where(text, endpoint) + " did not answer"
                    + within(text) + ". Check the endpoint, a proxy or firewall, and your network.");
        }
        if (error instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            String code = String.valueOf(service.awsErrorDetails().errorCode());
            String message = service.awsErrorDetails().errorMessage();
            if (code.startsWith("AccessDenied") || service.statusCode() == 403 && code.contains("Denied")) {
                return new ConnectionProblem(Kind.ACCESS_DENIED, "Access denied: the credentials (" + credentials
                        + ") were accepted but are not allowed this call. " + message);
            }
            if (code.equals("UnrecognizedClientException") || code.equals("InvalidClientTokenId")
                    || code.equals("SignatureDoesNotMatch") || code.equals("InvalidSignatureException")
                    || code.equals("ExpiredToken") || code.equals("ExpiredTokenException")) {
                return new ConnectionProblem(Kind.CREDENTIALS_REFUSED, "The credentials (" + credentials
                        + ") were refused: " + message + " (" + code + "). Check the keys, or whether a session token has expired.");
            }
            return new ConnectionProblem(Kind.OTHER, message + " (" + code + ")");
        }
        if (lower.contains("unable to load credentials") || lower.contains("unable to load aws credentials")
                || lower.contains("access key must be specified") || lower.contains("no credentials")) {
            return new ConnectionProblem(Kind.NO_CREDENTIALS, "No credentials were found (" + credentials
                    + "). Set up a profile in ~/.aws, the AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY variables, or keys in this connection.");
        }
        if (error instanceof IllegalArgumentException) {
            return new ConnectionProblem(Kind.CONFIGURATION, error.getMessage());
        }
        String message = error.getMessage();
        return new ConnectionProblem(Kind.OTHER, message == null ? error.getClass().getSimpleName() : firstLine(message));
    }

    private static final java.util.regex.Pattern CONNECT_TO = java.util.regex.Pattern.compile("Connect to ([^\\s\\[]+)");
    private static final java.util.regex.Pattern TIMEOUT_MILLIS = java.util.regex.Pattern.compile("timeout configuration: ([0-9]+) millis");

    /**
     * The endpoint given, or the address the HTTP client says it tried when that is another one:
     * a role is assumed through STS, whose endpoint is not the connection's.
     */
    private static String where(String text, String endpoint) {
        java.util.regex.Matcher address = CONNECT_TO.matcher(text);
        if (address.find() && (endpoint == null || !endpoint.contains(address.group(1)))) {
            return address.group(1) + (endpoint == null || endpoint.equals("the endpoint") ? ""
                    : " (called on the way; the connection's own endpoint is " + endpoint + ")");
        }
        return endpoint;
    }

    /** " within 60 s" when the timeout is named in the SDK's message. */
    private static String within(String text) {
        java.util.regex.Matcher millis = TIMEOUT_MILLIS.matcher(text);
        return millis.find() ? " within " + ClientTimeouts.seconds(java.time.Duration.ofMillis(Long.parseLong(millis.group(1)))) : " in time";
    }

    private static boolean has(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String firstMessage(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t.getMessage() == null ? "" : t.getMessage();
            }
        }
        return "";
    }

    private static String allMessages(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                text.append(t.getMessage()).append('\n');
            }
        }
        return text.toString();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
