package dev.dynamodesk.connection;

import java.util.concurrent.CancellationException;

/**
 * Asks the user for the current code of an MFA device, for assuming a role. Called on a
 * background thread; it may wait for the user. The SDK does not prompt by itself.
 */
@FunctionalInterface
public interface MfaPrompt {
    /**
     * @return the six-digit code
     * @throws CancellationException when the user declines
     */
    String code(String mfaSerial, String roleArn);

    /** For places with no one to ask (tests, the CLI without a terminal). */
    MfaPrompt NONE = (serial, role) -> {
        throw new CancellationException("An MFA code is needed for " + role + " (device " + serial + "), and there is no one to ask.");
    };
}
