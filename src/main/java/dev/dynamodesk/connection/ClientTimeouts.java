package dev.dynamodesk.connection;

import java.time.Duration;
import java.util.Locale;

/**
 * How long a call to AWS or a compatible server may take before the user is told it did not
 * answer: connecting, each attempt (one HTTP request) and the whole call with its retries. Without
 * them a server that accepts a connection and never answers keeps a command or a tab waiting for
 * ever. {@code maxAttempts} bounds the retries, so a server that keeps failing (HTTP 500) is
 * reported in seconds rather than after nine silent retries.
 *
 * <p>The defaults can be changed with the system property {@code dynamodesk.timeouts}, e.g.
 * {@code -Ddynamodesk.timeouts=connect=5,attempt=30,call=60,attempts=4} (seconds), for very slow
 * networks.
 */
public record ClientTimeouts(Duration connect, Duration attempt, Duration call, int maxAttempts) {
    public static final ClientTimeouts DEFAULT = new ClientTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofSeconds(60), 4);

    public ClientTimeouts {
        if (connect.isNegative() || connect.isZero() || attempt.isNegative() || attempt.isZero() || call.compareTo(attempt) < 0) {
            throw new IllegalArgumentException("Timeouts must be positive, and the call's at least an attempt's");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("A call needs at least one attempt");
        }
    }

    /** The defaults, changed by {@code -Ddynamodesk.timeouts=...} where given. */
    public static ClientTimeouts fromSystemProperties() {
        String text = System.getProperty("dynamodesk.timeouts");
        return text == null || text.isBlank() ? DEFAULT : DEFAULT.with(text);
    }

    /** These timeouts with some changed: "connect=2,attempt=3,call=5,attempts=2" (seconds; decimals allowed). */
    public ClientTimeouts with(String settings) {
        ClientTimeouts result = this;
        for (String part : settings.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("'" + part + "' is not NAME=SECONDS");
            }
            String name = pair[0].strip().toLowerCase(Locale.ROOT);
            if (name.equals("attempts")) {
                result = new ClientTimeouts(result.connect, result.attempt, result.call, Integer.parseInt(pair[1].strip()));
                continue;
            }
            Duration value = Duration.ofMillis(Math.round(Double.parseDouble(pair[1].strip()) * 1000));
            result = switch (name) {
                case "connect" -> new ClientTimeouts(value, result.attempt, result.call, result.maxAttempts);
                case "attempt" -> new ClientTimeouts(result.connect, value, max(value, result.call), result.maxAttempts);
                case "call" -> new ClientTimeouts(result.connect, min(value, result.attempt), value, result.maxAttempts);
                default -> throw new IllegalArgumentException("Unknown timeout '" + name + "': connect, attempt, call or attempts");
            };
        }
        return result;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** "30 s" — for messages that say what did not answer in time. */
    public static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
