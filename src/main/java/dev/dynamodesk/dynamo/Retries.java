package dev.dynamodesk.dynamo;

import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * A second line of retries for the calls that move many items (scan and query pages, counts,
 * PartiQL pages, batch writes), above the SDK's own few attempts: throttling is a normal state of
 * a busy table, so it is waited out for longer, with growing pauses; a server error (5xx) and a
 * connection cut in the middle of an answer get two more rounds; a timeout and anything else fail
 * at once (a server that does not answer is reported, not waited for again). Only for calls that
 * can be repeated safely: reads, and batch puts and deletes, which leave the same item however
 * often they are sent.
 */
public final class Retries {
    private static final int THROTTLED_ROUNDS = 8;
    private static final int SERVER_ERROR_ROUNDS = 2;
    private static final long FIRST_PAUSE_MS = 100;
    private static final long MAX_PAUSE_MS = 5_000;

    private Retries() {
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ApiCallTimeoutException || t instanceof ApiCallAttemptTimeoutException
                    || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Calls {@code call}, again after throttling or a server error, as described above. */
    public static <T> T call(Supplier<T> call) {
        long pause = FIRST_PAUSE_MS;
        int throttled = 0;
        int failed = 0;
        while (true) {
            try {
                return call.get();
            } catch (AwsServiceException e) {
                boolean throttling = e.isThrottlingException();
                boolean serverError = e.statusCode() >= 500;
                if (!(throttling && ++throttled <= THROTTLED_ROUNDS || serverError && ++failed <= SERVER_ERROR_ROUNDS)) {
                    throw e;
                }
            } catch (SdkClientException e) {
                if (isTimeout(e) || ++failed > SERVER_ERROR_ROUNDS) {
                    throw e;
                }
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Interrupted while waiting to try again");
            }
            pause = Math.min(MAX_PAUSE_MS, pause * 2);
        }
    }
}
